import { LitElement, css, html, nothing } from 'lit';
import type { Figure } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
import { base } from '../styles/shared-styles.js';
import '../rich-text/sp-rich-text.js';

/** Zoom steps of the full-size view (1 = the figure fits the window's width). */
const ZOOM_STEPS = [1, 1.5, 2, 3, 4];

/**
 * A model or image with a text alternative and, when given, a full text version in a disclosure.
 * "Groot bekijken" opens it full-size in a modal dialog with zoom buttons (also + / − keys and
 * Ctrl+scroll or pinch); Esc or Sluiten closes it and focus returns to the button.
 * On a phone the figure keeps a readable size (its smallest text ≥ 11 px) and scrolls sideways inside its frame.
 * @property figure - the figure from the module file
 * @property mediaBase - folder prefix for media files
 * @csspart image - the image
 * @cssproperty --sp-zoom - zoom factor of the full-size view (set by the component)
 */
export class SpFigure extends LitElement {
  static override properties = { figure: { attribute: false }, mediaBase: { attribute: false }, zoom: { state: true } };
  declare figure: Figure | undefined;
  declare mediaBase: string;
  declare zoom: number;

  constructor() {
    super();
    this.mediaBase = '';
    this.zoom = 1;
  }

  static override styles = [
    base,
    css`
      :host {
        display: block;
      }
      figure {
        margin: 0 0 var(--sp-space-4);
      }
      .frame {
        border: 1px solid var(--sp-line);
        border-radius: var(--sp-radius);
        background: #fff;
        overflow-x: auto;
        overscroll-behavior-x: contain;
      }
      .frame img {
        display: block;
        width: 100%;
        height: auto;
      }
      /* Phones: the figures are drawn 800 units wide with text of at least 12 units; at 46rem the
         smallest text renders at 11 px or more, and the frame scrolls sideways. */
      @media (max-width: 46rem) {
        .frame img {
          width: 46rem;
          max-width: none;
        }
      }
      .tools {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: var(--sp-space-2);
        margin-top: var(--sp-space-2);
      }
      figcaption {
        color: var(--sp-ink-soft);
        font-size: var(--sp-text-small);
      }
      .open {
        display: inline-flex;
        align-items: center;
        gap: var(--sp-space-2);
        font-size: var(--sp-text-small);
      }
      svg.icon {
        width: 1.1em;
        height: 1.1em;
        fill: none;
        stroke: currentColor;
        stroke-width: 2;
        stroke-linecap: round;
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
      dialog {
        width: 100vw;
        height: 100vh;
        max-width: 100vw;
        max-height: 100vh;
        margin: 0;
        padding: 0;
        border: 0;
        background: var(--sp-surface);
        color: var(--sp-ink);
      }
      dialog[open] {
        display: flex;
        flex-direction: column;
      }
      dialog::backdrop {
        background: rgba(27, 36, 48, 0.6);
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--sp-space-2);
        padding: var(--sp-space-2) var(--sp-space-3);
        border-bottom: 1px solid var(--sp-line);
      }
      .bar h2 {
        flex: 1 1 20rem;
        margin: 0;
        font-size: var(--sp-text-small);
        /* A long caption keeps the buttons in view (screen readers read all of it). */
        display: -webkit-box;
        -webkit-box-orient: vertical;
        -webkit-line-clamp: 2;
        overflow: hidden;
      }
      .level {
        min-width: 5.5em;
        text-align: center;
        font-size: var(--sp-text-small);
      }
      .stage {
        flex: 1;
        overflow: auto;
        padding: var(--sp-space-3);
        background: #fff;
      }
      .stage img {
        display: block;
        width: calc(var(--sp-zoom, 1) * 100%);
        max-width: none;
        height: auto;
        margin: 0 auto;
      }
      @media print {
        .tools .open,
        dialog {
          display: none !important;
        }
      }
    `,
  ];

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
      <div class="frame" tabindex="0" role="group" aria-label=${t.figureScroll}>
        <img part="image" src=${src} alt=${f.alt} />
      </div>
      <div class="tools">
        ${f.caption ? html`<figcaption>${f.caption}</figcaption>` : html`<span></span>`}
        <button class="open" aria-haspopup="dialog" @click=${this.openFull}>
          ${icon('M14 4h6v6M10 20H4v-6M20 4l-7 7M4 20l7-7')}${t.figureOpen}
        </button>
      </div>
      ${f.textVersion
        ? html`<details>
            <summary>${t.textVersion}</summary>
            <sp-rich-text .blocks=${f.textVersion}></sp-rich-text>
          </details>`
        : nothing}
    </figure>
    <dialog aria-labelledby="full-title" @close=${this.onClosed} @keydown=${this.onKey}>
      <div class="bar">
        <h2 id="full-title">${f.caption ?? f.alt}</h2>
        <button aria-label=${t.zoomOut} aria-disabled=${this.zoom <= 1 ? 'true' : 'false'} @click=${() => this.step(-1)}>${icon('M5 12h14')}</button>
        <span class="level" aria-live="polite">${t.zoomLevel(Math.round(this.zoom * 100))}</span>
        <button aria-label=${t.zoomIn} aria-disabled=${this.zoom >= ZOOM_STEPS[ZOOM_STEPS.length - 1] ? 'true' : 'false'} @click=${() => this.step(1)}>
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
