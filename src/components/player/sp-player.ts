import { LitElement, html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Subscription } from 'xstate';
import type { Page } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
import type { CourseActor, CourseEvent } from '../../machines/course-machine.js';
import { furthestUnlocked, pageComplete, pageRequirementsMet, progressMeasure } from '../../machines/learner-state.js';
import { SEND_EVENT } from '../send.js';
import { base, tokens } from '../styles/shared-styles.js';
import { playerStyles } from './sp-player.styles.js';
import '../page-info/sp-page-info.js';
import '../page-casus/sp-page-casus.js';
import '../page-video/sp-page-video.js';
import '../page-reflection/sp-page-reflection.js';
import '../page-team/sp-page-team.js';
import '../page-step/sp-page-step.js';
import '../page-quiz/sp-page-quiz.js';
import '../page-mode/sp-page-mode.js';
import '../page-actions/sp-page-actions.js';
import '../page-summary/sp-page-summary.js';

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
  summary: 'sp-page-summary',
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
    tocOpen: { state: true },
  };
  declare actor: CourseActor | undefined;
  declare mediaBase: string;
  declare standalone: boolean;
  declare tocOpen: boolean;
  private subscription: Subscription | null = null;
  private shownPage = -1;
  private shownState = '';

  static override styles = [tokens, base, playerStyles];

  constructor() {
    super();
    this.mediaBase = '';
    this.standalone = false;
    this.tocOpen = false;
    this.addEventListener(SEND_EVENT, (e) => {
      e.stopPropagation();
      this.actor?.send((e as CustomEvent<CourseEvent>).detail);
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
    if (brand) this.style.setProperty('--sp-brand', brand);
    if (state !== this.shownState || page !== this.shownPage) {
      const first = this.shownState === '';
      this.shownState = state;
      this.shownPage = page;
      if (!first || state === 'resumePrompt') {
        (this.renderRoot.querySelector('#page-heading, #resume-heading') as HTMLElement | null)?.focus();
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
    const pct = Math.round((learner.completed ? 1 : progressMeasure(course, learner)) * 100);
    return html`<a class="skip" href="#main" @click=${(e: Event) => {
        e.preventDefault();
        (this.renderRoot.querySelector('#page-heading') as HTMLElement | null)?.focus();
      }}>${t.skipToContent}</a>
      <header>
        ${course.theme?.organisation || course.theme?.logo
          ? html`<div class="org">
              ${course.theme.logo ? html`<img src=${this.mediaBase + course.theme.logo} alt="" />` : nothing}
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
          ><span style=${styleMap({ width: `${pct}%` })}></span></div>
          <span>${t.progress(pct)}</span>
          ${learner.completed ? html`<span class="badge">${t.completedBadge}</span>` : nothing}
        </div>
      </header>
      ${snap.value === 'resumePrompt' ? this.renderResume() : this.renderLearning()}`;
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

  private renderLearning() {
    const ctx = this.actor!.getSnapshot().context;
    const { course, learner, lms } = ctx;
    const page = course.pages[learner.page];
    const unlocked = furthestUnlocked(course, learner);
    const canNext = pageRequirementsMet(page, learner);
    const last = learner.page === course.pages.length - 1;
    const tag = PAGE_TAG[page.type];
    return html`<div class="layout">
      <nav class="toc ${this.tocOpen ? '' : 'collapsed'}" aria-label=${t.toc}>
        <button class="toc-toggle" aria-expanded=${this.tocOpen ? 'true' : 'false'} @click=${() => (this.tocOpen = !this.tocOpen)}>
          ${this.tocOpen ? t.tocClose : t.tocOpen}
        </button>
        <ol>
          ${course.pages.map((p, i) => {
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
                <span class="mark" aria-hidden="true">${done ? '✓' : locked ? '🔒' : current ? '▸' : '○'}</span>
                <span>${p.title}${state ? html`<span class="visually-hidden"> (${state})</span>` : nothing}</span>
              </button>
            </li>`;
          })}
        </ol>
      </nav>
      <main id="main">
        ${this.renderNotices(lms)}
        <h2 id="page-heading" tabindex="-1">${page.title}</h2>
        <p class="meta">
          ${t.pageOf(learner.page + 1, course.pages.length)} · ${t.minutes(page.minutes)}
          ${learner.page === 0 ? html`<br /><span class="estimate">${t.estimate(course.totalMinutes)}</span>` : nothing}
        </p>
        ${this.renderPage(tag, page)}
        <div class="pager">
          <button ?disabled=${learner.page === 0} @click=${() => this.send({ type: 'PREV' })}>${t.prev}</button>
          ${last
            ? nothing
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
        </div>
      </main>
    </div>`;
  }

  private renderNotices(lms: { connection: string; textsFit: boolean }) {
    const messages: string[] = [];
    if (this.standalone) messages.push(t.standalone);
    if (lms.connection === 'retrying') messages.push(t.lmsRetrying);
    if (lms.connection === 'local' && !this.standalone) messages.push(t.lmsLocal);
    if (!lms.textsFit) messages.push(t.textsTooLong);
    return html`<div role="status" aria-live="polite">
      ${messages.map((m) => html`<p class="notice">${m}</p>`)}
    </div>`;
  }

  private pageCache = new Map<string, HTMLElement & { page: Page; ctx: unknown; mediaBase: string }>();

  /** One element per page id, kept while the module runs, so inputs keep focus while the learner types. */
  private renderPage(tag: string, page: Page) {
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
