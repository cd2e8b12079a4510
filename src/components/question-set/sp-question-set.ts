import { LitElement, html, nothing } from 'lit';
import type { ActorRefFrom } from 'xstate';
import type { ChoiceQuestion } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
import { quizTally, visibleFeedback, type quizMachine } from '../../machines/quiz-machine.js';
import { ActorController } from '../controllers/actor-controller.js';
import { base, fieldsetStyles, optionStyles } from '../styles/shared-styles.js';
import { questionSetStyles } from './sp-question-set.styles.js';

type QuizRef = ActorRefFrom<typeof quizMachine>;

/**
 * One question set (practice activity or graded quiz), driven by its quiz actor:
 * choose, check, read the feedback the machine shows (graded: own choice and the right answer;
 * practice: every option), next, result with the explanation of every option (graded), retry.
 * A practice set's last check shows its feedback and "Oefening afgerond" at once (no result step).
 * Options appear in the attempt's shuffled order; events carry the authored option ids.
 * @property quiz - the quiz actor
 * @property heading - visible heading of the set (practice sets)
 * @cssproperty --sp-good - right option border and verdict
 * @cssproperty --sp-good-soft - right option background
 * @cssproperty --sp-bad - wrong option border and verdict
 * @cssproperty --sp-bad-soft - wrong option background
 * @cssproperty --sp-brand-soft - chosen option background
 */
export class SpQuestionSet extends LitElement {
  static override properties = { quiz: { attribute: false }, heading: { attribute: false } };
  declare quiz: QuizRef | undefined;
  declare heading: string | undefined;
  /** One subscription to the quiz actor while connected (re-attached pages render its current snapshot). */
  private readonly quizActor = new ActorController<QuizRef>(this);

  static override styles = [base, fieldsetStyles, optionStyles, questionSetStyles];

  override willUpdate(): void {
    this.quizActor.actor = this.quiz;
  }

  private send(event: Parameters<QuizRef['send']>[0]) {
    this.quiz?.send(event);
  }

  private focusAfterUpdate(selector: string) {
    this.updateComplete.then(() => (this.renderRoot.querySelector(selector) as HTMLElement | null)?.focus());
  }

  override render() {
    if (!this.quiz) return nothing;
    const snap = this.quiz.getSnapshot();
    const ctx = snap.context;
    const { set } = ctx;
    const finished = snap.value === 'finished';
    if (finished && set.graded) return this.renderResult();
    const question = ctx.questions[ctx.index];
    const answer = ctx.record.answers[question.id];
    // A finished practice set shows its last question with the feedback: checking it finished the set.
    const showFeedback = (snap.value === 'feedback' || finished) && !!answer;
    const last = ctx.index === ctx.questions.length - 1;
    const tally = quizTally(ctx);
    // The quiz machine decides whether an answer can be checked (an option chosen).
    const canCheck = snap.can({ type: 'SUBMIT' });
    const shown = showFeedback ? visibleFeedback(set, question, answer.selected, 'feedback') : [];
    return html`
      ${this.heading ? html`<h3>${this.heading}</h3>` : nothing}
      ${set.graded ? html`<p class="rule">${t.passRule(tally.needed, tally.total)}</p>` : nothing}
      <fieldset>
        <legend tabindex="-1">${question.prompt}</legend>
        <div class="count">
          ${t.question(ctx.index + 1, ctx.questions.length)} ${question.type === 'single' ? t.chooseOne : t.chooseMany}
        </div>
        ${question.options.map((o) => this.renderOption(question, o.id, showFeedback ? answer.selected : ctx.selection, showFeedback, shown.includes(o.id)))}
      </fieldset>
      <div role="status" aria-live="polite" class="live">
        ${
          showFeedback
            ? html`<p class="verdict ${answer.correct ? 'good' : 'bad'}">${answer.correct ? t.correct : t.incorrect}</p>
                <p class="visually-hidden">
                  ${[
                    ...question.options
                      .filter((o) => answer.selected.includes(o.id))
                      .map((o) => `${t.yourChoice}: ${o.text}. ${o.feedback}`),
                    ...(answer.correct
                      ? []
                      : question.options
                          .filter((o) => o.correct && !answer.selected.includes(o.id))
                          .map((o) => `${t.rightAnswer}: ${o.text}. ${o.feedback}`)),
                  ].join(' ')}
                </p>`
            : nothing
        }
        ${finished ? html`<p id="result" tabindex="-1">${t.activityDone}</p>` : nothing}
      </div>
      <div class="actions">
        ${
          finished
            ? snap.can({ type: 'RETRY' })
              ? html`<button
                  @click=${() => {
                    this.send({ type: 'RETRY', now: Date.now() });
                    this.focusAfterUpdate('legend');
                  }}
                >
                  ${t.activityAgain}
                </button>`
              : nothing
            : showFeedback
              ? html`<button
                  class="primary"
                  id="next"
                  @click=${() => {
                    this.send({ type: 'NEXT', now: Date.now() });
                    this.focusAfterUpdate(last ? '#result' : 'legend');
                  }}
                >
                  ${last ? t.showResult : t.nextQuestion}
                </button>`
              : html`<button
                  class="primary"
                  id="check"
                  aria-disabled=${canCheck ? 'false' : 'true'}
                  @click=${() => {
                    if (!canCheck) return;
                    this.send({ type: 'SUBMIT', now: Date.now() });
                    // A practice set's last check finishes it (the machine's rule): focus the outcome, then Volgende.
                    this.focusAfterUpdate(this.quiz?.getSnapshot().value === 'finished' ? '#result' : '#next');
                  }}
                >
                  ${t.check}
                </button>`
        }
      </div>
    `;
  }

