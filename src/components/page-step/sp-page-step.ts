import { css, html, nothing } from 'lit';
import type { StepPage, TeamPage } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
import { meetingAgenda } from '../../machines/learner-state.js';
import { pageModeView } from '../../machines/mode-view.js';
import { meetingClock, timeboxMs, timerElapsed, type CourseContext } from '../../machines/course-machine.js';
import { PageElement } from '../page-base.js';
import '../rich-text/sp-rich-text.js';
import '../text-field/sp-text-field.js';
import '../timer/sp-timer.js';

/** Styles shared by step and team pages: the projector-friendly discussion screen. */
export const discussionStyles = css`
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));
    gap: var(--sp-space-3);
    margin: 0 0 var(--sp-space-4);
  }
  .facts .card {
    margin: 0;
  }
  .facts dt {
    font-weight: 700;
    color: var(--sp-brand-strong);
  }
  .facts dd {
    margin: 0;
  }
  .prompts {
    font-size: calc(var(--sp-text) * 1.1);
  }
  .prompts li {
    margin-bottom: var(--sp-space-2);
  }
  .discussion {
    display: grid;
    /* minmax(0, …): the column may shrink below the clock's width (no sideways scrolling at 320 px). */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--sp-space-3);
    border-left: 6px solid var(--sp-brand);
    padding-left: var(--sp-space-3);
    margin: 0 0 var(--sp-space-4);
  }
  .discussion ul {
    margin: 0;
  }
  /* The meeting's spine: the timer stays in view while the notulist types (sticky at the top). */
  .spine {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--sp-surface);
    padding: var(--sp-space-1) 0;
    margin: 0 0 var(--sp-space-3);
  }
  .presentation {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--sp-space-3);
    margin: 0 0 var(--sp-space-3);
  }
  .presentation .question {
    font-size: calc(var(--sp-h2) * 1.1);
    font-weight: 800;
    margin: 0;
    color: var(--sp-brand-strong);
  }
  .presentation dl {
    margin: 0;
  }
  .presentation dt {
    font-weight: 700;
    color: var(--sp-brand-strong);
  }
  .presentation dd {
    margin: 0 0 var(--sp-space-2);
  }
  details.more > summary {
    cursor: pointer;
    font-weight: 700;
    padding: var(--sp-space-1) 0;
  }
  @media (min-width: 1400px) {
    .presentation {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
  }
  /* Wide screens (projector): prompts and timer side by side, so both fit on the first screen. */
  @media (min-width: 1400px) {
    .discussion {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
  }
`;

/**
 * One step of the casusbespreking. Alone: the step as an individual exercise with a reflection
 * field. Team: a facilitated discussion screen: the prompts, a pausable timer and the notulist's
 * notes come first (one projector screen), the explanation and casus material follow.
 */
export class SpPageStep extends PageElement<StepPage> {
  static override styles = [...PageElement.styles, discussionStyles];

  override render() {
    const p = this.page;
    // What this mode shows (one rule, in mode-view): team-only parts carry data-team-only.
    const view = pageModeView(p, this.ctx.learner.mode, t.teamNotesHint);
    const facts = html`<dl class="facts">
      <div class="card"><dt>${t.stepPurpose}</dt><dd>${p.purpose}</dd></div>
      ${view.timebox ? html`<div class="card" data-team-only><dt>${t.stepTime}</dt><dd>${t.timeboxMinutes(p.timebox)}</dd></div>` : nothing}
      ${view.guard ? html`<div class="card" data-team-only><dt>${t.stepGuard}</dt><dd>${p.guard}</dd></div>` : nothing}
      <div class="card"><dt>${t.stepPitfall}</dt><dd>${p.pitfall}</dd></div>
    </dl>`;
    const explanation = html`<sp-rich-text .blocks=${p.body}></sp-rich-text>
      ${p.casus ? html`<div class="card"><h3>${t.stepCasus}</h3><sp-rich-text .blocks=${p.casus}></sp-rich-text></div>` : nothing}`;
    // Alone: a reflection field for one reader. Meeting: the notulist's notes (team label and hint, never required).
    const notes = html`<sp-text-field
      .field=${view.notes}
      .value=${this.text(p.notes.id)}
      .notice=${this.ctx.lms.textsFit ? undefined : t.textsTooLong}
    ></sp-text-field>`;
    if (!view.meeting) return html`${facts} ${explanation} ${notes} ${this.questionSet(view.practice)}`;
    // The meeting: presentation view. Timer as spine; the step's question, what the voorzitter guards,
    // the pitfall and the notulist's notes on one screen; no practice questions, notes optional.
    return html`${renderMeetingTimer(this.ctx, p.id, p.timebox, p.title)}
      <div class="presentation">
        <section class="card" aria-labelledby="question-h">
          <h3 id="question-h" class="visually-hidden">${t.stepQuestion}</h3>
          <p class="question">${p.question ?? p.purpose}</p>
          <dl data-team-only>
            <dt>${t.stepGuard}</dt>
            <dd>${p.guard}</dd>
            <dt>${t.stepPitfall}</dt>
            <dd>${p.pitfall}</dd>
          </dl>
        </section>
        <div>${notes}<p class="hint" data-team-only>${t.notesOptional}</p></div>
      </div>
      <details class="more">
        <summary>${t.stepMore}</summary>
        ${facts}
        ${view.prompts === 'discuss' ? html`<div data-team-only><h3>${t.discuss}</h3><ul class="prompts">${p.prompts.map((q) => html`<li>${q}</li>`)}</ul></div>` : nothing}
        ${explanation}
      </details>`;
  }
}

/**
 * The sticky meeting timer of an agenda item: this item's clock, the total meeting clock,
 * pause, "+1 minuut" and "Volgende stap".
 */
export function renderMeetingTimer(ctx: CourseContext, pageId: string, minutes: number, title: string) {
  const running = ctx.timer?.pageId === pageId ? ctx.timer.startedAt : null;
  const paused = { ...ctx, timer: null };
  const clock = meetingClock(paused);
  const agenda = meetingAgenda(ctx.course);
  const n = agenda.findIndex((item) => item.pageId === pageId) + 1;
  return html`<div class="spine" data-team-only>
    <sp-timer
      .label=${`${t.meetingStepOf(n, agenda.length)}: ${title}`}
      .timeboxMinutes=${timeboxMs(ctx, pageId, minutes) / 60_000}
      .elapsedMs=${timerElapsed(paused, pageId)}
      .startedAt=${running}
      .meeting=${{ baseMs: clock.elapsedMs, plannedMs: clock.plannedMs }}
    ></sp-timer>
  </div>`;
}
customElements.define('sp-page-step', SpPageStep);

/** Prompts and timer of a discussion (team mode only: see mode-view). */
export function renderDiscussion(el: PageElement<StepPage | TeamPage>, p: StepPage | TeamPage) {
  const ctx = el.ctx;
  const running = ctx.timer?.pageId === p.id ? ctx.timer.startedAt : null;
  const saved = ctx.learner.timers[p.id] ?? 0;
  return html`<section class="discussion" aria-labelledby="discuss-h" data-team-only>
    <div>
      <h3 id="discuss-h">${t.discuss}</h3>
      ${p.prompts.length ? html`<ul class="prompts">${p.prompts.map((q) => html`<li>${q}</li>`)}</ul>` : nothing}
    </div>
    <sp-timer .timeboxMinutes=${p.timebox} .elapsedMs=${running ? timerElapsed({ ...ctx, timer: null }, p.id) : saved} .startedAt=${running}></sp-timer>
  </section>`;
}
