import { css, html, nothing } from 'lit';
import type { StepPage, TeamPage } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
import { timerElapsed } from '../../machines/course-machine.js';
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
    const team = this.team;
    const facts = html`<dl class="facts">
      <div class="card"><dt>${t.stepPurpose}</dt><dd>${p.purpose}</dd></div>
      <div class="card"><dt>${t.stepTime}</dt><dd>${t.timeboxMinutes(p.timebox)}</dd></div>
      <div class="card"><dt>${t.stepGuard}</dt><dd>${p.guard}</dd></div>
      <div class="card"><dt>${t.stepPitfall}</dt><dd>${p.pitfall}</dd></div>
    </dl>`;
    const explanation = html`<sp-rich-text .blocks=${p.body}></sp-rich-text>
      ${p.casus ? html`<div class="card"><h3>${t.stepCasus}</h3><sp-rich-text .blocks=${p.casus}></sp-rich-text></div>` : nothing}`;
    const notes = html`<sp-text-field
      .field=${p.notes}
      .value=${this.text(p.notes.id)}
      .hint=${team ? p.notes.teamHint ?? t.teamNotesHint : p.notes.hint}
      .notice=${this.ctx.lms.textsFit ? undefined : t.textsTooLong}
    ></sp-text-field>`;
    return team
      ? html`${facts} ${renderDiscussion(this, p)} ${notes} ${explanation} ${this.questionSet(p.activity)}`
      : html`${facts} ${explanation} ${notes} ${this.questionSet(p.activity)}`;
  }
}
customElements.define('sp-page-step', SpPageStep);

/** Prompts and timer of a discussion (team mode). */
export function renderDiscussion(el: PageElement<StepPage | TeamPage>, p: StepPage | TeamPage) {
  const ctx = el.ctx;
  const running = ctx.timer?.pageId === p.id ? ctx.timer.startedAt : null;
  const saved = ctx.learner.timers[p.id] ?? 0;
  return html`<section class="discussion" aria-labelledby="discuss-h">
    <div>
      <h3 id="discuss-h">${t.discuss}</h3>
      ${p.prompts.length ? html`<ul class="prompts">${p.prompts.map((q) => html`<li>${q}</li>`)}</ul>` : nothing}
    </div>
    <sp-timer .timeboxMinutes=${p.timebox} .elapsedMs=${running ? timerElapsed({ ...ctx, timer: null }, p.id) : saved} .startedAt=${running}></sp-timer>
  </section>`;
}
