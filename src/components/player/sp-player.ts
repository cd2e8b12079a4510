import { LitElement, html, nothing, svg } from 'lit';
import type { Subscription } from 'xstate';
import type { Page } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
import type { CourseActor, CourseEvent, LmsStatus } from '../../machines/course-machine.js';
import { pageModeView } from '../../machines/mode-view.js';
import { furthestUnlocked, pageComplete, pageRequirementsMet, pathIndices, progressMeasure } from '../../machines/learner-state.js';
import { SEND_EVENT } from '../send.js';
import { brandShades } from '../../content/color.js';
import { base, tokens } from '../styles/shared-styles.js';
import { playerStyles } from './sp-player.styles.js';
import { COVER_START_EVENT } from '../cover/sp-cover.js';

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

const PAGE_TAG: Record<Page['type'], string> = {
  info: 'sp-page-info',
  casus: 'sp-page-casus',
  video: 'sp-page-video',
  reflection: 'sp-page-reflection',
  team: 'sp-page-team',
  step: 'sp-page-step',
  quiz: 'sp-page-quiz',
  mode: 'sp-page-mode',
  actions: 'sp-page-actions',
  teamcode: 'sp-page-teamcode',
  summary: 'sp-page-summary',
  closing: 'sp-page-closing',
};

/**
 * The player shell: module title, progress, table of contents (done / current / locked),
 * the current page, previous/next, the resume prompt and calm LMS notices.
 * Forwards `sp-send` events from page views to the course machine.
 * @property actor - the running course actor
 * @property mediaBase - folder prefix for media files
 * @attr team - set while the learner works in team mode (larger type for projectors)
 */
export class SpPlayer extends LitElement {
  static override properties = {
    actor: { attribute: false },
    mediaBase: { attribute: false },
    standalone: { attribute: false },
    deviceStorage: { attribute: false },
    tocOpen: { state: true },
  };
  declare actor: CourseActor | undefined;
  declare mediaBase: string;
  declare standalone: boolean;
  /** False when the browser refuses local storage: then nothing is kept on this device either. */
  declare deviceStorage: boolean;
  declare tocOpen: boolean;
  private subscription: Subscription | null = null;
  private shownPage = -1;
  private shownState = '';

  static override styles = [tokens, base, playerStyles];

