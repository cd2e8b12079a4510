import { LitElement, css, html, nothing } from 'lit';
import type { GroupItem } from '../../content/types.js';
import { base } from '../styles/shared-styles.js';
import { inlineRuns } from '../rich-text/inline-runs.js';

/**
 * Parallel parts as an accordion (authored as `::: uitklappen`): native `<details>`/`<summary>`,
 * so keyboard (Enter/Space) and screen readers (expanded/collapsed) work without script.
 * @property parts - the parts: title and text
 */
export class SpAccordion extends LitElement {
  static override properties = { parts: { attribute: false } };
  declare parts: GroupItem[] | undefined;

  static override styles = [
    base,
    css`
      :host {
        display: block;
        margin: 0 0 var(--sp-space-4);
      }
      details {
        border: 1px solid var(--sp-line);
        border-left: 4px solid var(--sp-brand);
        border-radius: var(--sp-radius);
        background: var(--sp-surface);
        margin: 0 0 var(--sp-space-2);
      }
      summary {
        cursor: pointer;
        list-style: none;
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: var(--sp-space-2);
        min-height: 44px;
        padding: var(--sp-space-2) var(--sp-space-3);
        font-weight: 700;
        color: var(--sp-brand-strong);
      }
      summary::-webkit-details-marker {
        display: none;
      }
      /* A chevron that turns when the part is open (decorative: the state is announced by <details>). */
      summary::after {
        content: '';
        flex: none;
        width: 0.55em;
        height: 0.55em;
        border-right: 2px solid currentColor;
        border-bottom: 2px solid currentColor;
        transform: rotate(45deg);
        transition: transform var(--sp-duration);
      }
      details[open] summary::after {
        transform: rotate(-135deg);
      }
      summary:hover {
        background: var(--sp-brand-soft);
      }
      .body {
        padding: 0 var(--sp-space-3) var(--sp-space-3);
        --sp-block-end: 0;
      }
      @media print {
        /* On paper every part is shown. */
        .body {
          display: block !important;
        }
      }
    `,
  ];

  override render() {
    if (!this.parts) return nothing;
    return this.parts.map(
      (part) =>
        html`<details>
          <summary>${inlineRuns(part.title)}</summary>
          <div class="body"><sp-rich-text .blocks=${part.body}></sp-rich-text></div>
        </details>`,
    );
  }
}
customElements.define('sp-accordion', SpAccordion);

declare global {
  interface HTMLElementTagNameMap {
    'sp-accordion': SpAccordion;
  }
}
