import { LitElement, css, html, nothing } from 'lit';
import type { ActorRefFrom, Subscription } from 'xstate';
import type { ChoiceQuestion } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
import { canRetry, type quizMachine } from '../../machines/quiz-machine.js';
import { base } from '../styles/shared-styles.js';

type QuizRef = ActorRefFrom<typeof quizMachine>;

/**
 * One question set (practice activity or graded quiz), driven by its quiz actor:
 * choose, check, read feedback on every option, next, result, retry.
 * @property quiz - the quiz actor
 * @property heading - visible heading of the set (practice sets)
 */
export class SpQuestionSet extends LitElement {
  static override properties = { quiz: { attribute: false }, heading: { attribute: false } };
  declare quiz: QuizRef | undefined;
  declare heading: string | undefined;
  private subscription: Subscription | null = null;
  private subscribedTo: QuizRef | null = null;

  static override styles = [
    base,
    css`
      :host {
        display: block;
        margin: var(--sp-space-4) 0;
      }
      fieldset {
        border: 1px solid var(--sp-line);
        border-radius: var(--sp-radius);
        padding: var(--sp-space-3);
        margin: 0 0 var(--sp-space-3);
        background: var(--sp-surface);
      }
      legend {
        font-weight: 700;
        padding: 0 var(--sp-space-1);
        font-size: var(--sp-h3);
      }
      .count {
        color: var(--sp-ink-soft);
        font-size: var(--sp-text-small);
        margin-bottom: var(--sp-space-2);
      }
      .option {
        display: flex;
        gap: var(--sp-space-2);
        align-items: flex-start;
        padding: var(--sp-space-2);
        border: 2px solid var(--sp-line);
        border-radius: var(--sp-radius);
        margin-bottom: var(--sp-space-2);
        cursor: pointer;
        font-weight: 400;
      }
      .option input {
        /* em: the control grows with the text (team mode on a projector). */
        width: 1.2em;
        height: 1.2em;
        margin-top: 0.15em;
        flex: none;
      }
      .option:hover,
      .option:focus-within {
        border-color: var(--sp-brand);
      }
      .option:not(.good, .bad):has(input:checked) {
        border-color: var(--sp-brand);
        background: var(--sp-brand-soft);
      }
      .option.good {
        border-color: var(--sp-good);
        background: var(--sp-good-soft);
      }
      .option.bad {
        border-color: var(--sp-bad);
        background: var(--sp-bad-soft);
      }
      .feedback {
        display: block;
        margin-top: var(--sp-space-1);
        font-size: var(--sp-text-small);
      }
      .tag {
        font-weight: 700;
      }
      .verdict {
        font-weight: 700;
        font-size: var(--sp-h3);
      }
      .verdict.good {
        color: var(--sp-good);
      }
      .verdict.bad {
        color: var(--sp-bad);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--sp-space-2);
      }
    `,
  ];

  /**
   * The subscription lives exactly as long as the element is connected: the player detaches a page
   * when the learner leaves it and attaches the same element again on return (Vorige → Volgende).
   * On (re)connect it subscribes again and renders the quiz's current snapshot, so events sent
   * while it was away (or a new actor) can never leave it showing a stale state.
   */
  override connectedCallback(): void {
    super.connectedCallback();
    this.syncSubscription();
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.subscription?.unsubscribe();
    this.subscription = this.subscribedTo = null;
  }

  override willUpdate(): void {
    this.syncSubscription();
  }