  constructor() {
    super();
    this.mediaBase = '';
    this.standalone = false;
    this.deviceStorage = true;
    this.tocOpen = false;
    this.addEventListener(SEND_EVENT, (e) => {
      e.stopPropagation();
      this.actor?.send((e as CustomEvent<CourseEvent>).detail);
    });
    // Start on the cover: on to the first page's own heading (the cover sits above it).
    this.addEventListener(COVER_START_EVENT, () => {
      const heading = this.renderRoot.querySelector('#page-heading') as HTMLElement | null;
      heading?.focus();
      heading?.scrollIntoView({ block: 'start' });
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.subscribe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.subscription?.unsubscribe();
    this.subscription = null;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('actor')) this.subscribe();
  }

  private subscribe() {
    this.subscription?.unsubscribe();
    this.subscription = this.actor ? this.actor.subscribe(() => this.requestUpdate()) : null;
  }

  private send(event: CourseEvent) {
    this.actor?.send(event);
  }

  override updated(): void {
    const snap = this.actor?.getSnapshot();
    if (!snap) return;
    const state = String(snap.value);
    const page = snap.context.learner.page;
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
    this.style.setProperty('--sp-progress', `${this.percent()}%`);
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
    const snap = this.actor?.getSnapshot();
    if (!snap) return nothing;
    const ctx = snap.context;
    const { course, learner } = ctx;
    const pct = this.percent();
    return html`<a class="skip" href="#main" @click=${(e: Event) => {
        e.preventDefault();
        (this.renderRoot.querySelector('#page-heading, #finished-heading') as HTMLElement | null)?.focus();
      }}>${t.skipToContent}</a>
      <header>
        ${course.theme?.organisation || course.theme?.logo
          ? html`<div class="org">
              ${course.theme.logo
                ? html`<img src=${this.mediaBase + course.theme.logo} alt=${course.theme.organisation ? '' : t.logoAlt} />`
                : nothing}
              ${course.theme.organisation ?? ''}
            </div>`
          : nothing}
        <h1>${course.title}</h1>
        <div class="progress">
          <div
            class="bar"
            role="progressbar"
            aria-label=${t.progressLabel}
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuenow=${pct}
          ><span></span></div>
          <span>${t.progress(pct)}</span>
          ${learner.completed ? html`<span class="badge">${t.completedBadge}</span>` : nothing}
        </div>
        ${this.renderViewing(ctx.lms)}
        ${(snap as { pendingIntents?: number }).pendingIntents
          ? html`<p class="notice busy" role="status">${t.pageLoading}</p>`
          : nothing}
      </header>
      ${snap.value === 'resumePrompt' ? this.renderResume() : snap.value === 'finished' ? this.renderFinished() : this.renderLearning()}`;
  }

  private percent(): number {
    const ctx = this.actor?.getSnapshot().context;
    if (!ctx) return 0;
    return Math.round((ctx.learner.completed ? 1 : progressMeasure(ctx.course, ctx.learner)) * 100);
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
  private renderFinished() {
    const { course, learner } = this.actor!.getSnapshot().context;
    const page = course.pages[learner.page];
    return html`<div class="layout finished">
      <main id="main" data-page-type=${page.type}>
        <div class="card done no-print" role="status">
          <h2 id="finished-heading" tabindex="-1">${t.finishedTitle}</h2>
          <p>${t.finishedBody}</p>
        </div>
        ${this.renderPage(PAGE_TAG[page.type], page)}
      </main>
    </div>`;
  }

  private renderLearning() {
    const snap = this.actor!.getSnapshot();
    const ctx = snap.context;
    const { course, learner, lms } = ctx;
    const page = course.pages[learner.page];
    const unlocked = furthestUnlocked(course, learner);
    const canNext = pageRequirementsMet(page, learner);
    // The learner's path (solo, meeting, or joined by code): only its pages are listed and counted.
    const path = pathIndices(course, learner);
    const position = path.indexOf(learner.page);
    const last = position === path.length - 1;
    const tag = PAGE_TAG[page.type];
    return html`<div class="layout">
      <nav class="toc ${this.tocOpen ? '' : 'collapsed'}" aria-label=${t.toc}>
        <button class="toc-toggle" aria-expanded=${this.tocOpen ? 'true' : 'false'} @click=${() => (this.tocOpen = !this.tocOpen)}>
          ${this.tocOpen ? t.tocClose : t.tocOpen}
        </button>
        <ol>
          ${path.map((i) => {
            const p = course.pages[i];
            const done = pageComplete(course, learner, i);
            const current = i === learner.page;
            const locked = i > unlocked;
            const state = current ? t.tocCurrent : done ? t.tocDone : locked ? t.tocLocked : '';
            return html`<li>
              <button
                aria-current=${current ? 'page' : 'false'}
                aria-disabled=${locked ? 'true' : 'false'}
                @click=${() => !locked && this.send({ type: 'GOTO', index: i })}
              >
                <span class="mark">${tocIcon(done ? 'done' : locked ? 'locked' : current ? 'current' : 'open')}</span>
                <span>${p.title}${state ? html`<span class="visually-hidden"> (${state})</span>` : nothing}</span>
              </button>
            </li>`;
          })}
        </ol>
      </nav>
      <main id="main" data-page-type=${page.type}>
        ${this.renderNotices(lms)}
        ${position <= 0 ? html`<sp-cover .course=${course} .mediaBase=${this.mediaBase}></sp-cover>` : nothing}
        <h2 id="page-heading" tabindex="-1">${page.title}</h2>
        <p class="meta">${t.pageOf(Math.max(0, position) + 1, path.length)} · ${t.minutes(pageModeView(page, learner.mode).minutes)}</p>
        ${this.renderPage(tag, page)}
        <div class="pager">
          <button ?disabled=${learner.page === 0} @click=${() => this.send({ type: 'PREV' })}>${t.prev}</button>
          ${last
            ? page.type === 'closing'
              ? html`<button
                  class="primary"
                  id="finish"
                  aria-disabled=${snap.can({ type: 'FINISH' }) ? 'false' : 'true'}
                  aria-describedby="finish-hint"
                  @click=${() => this.send({ type: 'FINISH' })}
                >
                  ${t.finish}
                </button>`
              : nothing
            : html`<button
                class="primary"
                id="next"
                aria-disabled=${canNext ? 'false' : 'true'}
                aria-describedby=${canNext ? nothing : 'blocked'}
                @click=${() => this.send({ type: 'NEXT' })}
              >
                ${t.next}
              </button>`}
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
    return html`<div role="status" aria-live="polite">
      ${messages.map((m) => html`<p class="notice">${m}</p>`)}
    </div>`;
  }

  private pageCache = new Map<string, HTMLElement & { page: Page; ctx: unknown; mediaBase: string }>();

  /** One element per page id, kept while the module runs, so inputs keep focus while the learner types. */
  private renderPage(tag: string, page: Page) {
    if (!customElements.get(tag)) {
      // A later page type (player-later.js) not here yet, e.g. on a resume: the shell shows, the page follows.
      customElements.whenDefined(tag).then(() => this.requestUpdate());
      return html`<p class="loading" role="status">${t.pageLoading}</p>`;
    }
    let el = this.pageCache.get(page.id);
    if (!el) {
      el = document.createElement(tag) as HTMLElement & { page: Page; ctx: unknown; mediaBase: string };
      this.pageCache.set(page.id, el);
    }
    el.page = page;
    el.ctx = this.actor!.getSnapshot().context;
    el.mediaBase = this.mediaBase;
    return el;
  }
}
customElements.define('sp-player', SpPlayer);
