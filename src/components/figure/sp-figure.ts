import { LitElement, html, nothing } from 'lit';
import type { Figure } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
import { base } from '../styles/shared-styles.js';
import '../rich-text/sp-rich-text.js';
import { figureStyles } from './sp-figure.styles.js';

/**
 * A model or image with a text alternative and, when given, a full text version in a disclosure.
 * @property figure - the figure from the module file
 * @property mediaBase - folder prefix for media files
 * @csspart image - the image
 * @cssproperty --sp-line - image border
 * @cssproperty --sp-brand-strong - colour of the text-version toggle
 */
export class SpFigure extends LitElement {
  static override properties = { figure: { attribute: false }, mediaBase: { attribute: false } };
  declare figure: Figure | undefined;
  declare mediaBase: string;

  constructor() {
    super();
    this.mediaBase = '';
  }

  static override styles = [
    base,
    figureStyles,
  ];

  override render() {
    const f = this.figure;
    if (!f) return nothing;
    return html`<figure>
      <img part="image" src=${this.mediaBase + f.src} alt=${f.alt} />
      ${f.caption ? html`<figcaption>${f.caption}</figcaption>` : nothing}
      ${f.textVersion
        ? html`<details>
            <summary>${t.textVersion}</summary>
            <sp-rich-text .blocks=${f.textVersion}></sp-rich-text>
          </details>`
        : nothing}
    </figure>`;
  }
}
customElements.define('sp-figure', SpFigure);

declare global {
  interface HTMLElementTagNameMap {
    'sp-figure': SpFigure;
  }
}
