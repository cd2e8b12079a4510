import { LitElement, html, nothing } from 'lit';
import type { Figure } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
import { base } from '../styles/shared-styles.js';
import '../rich-text/sp-rich-text.js';
import { figureStyles } from './sp-figure.styles.js';

/** Zoom steps of the full-size view (1 = the figure fits the window's width). */
const ZOOM_STEPS = [1, 1.5, 2, 3, 4];

/**
 * A model or image with a text alternative and, when given, a full text version in a disclosure.
 * "Groot bekijken" opens it full-size in a modal dialog with zoom buttons (also + / − keys and
 * Ctrl+scroll or pinch); Esc or Sluiten closes it and focus returns to the button.
 * On a phone the figure keeps a readable size (its smallest text ≥ 11 px) and scrolls sideways inside its frame;
 * a shade on the hidden side and a "Schuif opzij" hint show that there is more, with Groot bekijken and the text version next to it.
 * @property figure - the figure from the module file
 * @property mediaBase - folder prefix for media files
 * @csspart image - the image
 * @cssproperty --sp-line - image border
 * @cssproperty --sp-brand-strong - colour of the text-version toggle
 * @cssproperty --sp-zoom - zoom factor of the full-size view (set by the component)
 */
export class SpFigure extends LitElement {
  static override properties = {
    figure: { attribute: false },
    mediaBase: { attribute: false },
    zoom: { state: true },
    overflow: { state: true },
  };
  declare figure: Figure | undefined;
  declare mediaBase: string;
  declare zoom: number;
  /** Which sides of the frame hide part of the figure (a narrow screen scrolls it sideways). */
  declare overflow: { start: boolean; end: boolean };
  private resizeObserver: ResizeObserver | undefined;

  constructor() {
    super();
    this.mediaBase = '';
    this.zoom = 1;
    this.overflow = { start: false, end: false };
  }

