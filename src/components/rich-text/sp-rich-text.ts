import { LitElement, html, nothing } from 'lit';
import type { RichText } from '../../content/types.js';
import { base } from '../styles/shared-styles.js';
import { inlineRuns as runs } from './inline-runs.js';
import '../cards/sp-cards.js';
import '../accordion/sp-accordion.js';
import { richTextStyles } from './sp-rich-text.styles.js';

/**
 * Renders compiled rich text (paragraphs, headings, lists, quotes, cards, accordions). Text is always
 * rendered as text, never as HTML.
 * @property blocks - compiled rich text
 * @cssproperty --sp-measure - maximum line length
 * @cssproperty --sp-brand - quote rule
 * @cssproperty --sp-brand-soft - quote background
 */
export class SpRichText extends LitElement {
  static override properties = { blocks: { attribute: false } };
  declare blocks: RichText | undefined;

  static override styles = [base, richTextStyles];

  override render() {
    if (!this.blocks) return nothing;
    return this.blocks.map((b) => {
      switch (b.kind) {
        case 'h':
          return html`<h3>${runs(b.runs)}</h3>`;
        case 'ul':
          return html`<ul>
            ${b.items.map((i) => html`<li>${runs(i)}</li>`)}
          </ul>`;
        case 'ol':
          return html`<ol>
            ${b.items.map((i) => html`<li>${runs(i)}</li>`)}
          </ol>`;
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

declare global {
  interface HTMLElementTagNameMap {
    'sp-rich-text': SpRichText;
  }
}
