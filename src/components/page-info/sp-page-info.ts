import { html } from 'lit';
import type { InfoPage } from '../../content/types.js';
import { PageElement } from '../page-base.js';
import '../rich-text/sp-rich-text.js';
import '../figure/sp-figure.js';

/** Information page: rich text, an optional model (figure) and optional practice questions. */
export class SpPageInfo extends PageElement<InfoPage> {
  override render() {
    const p = this.page;
    return html`<sp-rich-text .blocks=${p.body}></sp-rich-text>
      ${p.figure ? html`<sp-figure .figure=${p.figure} .mediaBase=${this.mediaBase}></sp-figure>` : ''} ${this.questionSet(p.activity)}`;
  }
}
customElements.define('sp-page-info', SpPageInfo);

declare global {
  interface HTMLElementTagNameMap {
    'sp-page-info': SpPageInfo;
  }
}
