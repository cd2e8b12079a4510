import { LitElement, html, nothing, type TemplateResult } from 'lit';
import type { InlineRun, RichText } from '../../content/types.js';
import { base } from '../styles/shared-styles.js';
import { richTextStyles } from './sp-rich-text.styles.js';

function runs(list: InlineRun[]): TemplateResult[] {
  return list.map((r) => (r.m === 's' ? html`<strong>${r.t}</strong>` : r.m === 'e' ? html`<em>${r.t}</em>` : html`${r.t}`));
}

/**
 * Renders compiled rich text (paragraphs, headings, lists, quotes). Text is always
 * rendered as text, never as HTML.
 * @property blocks - compiled rich text
 * @cssproperty --sp-measure - maximum line length
 * @cssproperty --sp-brand - quote rule
 * @cssproperty --sp-brand-soft - quote background
 */
export class SpRichText extends LitElement {
  static override properties = { blocks: { attribute: false } };
  declare blocks: RichText | undefined;

  static override styles = [
    base,
    richTextStyles,
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