  override connectedCallback() {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined' && !this.resizeObserver) this.resizeObserver = new ResizeObserver(() => this.measure());
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  override firstUpdated() {
    const frame = this.renderRoot.querySelector('.frame');
    if (frame) this.resizeObserver?.observe(frame);
  }

  /** Shade and hint follow the frame's scroll position: a hidden part is always signposted. */
  private measure() {
    const frame = this.renderRoot.querySelector('.frame') as HTMLElement | null;
    if (!frame) return;
    const start = frame.scrollLeft > 1;
    const end = frame.scrollLeft + frame.clientWidth < frame.scrollWidth - 1;
    if (start !== this.overflow.start || end !== this.overflow.end) this.overflow = { start, end };
  }

  static override styles = [base, figureStyles];

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private openFull() {
    this.dialog?.showModal();
    const stage = this.renderRoot.querySelector('.stage') as HTMLElement | null;
    // Narrow windows open at the readable size (the figure 46rem wide, as in the page); wider ones fit the window.
    const style = stage ? getComputedStyle(stage) : null;
    const width = stage && style ? stage.clientWidth - parseFloat(style.paddingLeft || '0') - parseFloat(style.paddingRight || '0') : 0;
    const readable = width > 0 ? (46 * (parseFloat(getComputedStyle(document.documentElement).fontSize) || 16)) / width : 1;
    this.setZoom(readable > 1 ? Math.ceil(readable * 100) / 100 : 1);
    stage?.focus();
  }

  private closeFull() {
    this.dialog?.close();
  }

  /** Focus back on the button that opened the view (Esc, Sluiten or the browser closing it). */
  private onClosed() {
    (this.renderRoot.querySelector('.open') as HTMLElement | null)?.focus();
  }

  private setZoom(zoom: number) {
    this.zoom = Math.min(ZOOM_STEPS[ZOOM_STEPS.length - 1], Math.max(1, zoom));
    // Through CSSOM, not a style attribute: a strict CSP blocks inline style attributes.
    this.style.setProperty('--sp-zoom', String(this.zoom));
  }

  private step(direction: 1 | -1) {
    const index = ZOOM_STEPS.findIndex((z) => z >= this.zoom);
    const next = ZOOM_STEPS[Math.max(0, Math.min(ZOOM_STEPS.length - 1, (index < 0 ? ZOOM_STEPS.length - 1 : index) + direction))];
    this.setZoom(next);
  }

  private onKey(e: KeyboardEvent) {
    if (e.key === '+' || e.key === '=') {
      e.preventDefault();
      this.step(1);
    } else if (e.key === '-') {
      e.preventDefault();
      this.step(-1);
    } else if (e.key === '0') {
      e.preventDefault();
      this.setZoom(1);
    }
  }

  /** Ctrl+scroll and trackpad pinch (reported as wheel with ctrlKey) zoom the figure, not the page. */
  private onWheel(e: WheelEvent) {
    if (!e.ctrlKey) return;
    e.preventDefault();
    this.setZoom(this.zoom * (e.deltaY < 0 ? 1.1 : 1 / 1.1));
  }

  override render() {
    const f = this.figure;
    if (!f) return nothing;
    const src = this.mediaBase + f.src;
    const icon = (d: string) => html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${d}></path></svg>`;
    return html`<figure>
        <div class="scroller ${this.overflow.start ? 'more-start' : ''} ${this.overflow.end ? 'more-end' : ''}">
          <div class="frame" tabindex="0" role="group" aria-label=${t.figureScroll} @scroll=${this.measure}>
            <img part="image" src=${src} alt=${f.alt} @load=${this.measure} />
          </div>
        </div>
        ${
          this.overflow.start || this.overflow.end
            ? html`<p class="swipe-hint">${icon('M4 12h16M15 7l5 5-5 5M9 7l-5 5 5 5')}${t.figureSwipe(Boolean(f.textVersion))}</p>`
            : nothing
        }
        <div class="tools">
          ${f.caption ? html`<figcaption>${f.caption}</figcaption>` : html`<span></span>`}
          <button class="open" aria-haspopup="dialog" @click=${this.openFull}>
            ${icon('M14 4h6v6M10 20H4v-6M20 4l-7 7M4 20l7-7')}${t.figureOpen}
          </button>
        </div>
        ${
          f.textVersion
            ? html`<details>
                <summary>${t.textVersion}</summary>
                <sp-rich-text .blocks=${f.textVersion}></sp-rich-text>
              </details>`
            : nothing
        }
      </figure>
      <dialog aria-labelledby="full-title" @close=${this.onClosed} @keydown=${this.onKey}>
        <div class="bar">
          <h2 id="full-title">${f.caption ?? f.alt}</h2>
          <button aria-label=${t.zoomOut} aria-disabled=${this.zoom <= 1 ? 'true' : 'false'} @click=${() => this.step(-1)}>
            ${icon('M5 12h14')}
          </button>
          <span class="level" aria-live="polite">${t.zoomLevel(Math.round(this.zoom * 100))}</span>
          <button
            aria-label=${t.zoomIn}
            aria-disabled=${this.zoom >= ZOOM_STEPS[ZOOM_STEPS.length - 1] ? 'true' : 'false'}
            @click=${() => this.step(1)}
          >
            ${icon('M5 12h14M12 5v14')}
          </button>
          <button @click=${() => this.setZoom(1)}>${t.zoomFit}</button>
          <button class="primary" @click=${this.closeFull}>${t.close}</button>
        </div>
        <div class="stage" tabindex="0" role="group" aria-label=${t.figureDialog(f.alt)} @wheel=${this.onWheel}>
          <img src=${src} alt=${f.alt} />
        </div>
      </dialog>`;
  }
}
customElements.define('sp-figure', SpFigure);

declare global {
  interface HTMLElementTagNameMap {
    'sp-figure': SpFigure;
  }
}