  private renderOption(question: ChoiceQuestion, id: string, selected: string[], showFeedback: boolean, feedbackShown: boolean) {
    const option = question.options.find((o) => o.id === id)!;
    const checked = selected.includes(id);
    const cls = showFeedback ? (option.correct ? 'good' : checked ? 'bad' : '') : '';
    const type = question.type === 'single' ? 'radio' : 'checkbox';
    return html`<label class="option ${cls}">
      <input
        type=${type}
        name="q-${question.id}"
        data-option=${id}
        .checked=${checked}
        ?disabled=${showFeedback}
        @change=${() => this.send(question.type === 'single' ? { type: 'SELECT', option: id } : { type: 'TOGGLE', option: id })}
      />
      <span>
        ${option.text}
        ${
          showFeedback && feedbackShown
            ? html`<span class="feedback">
                ${checked ? html`<span class="tag">${`${t.yourChoice}${option.correct ? `, ${t.rightAnswer}` : ''}: `}</span>` : option.correct ? html`<span class="tag">${`${t.rightAnswer}: `}</span>` : nothing}${option.feedback}
              </span>`
            : nothing
        }
      </span>
    </label>`;
  }

  private renderResult() {
    const snap = this.quiz!.getSnapshot();
    const ctx = snap.context;
    const { record } = ctx;
    const retry = snap.can({ type: 'RETRY' });
    const tally = quizTally(ctx);
    return html`<div class="card">
        <p id="result" tabindex="-1" class="verdict ${record.passed ? 'good' : 'bad'}" role="status">
          ${t.quizResult(tally.right, tally.total, tally.needed)} ${record.passed ? t.quizPassed : t.quizFailed}
        </p>
        ${
          !record.passed
            ? retry
              ? html`<button
                  class="primary"
                  @click=${() => {
                    this.send({ type: 'RETRY', now: Date.now() });
                    this.focusAfterUpdate('legend');
                  }}
                >
                  ${t.quizRetry}
                </button>`
              : html`<p>${t.quizNoRetry}</p>`
            : nothing
        }
      </div>
      ${this.renderReview()}`;
  }

  /** After a finished graded attempt: every question with the explanation of every option. */
  private renderReview() {
    const ctx = this.quiz!.getSnapshot().context;
    return html`<details class="review">
      <summary>${t.reviewTitle}</summary>
      ${ctx.questions.map((q) => {
        const selected = ctx.record.answers[q.id]?.selected ?? [];
        const shown = visibleFeedback(ctx.set, q, selected, 'review');
        return html`<section class="review-question">
          <h4>${q.prompt}</h4>
          ${selected.length === 0 ? html`<p class="hint">${t.reviewNotAnswered}</p>` : nothing}
          <ul>
            ${q.options
              .filter((o) => shown.includes(o.id))
              .map((o) => {
                const tags = [selected.includes(o.id) ? t.yourChoice : '', o.correct ? t.rightAnswer : ''].filter(Boolean).join(', ');
                return html`<li class=${o.correct ? 'good' : selected.includes(o.id) ? 'bad' : ''}>
                  <span class="review-option">${o.text}</span>
                  <span class="feedback">${tags ? html`<span class="tag">${tags}: </span>` : nothing}${o.feedback}</span>
                </li>`;
              })}
          </ul>
        </section>`;
      })}
    </details>`;
  }
}
customElements.define('sp-question-set', SpQuestionSet);

declare global {
  interface HTMLElementTagNameMap {
    'sp-question-set': SpQuestionSet;
  }
}
