import { css, html, nothing } from 'lit';
import type { VideoPage } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
import { PageElement } from '../page-base.js';
import '../rich-text/sp-rich-text.js';

/**
 * Video page: native player with Dutch captions on by default and the transcript below.
 * Works fully without the video file (transcript only).
 */
export class SpPageVideo extends PageElement<VideoPage> {
  static override styles = [
    ...PageElement.styles,
    css`
      video {
        width: 100%;
        max-width: 56rem;
        border-radius: var(--sp-radius);
        background: #000;
        margin-bottom: var(--sp-space-3);
      }
    `,
  ];

  override render() {
    const p = this.page;
    return html`${p.body ? html`<sp-rich-text .blocks=${p.body}></sp-rich-text>` : nothing}
      ${
        p.src
          ? html`<video controls preload="metadata" src=${this.mediaBase + p.src} aria-label=${p.title}>
              ${
                p.captions
                  ? html`<track kind="captions" srclang="nl" label="Nederlands" src=${this.mediaBase + p.captions} default />`
                  : nothing
              }
            </video>`
          : html`<p class="card">${t.videoMissing}</p>`
      }
      <h3>${t.transcript}</h3>
      <sp-rich-text .blocks=${p.transcript}></sp-rich-text>`;
  }
}
customElements.define('sp-page-video', SpPageVideo);

declare global {
  interface HTMLElementTagNameMap {
    'sp-page-video': SpPageVideo;
  }
}
