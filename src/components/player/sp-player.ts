import { LitElement, html, nothing, svg } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Page } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
import type { CourseActor, CourseEvent, LmsStatus } from '../../machines/course-machine.js';
import { pagePosition, progressPercent, tableOfContents } from '../../machines/selectors.js';
import { CourseProvider, type CourseSnapshot } from '../course-context.js';
import { pageModeView } from '../../machines/mode-view.js';
import { brandShades } from '../../content/color.js';
import { base, tokens } from '../styles/shared-styles.js';
import { playerStyles } from './sp-player.styles.js';
import { COVER_START_EVENT } from '../cover/sp-cover.js';
import { afterNextPaint } from '../../next-paint.js';

/** Small line icons for the table of contents (decorative: the state is also in the button's text). */
function tocIcon(kind: 'done' | 'locked' | 'current' | 'open') {
  const paths = {
    done: svg`<path d="M3.5 8.5l3 3 6-7"></path>`,
    current: svg`<path d="M6 4l4 4-4 4"></path>`,
    open: svg`<circle cx="8" cy="8" r="4.5"></circle>`,
    locked: svg`<rect x="3" y="7.5" width="10" height="7" rx="1.5"></rect><path d="M5 7.5V5a3 3 0 0 1 6 0v2.5"></path>`,
  };
  return html`<svg class=${kind} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${paths[kind]}</svg>`;
}

/**
 * The player shell: module title, progress, table of contents (done / current / locked; its entries
 * render once the first page has painted), the current page, previous/next, the resume prompt and calm
 * LMS notices.
 * Subscribes once to the course actor and provides its snapshot and `send` to the pages
 * (see course-context.ts); moves focus to the heading after every navigation.
 * @property actor - the running course actor
 * @property mediaBase - folder prefix for media files
 * @attr team - set while the learner works in team mode (larger type for projectors)
 * @cssproperty --sp-brand - brand colour (buttons, accents, progress); set from the module's `theme.brand`
 * @cssproperty --sp-brand-strong - darker brand shade for text on white (derived from the brand)
 * @cssproperty --sp-brand-soft - light brand tint for backgrounds (derived from the brand)
 * @cssproperty --sp-ink - body text colour
 * @cssproperty --sp-ink-soft - secondary text (hints, meta)
 * @cssproperty --sp-surface - card and page background
 * @cssproperty --sp-surface-alt - alternate background (header, table of contents)
 * @cssproperty --sp-line - borders and rules
 * @cssproperty --sp-focus - focus ring colour
 * @cssproperty --sp-good - right answer / done colour
 * @cssproperty --sp-good-soft - right answer background
 * @cssproperty --sp-bad - wrong answer / error colour
 * @cssproperty --sp-bad-soft - wrong answer background
 * @cssproperty --sp-warn-soft - notice background
 * @cssproperty --sp-warn-ink - notice text
 * @cssproperty --sp-radius - corner radius
 * @cssproperty --sp-space-1 - smallest spacing step (up to --sp-space-5)
 * @cssproperty --sp-font - font stack (system fonts; nothing is downloaded)
 * @cssproperty --sp-scale - type scale factor (team mode sets a larger one for projectors)
 * @cssproperty --sp-text - body text size
 * @cssproperty --sp-text-small - small text size
 * @cssproperty --sp-h1 - heading sizes (--sp-h1, --sp-h2, --sp-h3)
 * @cssproperty --sp-measure - maximum line length of running text
 * @cssproperty --sp-duration - transition time (0 with prefers-reduced-motion)
 */
export class SpPlayer extends LitElement {
  static override properties = {
    mediaBase: { attribute: false },
    standalone: { attribute: false },
    deviceStorage: { attribute: false },
    tocOpen: { state: true },
    tocReady: { state: true },
  };
  declare mediaBase: string;
  declare standalone: boolean;
  /** False when the browser refuses local storage: then nothing is kept on this device either. */
  declare deviceStorage: boolean;
  declare tocOpen: boolean;
  /** False until the first page has painted: the table of contents' list renders after it (launch work). */
  declare tocReady: boolean;
  private readonly course = new CourseProvider(this);
  private shownPage = -1;
  private shownState = '';

