import { LitElement, css, html, nothing } from 'lit';
import type { Course } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
import { base } from '../styles/shared-styles.js';

/** Fired by the start button; the player moves focus to the first page's heading. */
export const COVER_START_EVENT = 'sp-cover-start';

/**
 * The module's cover, above the first page: illustration (`course.cover`), title, time
 * (`course.totalMinutes`, as stated) and what you will learn (the objectives), with a start button.
 * @property course - the compiled course
 * @property mediaBase - folder prefix for media files
 * @fires sp-cover-start - the learner pressed "Start de module"
 */
export class SpCover extends LitElement {
  static override properties = { course: { attribute: false }, mediaBase: { attribute: false } };
  declare course: Course | undefined;
  declare mediaBase: string;

  constructor() {
    super();
    this.mediaBase = '';
  }

  static override styles = [
    base,
    css`
      :host {
        display: block;
        container-type: inline-size;
        margin: 0 0 var(--sp-space-4);
      }
      section {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        border-radius: calc(var(--sp-radius) * 1.5);
        overflow: hidden;
        background: var(--sp-brand-soft);
        border: 1px solid var(--sp-line);
      }
      .art {
        display: block;
        width: 100%;
        height: auto;
        max-height: 12rem;
        object-fit: cover;
        background: var(--sp-surface);
      }
      .text {
        padding: var(--sp-space-4);
      }
      @container (max-width: 30rem) {
        .text {
          padding: var(--sp-space-3);
        }
      }
      .kicker {
        margin: 0 0 var(--sp-space-1);
        font-size: var(--sp-text-small);
        font-weight: 700;
        letter-spacing: 0.04em;
        text-transform: uppercase;
        color: var(--sp-brand-strong);
      }
      .title {
        font-size: var(--sp-h1);
        font-weight: 800;
        line-height: 1.15;
        margin: 0 0 var(--sp-space-2);
      }
      .time {
        display: inline-flex;
        align-items: center;
        gap: var(--sp-space-2);
        margin: 0 0 var(--sp-space-3);
        padding: var(--sp-space-1) var(--sp-space-3);
        border-radius: 999px;
        background: var(--sp-surface);
        font-weight: 600;
        font-size: var(--sp-text-small);
      }
      h2 {
        font-size: var(--sp-h3);
        margin: 0 0 var(--sp-space-2);
      }
      ul {
        margin: 0 0 var(--sp-space-3);
        padding: 0;
        list-style: none;
      }
      li {
        position: relative;
        padding-left: 1.6em;
        margin-bottom: var(--sp-space-1);
        font-size: var(--sp-text-small);
      }
      li::before {
        content: '';
        position: absolute;
        left: 0.2em;
        top: 0.35em;
        width: 0.45em;
        height: 0.8em;
        border-right: 3px solid var(--sp-brand);
        border-bottom: 3px solid var(--sp-brand);
        transform: rotate(45deg);
      }
      .start {
        font-size: calc(var(--sp-text) * 1.1);
        font-weight: 700;
        padding: var(--sp-space-2) var(--sp-space-4);
      }
      /* Wide column (laptop, projector): illustration beside the text. */
      @container (min-width: 40rem) {
        section {
          grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
        }
        /* The whole illustration as a framed picture beside the text (nothing cropped). */
        .art {
          align-self: center;
          width: calc(100% - var(--sp-space-4));
          max-height: none;
          margin: var(--sp-space-4) 0 var(--sp-space-4) var(--sp-space-4);
          border-radius: var(--sp-radius);
          box-shadow: 0 1px 3px rgba(27, 36, 48, 0.12);
        }
      }
      @media print {
        :host {
          display: none;
        }
      }
    `,
  ];

  private start() {
    this.dispatchEvent(new CustomEvent(COVER_START_EVENT, { bubbles: true, composed: true }));
  }

  override render() {
    const c = this.course;
    if (!c) return nothing;
    // The team objective records taking part; it is not something you learn from the content.
    const goals = c.objectives.filter((o) => o.id !== c.teamObjective);
    return html`<section aria-labelledby="cover-title">
      ${c.cover ? html`<img class="art" src=${this.mediaBase + c.cover.image} alt=${c.cover.alt} />` : nothing}
      <div class="text">
        <p class="kicker">${c.theme?.organisation ?? t.appName}</p>
        <p class="title" id="cover-title">${c.title}</p>
        <p class="time">
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <circle cx="12" cy="12" r="9"></circle>
            <path d="M12 7v5l3 2"></path>
          </svg>
          ${t.coverTime(c.totalMinutes)}
        </p>
        <h2>${t.coverLearn}</h2>
        <ul>
          ${goals.map((o) => html`<li>${o.title}</li>`)}
        </ul>
        <button class="primary start" @click=${this.start}>${t.coverStart}</button>
      </div>
    </section>`;
  }
}
customElements.define('sp-cover', SpCover);

declare global {
  interface HTMLElementTagNameMap {
    'sp-cover': SpCover;
  }
}
