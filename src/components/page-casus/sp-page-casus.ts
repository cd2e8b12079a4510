import { html } from 'lit';
import type { CasusPage } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
import { PageElement } from '../page-base.js';
import '../rich-text/sp-rich-text.js';
import '../figure/sp-figure.js';
import { casusStyles } from './sp-page-casus.styles.js';

/** First letters of the first and last name ("Mevrouw Ria de Vries (fictief)" → "RV"). */
export function initials(name: string): string {
  const words = name
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^\s*(mevrouw|meneer|de heer|mw\.|dhr\.)\s+/i, '')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters
    .map((w) => [...w.replace(/^[^\p{L}]+/u, '')][0] ?? '')
    .join('')
    .toUpperCase();
}

/**
 * Casus page: introduction, the people involved, the story.
 * @cssproperty --sp-brand-strong - the role of each person involved
 */
export class SpPageCasus extends PageElement<CasusPage> {
  static override styles = [...PageElement.styles, casusStyles];

  override render() {
    const p = this.page;
    return html`<sp-rich-text .blocks=${p.intro}></sp-rich-text>
      <h3>${t.persons}</h3>
      <ul class="persons">
        ${p.persons.map(
          (person) =>
            html`<li class="card">
              ${
                person.portrait
                  ? html`<img class="portrait" src=${this.mediaBase + person.portrait.src} alt=${person.portrait.alt} />`
                  : html`<span class="portrait initials" aria-hidden="true">${initials(person.name)}</span>`
              }
              <div><span class="name">${person.name}</span><span class="role">${person.role}</span></div>
              <p class="desc">${person.description}</p>
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
