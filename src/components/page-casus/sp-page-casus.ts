import { css, html } from 'lit';
import type { CasusPage } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
import { PageElement } from '../page-base.js';
import '../rich-text/sp-rich-text.js';
import '../figure/sp-figure.js';

/** Casus page: introduction, the people involved, the story. */
export class SpPageCasus extends PageElement<CasusPage> {
  static override styles = [
    ...PageElement.styles,
    css`
      .persons {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
        gap: var(--sp-space-3);
        padding: 0;
        margin: 0 0 var(--sp-space-4);
        list-style: none;
      }
      .persons li {
        margin: 0;
      }
      .name {
        font-weight: 700;
        display: block;
      }
      .role {
        color: var(--sp-brand-strong);
        font-size: var(--sp-text-small);
        display: block;
        margin-bottom: var(--sp-space-1);
      }
    `,
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
