import { LitElement, css, html, nothing } from 'lit';
import type { Figure } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
import { base } from '../styles/shared-styles.js';
import '../rich-text/sp-rich-text.js';

/**
 * A model or image with a text alternative and, when given, a full text version in a disclosure.
 * @property figure - the figure from the module file
 * @property mediaBase - folder prefix for media files
 * @csspart image - the image
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
    css`
      figure {
        margin: 0 0 var(--sp-space-4);
      }
      img {
        display: block;
        width: 100%;
        max-width: 56rem;
        height: auto;
        border: 1px solid var(--sp-line);
        border-radius: var(--sp-radius);
        background: #fff;
      }
      figcaption {
        color: var(--sp-ink-soft);
        font-size: var(--sp-text-small);
        margin-top: var(--sp-space-2);
      }
      details {
        margin-top: var(--sp-space-2);
      }
      summary {
        cursor: pointer;
        color: var(--sp-brand-strong);
        font-weight: 600;
        min-height: 44px;
        display: flex;
        align-items: center;
      }
    `,
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
