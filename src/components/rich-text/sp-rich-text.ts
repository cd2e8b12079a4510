import { LitElement, css, html, nothing } from 'lit';
import type { RichText } from '../../content/types.js';
import { base } from '../styles/shared-styles.js';
import { inlineRuns as runs } from './inline-runs.js';
import '../cards/sp-cards.js';
import '../accordion/sp-accordion.js';

/**
 * Renders compiled rich text (paragraphs, headings, lists, quotes, cards, accordions). Text is always
 * rendered as text, never as HTML.
 * @property blocks - compiled rich text
 */
export class SpRichText extends LitElement {
  static override properties = { blocks: { attribute: false } };
  declare blocks: RichText | undefined;

  static override styles = [
    base,
    css`
      /* Width comes from the page column (one measure for text, cards and figures). */
      :host {
        display: block;
      }
      /* Inside a card or accordion part the last block needs no space below (--sp-block-end: 0). */
      p:last-child,
      ul:last-child,
      ol:last-child,
      blockquote:last-child {
        margin-bottom: var(--sp-block-end, var(--sp-space-3));
      }
      ul,
      ol {
        margin: 0 0 var(--sp-space-3);
        padding-left: 1.4em;
      }
      li {
        margin-bottom: var(--sp-space-1);
      }
      blockquote {
        margin: 0 0 var(--sp-space-3);
        padding: var(--sp-space-2) var(--sp-space-3);
        border-left: 4px solid var(--sp-brand);
        background: var(--sp-brand-soft);
      }
      h3 {
        margin-top: var(--sp-space-4);
      }
    `,
  ];

  override render() {
    if (!this.blocks) return nothing;
    return this.blocks.map((b) => {
      switch (b.kind) {
        case 'h':
          return html`<h3>${runs(b.runs)}</h3>`;
        case 'ul':
          return html`<ul>${b.items.map((i) => html`<li>${runs(i)}</li>`)}</ul>`;
        case 'ol':
          return html`<ol>${b.items.map((i) => html`<li>${runs(i)}</li>`)}</ol>`;
        case 'cards':
          return html`<sp-cards .parts=${b.parts}></sp-cards>`;
        case 'steps':
          return html`<sp-cards .parts=${b.parts} numbered></sp-cards>`;
        case 'accordion':
          return html`<sp-accordion .parts=${b.parts}></sp-accordion>`;
        case 'quote':
          return html`<blockquote>${runs(b.runs)}</blockquote>`;
        default:
          return html`<p>${runs(b.runs)}</p>`;
      }
    });
  }
}
customElements.define('sp-rich-text', SpRichText);