  private syncSubscription(): void {
    if (!this.isConnected || !this.quiz || this.quiz === this.subscribedTo) return;
    this.subscription?.unsubscribe();
    this.subscribedTo = this.quiz;
    this.subscription = this.quiz.subscribe(() => this.requestUpdate());
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
    if (snap.value === 'finished') return this.renderResult();
    const question = set.questions[ctx.index];
    const answer = ctx.record.answers[question.id];
    const showFeedback = snap.value === 'feedback' && !!answer;
    const last = ctx.index === set.questions.length - 1;
    return html`
      ${this.heading ? html`<h3>${this.heading}</h3>` : nothing}
      <fieldset>
        <legend tabindex="-1">${question.prompt}</legend>
        <div class="count">
          ${t.question(ctx.index + 1, set.questions.length)} ${question.type === 'single' ? t.chooseOne : t.chooseMany}
        </div>
        ${question.options.map((o) => this.renderOption(question, o.id, showFeedback ? answer.selected : ctx.selection, showFeedback))}
      </fieldset>
      <div role="status" aria-live="polite" class="live">
        ${showFeedback
          ? html`<p class="verdict ${answer.correct ? 'good' : 'bad'}">${answer.correct ? t.correct : t.incorrect}</p>
              <p class="visually-hidden">${question.options
                .filter((o) => answer.selected.includes(o.id))
                .map((o) => `${t.yourChoice}: ${o.text}. ${o.feedback}`)
                .join(' ')}</p>`
          : nothing}
      </div>
      <div class="actions">
        ${showFeedback
          ? html`<button class="primary" id="next" @click=${() => {
              this.send({ type: 'NEXT' });
              this.focusAfterUpdate(last ? '#result' : 'legend');
            }}>
              ${last ? t.showResult : t.nextQuestion}
            </button>`
          : html`<button
              class="primary"
              id="check"
              aria-disabled=${ctx.selection.length === 0 ? 'true' : 'false'}
              @click=${() => {
                if (ctx.selection.length === 0) return;
                this.send({ type: 'SUBMIT' });
                this.focusAfterUpdate('#next');
              }}
            >
              ${t.check}
            </button>`}
      </div>
    `;
  }

  private renderOption(question: ChoiceQuestion, id: string, selected: string[], showFeedback: boolean) {
    const option = question.options.find((o) => o.id === id)!;
    const checked = selected.includes(id);
    const cls = showFeedback ? (option.correct ? 'good' : checked ? 'bad' : '') : '';
    const type = question.type === 'single' ? 'radio' : 'checkbox';
    return html`<label class="option ${cls}">
      <input
        type=${type}
        name="q-${question.id}"
        .checked=${checked}
        ?disabled=${showFeedback}
        @change=${() => this.send(question.type === 'single' ? { type: 'SELECT', option: id } : { type: 'TOGGLE', option: id })}
      />
      <span>
        ${option.text}
        ${showFeedback
          ? html`<span class="feedback">
              ${checked ? html`<span class="tag">${`${t.yourChoice}${option.correct ? `, ${t.rightAnswer}` : ''}: `}</span>` : option.correct ? html`<span class="tag">${`${t.rightAnswer}: `}</span>` : nothing}${option.feedback}
            </span>`
          : nothing}
      </span>
    </label>`;
  }

  private renderResult() {
    const ctx = this.quiz!.getSnapshot().context;
    const { record, set } = ctx;
    const retry = canRetry(ctx);
    if (!set.graded) {
      return html`${this.heading ? html`<h3>${this.heading}</h3>` : nothing}
        <p id="result" tabindex="-1" role="status">${t.activityDone}</p>
        ${retry
          ? html`<button @click=${() => {
              this.send({ type: 'RETRY' });
              this.focusAfterUpdate('legend');
            }}>${t.activityAgain}</button>`
          : nothing}`;
    }
    return html`<div class="card">
      <p id="result" tabindex="-1" class="verdict ${record.passed ? 'good' : 'bad'}" role="status">
        ${t.quizResult(record.score ?? 0, ctx.masteryScore)} ${record.passed ? t.quizPassed : t.quizFailed}
      </p>
      ${!record.passed
        ? retry
          ? html`<button class="primary" @click=${() => {
              this.send({ type: 'RETRY' });
              this.focusAfterUpdate('legend');
            }}>${t.quizRetry}</button>`
          : html`<p>${t.quizNoRetry}</p>`
        : nothing}
    </div>`;
  }
}
customElements.define('sp-question-set', SpQuestionSet);
