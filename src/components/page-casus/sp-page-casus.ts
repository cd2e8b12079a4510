import { css, html } from 'lit';
import type { CasusPage } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
import { PageElement } from '../page-base.js';
import '../rich-text/sp-rich-text.js';
import '../figure/sp-figure.js';

/** First letters of the first and last name ("Mevrouw Ria de Vries (fictief)" → "RV"). */
export function initials(name: string): string {
  const words = name
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^\s*(mevrouw|meneer|de heer|mw\.|dhr\.)\s+/i, '')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((w) => [...w.replace(/^[^\p{L}]+/u, '')][0] ?? '').join('').toUpperCase();
}

/** Casus page: introduction, the people involved, the story. */
export class SpPageCasus extends PageElement<CasusPage> {
  static override styles = [
    ...PageElement.styles,
    css`
      .persons {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 17rem), 1fr));
        gap: var(--sp-space-3);
        padding: 0;
        margin: 0 0 var(--sp-space-4);
        list-style: none;
      }
      .persons li {
        margin: 0;
        display: grid;
        grid-template-columns: 4rem minmax(0, 1fr);
        column-gap: var(--sp-space-3);
        align-items: center;
        align-content: start;
        background: var(--sp-surface);
      }
      .desc {
        grid-column: 1 / -1;
        margin: var(--sp-space-2) 0 0;
      }
      .portrait {
        width: 4rem;
        height: 4rem;
        border-radius: 50%;
        object-fit: cover;
        background: var(--sp-brand-soft);
        border: 2px solid var(--sp-brand);
      }
      /* Without a portrait: the initials on a neutral disc (decorative: the name is right next to it). */
      .initials {
        display: flex;
        align-items: center;
        justify-content: center;
        font-weight: 700;
        font-size: 1.35rem;
        color: var(--sp-ink-soft);
        background: var(--sp-surface-alt);
        border-color: var(--sp-line);
      }
      .name {
        font-weight: 700;
        display: block;
      }
      .role {
        color: var(--sp-brand-strong);
        font-size: var(--sp-text-small);
        display: block;
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
            ${person.portrait
              ? html`<img class="portrait" src=${this.mediaBase + person.portrait.src} alt=${person.portrait.alt} />`
              : html`<span class="portrait initials" aria-hidden="true">${initials(person.name)}</span>`}
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