  /** The running course actor. */
  get actor(): CourseActor | undefined {
    return this.course.actor;
  }

  set actor(actor: CourseActor | undefined) {
    this.course.actor = actor;
  }

  static override styles = [tokens, base, playerStyles];

  constructor() {
    super();
    this.mediaBase = '';
    this.standalone = false;
    this.deviceStorage = true;
    this.tocOpen = false;
    this.tocReady = false;
    // Start on the cover: on to the first page's own heading (the cover sits above it).
    this.addEventListener(COVER_START_EVENT, () => {
      const heading = this.renderRoot.querySelector('#page-heading') as HTMLElement | null;
      heading?.focus();
      heading?.scrollIntoView({ block: 'start' });
    });
  }

  private send(event: CourseEvent) {
    this.course.send(event);
  }

  override firstUpdated(): void {
    afterNextPaint(() => (this.tocReady = true));
  }

  override updated(): void {
    const snap = this.course.snapshot;
    if (!snap) return;
    this.toggleAttribute('team', snap.context.learner.mode === 'team');
    const brand = snap.context.course.theme?.brand;
    if (brand) {
      // The brand's darker text shade and soft tint are derived, so one colour themes the whole player.
      const shades = brandShades(brand);
      this.style.setProperty('--sp-brand', shades.brand);
      this.style.setProperty('--sp-brand-strong', shades.strong);
      this.style.setProperty('--sp-brand-soft', shades.soft);
    }
    // Through CSSOM, not a style attribute: a strict CSP (style-src 'self') blocks inline style attributes.
    this.style.setProperty('--sp-progress', `${progressPercent(snap.context)}%`);
    this.afterNavigation(snap);
  }

  /** The one place for focus after navigation: window title, focus on the new heading, scroll to top. */
  private afterNavigation(snap: CourseSnapshot) {
    const state = String(snap.value);
    const page = snap.context.learner.page;
    if (state !== this.shownState || page !== this.shownPage) {
      const first = this.shownState === '';
      this.shownState = state;
      this.shownPage = page;
      // WCAG 2.4.2: the window title names the page too ("Stap 1 … – Module").
      const { course } = snap.context;
      document.title =
        state === 'resumePrompt'
          ? `${t.resumeTitle} – ${course.title}`
          : state === 'finished'
            ? `${t.finishedTitle} – ${course.title}`
            : `${course.pages[page].title} – ${course.title}`;
      if (!first || state === 'resumePrompt') {
        (this.renderRoot.querySelector('#finished-heading, #page-heading, #resume-heading') as HTMLElement | null)?.focus();
      }
      if (!first) this.scrollIntoViewIfNeeded();
    }
  }

  private scrollIntoViewIfNeeded() {
    try {
      window.scrollTo({ top: 0 });
    } catch {
      /* ignore */
    }
  }

  override render() {
    const snap = this.course.snapshot;
    if (!snap) return nothing;
    const ctx = snap.context;
    const { course, learner } = ctx;
    const pct = progressPercent(ctx);
    return html`<a
        class="skip"
        href="#main"
        @click=${(e: Event) => {
          e.preventDefault();
          (this.renderRoot.querySelector('#page-heading, #finished-heading') as HTMLElement | null)?.focus();
        }}
        >${t.skipToContent}</a
      >
      <header>
        ${
          course.theme?.organisation || course.theme?.logo
            ? html`<div class="org">
                ${
                  course.theme.logo
                    ? html`<img src=${this.mediaBase + course.theme.logo} alt=${course.theme.organisation ? '' : t.logoAlt} />`
                    : nothing
                }
                ${course.theme.organisation ?? ''}
              </div>`
            : nothing
        }
        <h1>${course.title}</h1>
        <div class="progress">
          <div class="bar" role="progressbar" aria-label=${t.progressLabel} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${pct}>
            <span></span>
          </div>
          <span>${t.progress(pct)}</span>
          ${learner.completed ? html`<span class="badge">${t.completedBadge}</span>` : nothing}
        </div>
        ${this.renderViewing(ctx.lms)}
        ${(snap as { pendingIntents?: number }).pendingIntents ? html`<p class="notice busy" role="status">${t.pageLoading}</p>` : nothing}
      </header>
      ${snap.value === 'resumePrompt' ? this.renderResume() : snap.value === 'finished' ? this.renderFinished(snap) : this.renderLearning(snap)}`;
  }

