import { html } from 'lit';
import type { CasusPage } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
import { PageElement } from '../page-base.js';
import '../rich-text/sp-rich-text.js';
import '../figure/sp-figure.js';
import { casusStyles } from './sp-page-casus.styles.js';

/**
 * Casus page: introduction, the people involved, the story.
 * @cssproperty --sp-brand-strong - the role of each person involved
 */
export class SpPageCasus extends PageElement<CasusPage> {
  static override styles = [
    ...PageElement.styles,
    casusStyles,
  ];

  override render() {
    const p = this.page;
    return html`<sp-rich-text .blocks=${p.intro}></sp-rich-text>
      <h3>${t.persons}</h3>
      <ul class="persons">
        ${p.persons.map(
          (person) => html`<li class="card">
            <span class="name">${person.name}</span><span class="role">${person.role}</span>${person.description}
          </li>`,
        )}
      </ul>
      <sp-rich-text .blocks=${p.body}></sp-rich-text>
      ${p.figure ? html`<sp-figure .figure=${p.figure} .mediaBase=${this.mediaBase}></sp-figure>` : ''}`;
  }
}
customElements.define('sp-page-casus', SpPageCasus);

declare global {
  interface HTMLElementTagNameMap {
    'sp-page-casus': SpPageCasus;
  }
}
