import { LitElement, css, html, nothing } from 'lit';
import type { GroupItem } from '../../content/types.js';
import { base } from '../styles/shared-styles.js';
import { inlineRuns } from '../rich-text/inline-runs.js';

/**
 * Parallel parts side by side as cards (authored as `::: kaarten`; `::: stappen` numbers them, in an
 * ordered list): a list, so a screen reader announces how many parts there are.
 * Each part's text is rendered by `sp-rich-text`.
 * @property parts - the parts: title and text
 * @attr numbered - steps in order: an ordered list with the step number on each card
 */
export class SpCards extends LitElement {
  static override properties = { parts: { attribute: false }, numbered: { type: Boolean } };
  declare parts: GroupItem[] | undefined;
  declare numbered: boolean;

  constructor() {
    super();
    this.numbered = false;
  }

  static override styles = [
    base,
    css`
      :host {
        display: block;
        margin: 0 0 var(--sp-space-4);
      }
      ul,
      ol {
        display: grid;
        counter-reset: part;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
        gap: var(--sp-space-3);
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        background: var(--sp-surface);
        border: 1px solid var(--sp-line);
        border-top: 4px solid var(--sp-brand);
        border-radius: var(--sp-radius);
        padding: var(--sp-space-3);
        box-shadow: 0 1px 3px rgba(27, 36, 48, 0.08);
      }
      h3 {
        font-size: var(--sp-h3);
        margin: 0 0 var(--sp-space-2);
        color: var(--sp-brand-strong);
      }
      /* The number is the list's own (ol), drawn as a badge. */
      ol > li {
        counter-increment: part;
      }
      ol h3 {
        display: flex;
        align-items: baseline;
        gap: var(--sp-space-2);
      }
      ol h3::before {
        content: counter(part);
        flex: none;
        display: inline-flex;
        align-items: center;
        justify-content: center;
        width: 1.8em;
        height: 1.8em;
        border-radius: 50%;
        background: var(--sp-brand);
        color: #fff;
        font-size: var(--sp-text-small);
      }
      sp-rich-text {
        --sp-block-end: 0;
      }
    `,
  ];

  override render() {
    if (!this.parts) return nothing;
    const items = this.parts.map(
      (part) =>
        html`<li>
          <h3>${inlineRuns(part.title)}</h3>
          <sp-rich-text .blocks=${part.body}></sp-rich-text>
        </li>`,
    );
    return this.numbered
      ? html`<ol>
          ${items}
        </ol>`
      : html`<ul>
          ${items}
        </ul>`;
  }
}
customElements.define('sp-cards', SpCards);

declare global {
  interface HTMLElementTagNameMap {
    'sp-cards': SpCards;
  }
}