  private renderResume() {
    return html`<main id="main" class="resume card">
      <h2 id="resume-heading" tabindex="-1">${t.resumeTitle}</h2>
      <p>${t.resumeBody}</p>
      <div class="buttons">
        <button class="primary" @click=${() => this.send({ type: 'RESUME' })}>${t.resumeContinue}</button>
        <button @click=${() => this.send({ type: 'RESTART' })}>${t.resumeRestart}</button>
      </div>
    </main>`;
  }

  /** After Afronden: the session is over; the report stays on screen to print. */
  private renderFinished(snap: CourseSnapshot) {
    const { course, learner } = snap.context;
    const page = course.pages[learner.page];
    return html`<div class="layout finished">
      <main id="main" data-page-type=${page.type}>
        <div class="card done no-print" role="status">
          <h2 id="finished-heading" tabindex="-1">${t.finishedTitle}</h2>
          <p>${t.finishedBody}</p>
        </div>
        ${keyed(page.id, this.renderPage(page))}
      </main>
    </div>`;
  }

  private renderLearning(snap: CourseSnapshot) {
    const ctx = snap.context;
    const { course, learner, lms } = ctx;
    const page = course.pages[learner.page];
    // The machine decides: the button is live exactly when NEXT would be taken.
    const canNext = snap.can({ type: 'NEXT' });
    // The learner's path (solo, meeting, or joined by code): only its pages are listed and counted.
    const position = pagePosition(ctx);
    const last = position.last;
    return html`<div class="layout">
      <nav class="toc ${this.tocOpen ? '' : 'collapsed'}" aria-label=${t.toc}>
        <button class="toc-toggle" aria-expanded=${this.tocOpen ? 'true' : 'false'} @click=${() => (this.tocOpen = !this.tocOpen)}>
          ${this.tocOpen ? t.tocClose : t.tocOpen}
        </button>
        ${
          this.tocReady
            ? html`<ol>
                ${tableOfContents(snap).map(({ index, title, done, current, locked }) => {
                  const state = current ? t.tocCurrent : done ? t.tocDone : locked ? t.tocLocked : '';
                  return html`<li>
                    <button
                      aria-current=${current ? 'page' : 'false'}
                      aria-disabled=${locked ? 'true' : 'false'}
                      @click=${() => !locked && this.send({ type: 'GOTO', index, now: Date.now() })}
                    >
                      <span class="mark">${tocIcon(done ? 'done' : locked ? 'locked' : current ? 'current' : 'open')}</span>
                      <span>${title}${state ? html`<span class="visually-hidden"> (${state})</span>` : nothing}</span>
                    </button>
                  </li>`;
                })}
              </ol>`
            : nothing
        }
      </nav>
      <main id="main" data-page-type=${page.type}>
        ${this.renderNotices(lms)}
        ${position.number === 1 ? html`<sp-cover .course=${course} .mediaBase=${this.mediaBase}></sp-cover>` : nothing}
        <h2 id="page-heading" tabindex="-1">${page.title}</h2>
        <p class="meta">${t.pageOf(position.number, position.count)} · ${t.minutes(pageModeView(page, learner.mode).minutes)}</p>
        ${keyed(page.id, this.renderPage(page))}
        <div class="pager">
          <button ?disabled=${!snap.can({ type: 'PREV' })} @click=${() => this.send({ type: 'PREV', now: Date.now() })}>${t.prev}</button>
          ${
            last
              ? page.type === 'closing'
                ? html`<button
                    class="primary"
                    id="finish"
                    aria-disabled=${snap.can({ type: 'FINISH' }) ? 'false' : 'true'}
                    aria-describedby="finish-hint"
                    @click=${() => this.send({ type: 'FINISH', now: Date.now() })}
                  >
                    ${t.finish}
                  </button>`
                : nothing
              : html`<button
                  class="primary"
                  id="next"
                  aria-disabled=${canNext ? 'false' : 'true'}
                  aria-describedby=${canNext ? nothing : 'blocked'}
                  @click=${() => this.send({ type: 'NEXT', now: Date.now() })}
                >
                  ${t.next}
                </button>`
          }
          ${canNext || last ? nothing : html`<p class="hint blocked" id="blocked">${t.nextBlocked}</p>`}
          ${last && page.type === 'closing' ? html`<p class="hint" id="finish-hint">${t.finishHint}</p>` : nothing}
        </div>
      </main>
    </div>`;
  }

