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
    border-left: 6px solid var(--sp-brand);
    padding-left: var(--sp-space-3);
    margin: 0 0 var(--sp-space-4);
  }
`;

/**
 * One step of the casusbespreking. Alone: the step as an individual exercise with a reflection
 * field. Team: a facilitated discussion screen with prompts, a pausable timer and the notulist's notes.
 */
export class SpPageStep extends PageElement<StepPage> {
  static override styles = [...PageElement.styles, discussionStyles];

  override render() {
    const p = this.page;
    const team = this.team;
    return html`<dl class="facts">
        <div class="card"><dt>${t.stepPurpose}</dt><dd>${p.purpose}</dd></div>
        <div class="card"><dt>${t.stepTime}</dt><dd>${t.timeboxMinutes(p.timebox)}</dd></div>
        <div class="card"><dt>${t.stepGuard}</dt><dd>${p.guard}</dd></div>
        <div class="card"><dt>${t.stepPitfall}</dt><dd>${p.pitfall}</dd></div>
      </dl>
      <sp-rich-text .blocks=${p.body}></sp-rich-text>
      ${p.casus ? html`<div class="card"><h3>${t.stepCasus}</h3><sp-rich-text .blocks=${p.casus}></sp-rich-text></div>` : nothing}
      ${team ? renderDiscussion(this, p) : nothing}
      <sp-text-field
        .field=${p.notes}
        .value=${this.text(p.notes.id)}
        .hint=${team ? t.teamNotesHint : p.notes.hint}
      ></sp-text-field>
      ${this.questionSet(p.activity)}`;
  }
}
customElements.define('sp-page-step', SpPageStep);

/** Prompts and timer of a discussion (team mode). */
export function renderDiscussion(el: PageElement<StepPage | TeamPage>, p: StepPage | TeamPage) {
  const ctx = el.ctx;
  const running = ctx.timer?.pageId === p.id ? ctx.timer.startedAt : null;
  const saved = ctx.learner.timers[p.id] ?? 0;
  return html`<section class="discussion" aria-labelledby="discuss-h">
    <h3 id="discuss-h">${t.discuss}</h3>
    ${p.prompts.length ? html`<ul class="prompts">${p.prompts.map((q) => html`<li>${q}</li>`)}</ul>` : nothing}
    <sp-timer .timeboxMinutes=${p.timebox} .elapsedMs=${running ? timerElapsed({ ...ctx, timer: null }, p.id) : saved} .startedAt=${running}></sp-timer>
  </section>`;
}
