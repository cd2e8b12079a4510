import { html, nothing } from 'lit';
import type { StepPage, TeamPage } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
import type { CourseContext } from '../../machines/course-machine.js';
import { discussionTimer, meetingTimer } from '../../machines/selectors.js';
import { pageModeView } from '../../machines/mode-view.js';
import { PageElement } from '../page-base.js';
import { discussionStyles } from './sp-page-step.styles.js';
import '../rich-text/sp-rich-text.js';
import '../text-field/sp-text-field.js';
import '../timer/sp-timer.js';

/**
 * One step of the casusbespreking. Alone: the step as an individual exercise with a reflection
 * field. Team: a facilitated discussion screen: the prompts, a pausable timer and the notulist's
 * notes come first (one projector screen), the explanation and casus material follow.
 * @cssproperty --sp-brand - rule beside the discussion prompts
 * @cssproperty --sp-brand-strong - the step question
 */
export class SpPageStep extends PageElement<StepPage> {
  static override styles = [...PageElement.styles, discussionStyles];

  override render() {
    const p = this.page;
    // What this mode shows (one rule, in mode-view): team-only parts carry data-team-only.
    const view = pageModeView(p, this.ctx.learner.mode, t.teamNotesHint);
    const facts = html`<dl class="facts">
      <div class="card">
        <dt>${t.stepPurpose}</dt>
        <dd>${p.purpose}</dd>
      </div>
      ${
        view.timebox
          ? html`<div class="card" data-team-only>
              <dt>${t.stepTime}</dt>
              <dd>${t.timeboxMinutes(p.timebox)}</dd>
            </div>`
          : nothing
      }
      ${
        view.guard
          ? html`<div class="card" data-team-only>
              <dt>${t.stepGuard}</dt>
              <dd>${p.guard}</dd>
            </div>`
          : nothing
      }
      <div class="card">
        <dt>${t.stepPitfall}</dt>
        <dd>${p.pitfall}</dd>
      </div>
    </dl>`;
    const explanation = html`<sp-rich-text .blocks=${p.body}></sp-rich-text> ${
        p.casus
          ? html`<div class="card">
              <h3>${t.stepCasus}</h3>
              <sp-rich-text .blocks=${p.casus}></sp-rich-text>
            </div>`
          : nothing
      }`;
    // Alone: a reflection field for one reader. Meeting: the notulist's notes (team label and hint, never required).
    const notes = html`<sp-text-field
      .field=${view.notes}
      .value=${this.text(p.notes.id)}
      .notice=${this.ctx.lms.textsFit ? undefined : t.textsTooLong}
    ></sp-text-field>`;
    if (!view.meeting) return html`${facts} ${explanation} ${notes} ${this.questionSet(view.practice)}`;
    // The meeting: presentation view. Timer as spine; the step's question, what the voorzitter guards,
    // the pitfall and the notulist's notes on one screen; no practice questions, notes optional.
    // Wide screens (projector): question left, compact timer and notes right, all on the first screen.
    return html`<div class="presentation">
        ${renderMeetingTimer(this.ctx, p.id, p.timebox, p.title)}
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
        <div class="notes">
          ${notes}
          <p class="hint" data-team-only>${t.notesOptional}</p>
        </div>
      </div>
      <details class="more">
        <summary>${t.stepMore}</summary>
        ${facts}
        ${
          view.prompts === 'discuss'
            ? html`<div data-team-only>
                <h3>${t.discuss}</h3>
                <ul class="prompts">
                  ${p.prompts.map((q) => html`<li>${q}</li>`)}
                </ul>
              </div>`
            : nothing
        }
        ${explanation}
      </details>`;
  }
}

/**
 * The sticky meeting timer of an agenda item: this item's clock, the total meeting clock,
 * pause, "+1 minuut" and "Volgende stap".
 */
export function renderMeetingTimer(ctx: CourseContext, pageId: string, minutes: number, title: string) {
  const timer = meetingTimer(ctx, pageId, minutes);
  return html`<div class="spine" data-team-only>
    <sp-timer
      .label=${`${t.meetingStepOf(timer.step, timer.steps)}: ${title}`}
      .timeboxMinutes=${timer.timeboxMinutes}
      .elapsedMs=${timer.elapsedMs}
      .startedAt=${timer.startedAt}
      .meeting=${timer.meeting}
    ></sp-timer>
  </div>`;
}
customElements.define('sp-page-step', SpPageStep);

declare global {
  interface HTMLElementTagNameMap {
    'sp-page-step': SpPageStep;
  }
}

/** Prompts and timer of a discussion (team mode only: see mode-view). */
export function renderDiscussion(ctx: CourseContext, p: StepPage | TeamPage) {
  const timer = discussionTimer(ctx, p.id, p.timebox);
  return html`<section class="discussion" aria-labelledby="discuss-h" data-team-only>
    <div>
      <h3 id="discuss-h">${t.discuss}</h3>
      ${
        p.prompts.length
          ? html`<ul class="prompts">
              ${p.prompts.map((q) => html`<li>${q}</li>`)}
            </ul>`
          : nothing
      }
    </div>
    <sp-timer .timeboxMinutes=${timer.timeboxMinutes} .elapsedMs=${timer.elapsedMs} .startedAt=${timer.startedAt}></sp-timer>
  </section>`;
}