  /** Review / browse launch: a calm, lasting note that nothing is recorded (the tracker sets `viewing`). */
  private renderViewing(lms: LmsStatus) {
    if (!lms.viewing) return nothing;
    return html`<p class="notice viewing" id="viewing">${lms.viewing === 'review' ? t.viewingReview : t.viewingBrowse}</p>`;
  }

  private renderNotices(lms: { connection: string; textsFit: boolean }) {
    const messages: string[] = [];
    if (this.standalone) messages.push(this.deviceStorage ? t.standalone : t.standaloneNoStorage);
    if (lms.connection === 'retrying') messages.push(t.lmsRetrying);
    if (lms.connection === 'local' && !this.standalone) messages.push(t.lmsLocal);
    if (lms.connection === 'ended') messages.push(t.lmsEnded);
    if (!lms.textsFit) messages.push(t.textsTooLong);
    return html`<div role="status" aria-live="polite">${messages.map((m) => html`<p class="notice">${m}</p>`)}</div>`;
  }

  /**
   * The view of a page: a new element per page id (keyed), which lives while the page is on screen;
   * while the learner types, the same element re-renders, so inputs keep focus.
   */
  private renderPage(page: Page) {
    const tag = `sp-page-${page.type}`;
    if (!customElements.get(tag)) {
      // A later page type (player-later.js) not here yet, e.g. on a resume: the shell shows, the page follows.
      customElements.whenDefined(tag).then(() => this.requestUpdate());
      return html`<p class="loading" role="status">${t.pageLoading}</p>`;
    }
    const m = this.mediaBase;
    switch (page.type) {
      case 'info':
        return html`<sp-page-info .page=${page} .mediaBase=${m}></sp-page-info>`;
      case 'casus':
        return html`<sp-page-casus .page=${page} .mediaBase=${m}></sp-page-casus>`;
      case 'video':
        return html`<sp-page-video .page=${page} .mediaBase=${m}></sp-page-video>`;
      case 'reflection':
        return html`<sp-page-reflection .page=${page} .mediaBase=${m}></sp-page-reflection>`;
      case 'team':
        return html`<sp-page-team .page=${page} .mediaBase=${m}></sp-page-team>`;
      case 'step':
        return html`<sp-page-step .page=${page} .mediaBase=${m}></sp-page-step>`;
      case 'quiz':
        return html`<sp-page-quiz .page=${page} .mediaBase=${m}></sp-page-quiz>`;
      case 'mode':
        return html`<sp-page-mode .page=${page} .mediaBase=${m}></sp-page-mode>`;
      case 'actions':
        return html`<sp-page-actions .page=${page} .mediaBase=${m}></sp-page-actions>`;
      case 'teamcode':
        return html`<sp-page-teamcode .page=${page} .mediaBase=${m}></sp-page-teamcode>`;
      case 'summary':
        return html`<sp-page-summary .page=${page} .mediaBase=${m}></sp-page-summary>`;
      case 'closing':
        return html`<sp-page-closing .page=${page} .mediaBase=${m}></sp-page-closing>`;
    }
  }
}
customElements.define('sp-player', SpPlayer);

declare global {
  interface HTMLElementTagNameMap {
    'sp-player': SpPlayer;
  }
}
