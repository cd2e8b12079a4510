import { html, nothing } from 'lit';
import type { ActionsPage } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
import { MAX_ACTION_FIELD, pageInMode, type ActionRow } from '../../machines/learner-state.js';
import { participantsLine } from '../../machines/selectors.js';
import { formatTeamCode } from '../../machines/team-code.js';
import { pageModeView } from '../../machines/mode-view.js';
import { PageElement } from '../page-base.js';
import { renderMeetingTimer } from '../page-step/sp-page-step.js';
import { discussionStyles } from '../page-step/sp-page-step.styles.js';
import '../rich-text/sp-rich-text.js';
import { actionsStyles } from './sp-page-actions.styles.js';
import { autoGrow } from '../text-field/auto-grow.js';
import { cutNotice } from '../text-field/cut-notice.js';
import { actionsTableHead } from './actions-table.js';

/** `2025-03-07` → `7 maart 2025` (falls back to the ISO date). */
export function formatDutchDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  try {
    return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])).toLocaleDateString('nl-NL', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  } catch {
    return iso;
  }
}

/**
 * The team's actielijst (wie / wat / wanneer, editable rows) with a summary of the notes per step,
 * printable as a clean, dated A4 report with the participants listed.
 * Sends (course context): ADD_ACTION, UPDATE_ACTION, REMOVE_ACTION, LEAVE_FIELD
 * @csspart report - the printable report
 * @cssproperty --sp-line - table rules
 */
export class SpPageActions extends PageElement<ActionsPage> {
  static override styles = [...PageElement.styles, discussionStyles, actionsStyles];
  static override properties = { ...PageElement.properties, cutNotice: { state: true } };
  /** What the last too-long paste or keystroke kept, said at once ('' when nothing was cut). */
  declare cutNotice: string;

  constructor() {
    super();
    this.cutNotice = '';
  }

  private onCut(e: Event, field: keyof ActionRow, row: number) {
    const notice = cutNotice(e, MAX_ACTION_FIELD[field]);
    if (notice)
      this.cutNotice = `${t.actionRow(row + 1)}, ${field === 'who' ? t.actionWho : field === 'what' ? t.actionWhat : t.actionWhen}: ${notice}`;
  }

  override updated(): void {
    for (const area of this.renderRoot.querySelectorAll('textarea')) autoGrow(area);
  }

  private update_(index: number, field: keyof ActionRow, value: string) {
    this.send({ type: 'UPDATE_ACTION', index, field, value });
  }

  private add() {
    this.send({ type: 'ADD_ACTION' });
    this.updateComplete.then(() => {
      const rows = this.renderRoot.querySelectorAll<HTMLInputElement>('tbody tr input[data-field="who"]');
      rows[rows.length - 1]?.focus();
    });
  }

  override render() {
    const p = this.page;
    const { actions, sessionDate } = this.ctx.learner;
    const view = pageModeView(p, this.ctx.learner.mode);
    const date = sessionDate ?? this.ctx.today;
    // Notes of the pages before this one on the learner's path (the meeting's steps; a solo learner's answers).
    const here = this.ctx.course.pages.indexOf(p);
    const steps = this.ctx.course.pages.filter(
      (x, i) => i < here && pageInMode(x, this.ctx.learner.mode) && (x.type === 'step' || x.type === 'team' || x.type === 'reflection'),
    );
    const meeting = view.timer && p.timebox ? renderMeetingTimer(this.ctx, p.id, p.timebox, p.title) : nothing;
    const code = this.ctx.learner.team;
    return html`${meeting}
      <div part="report">
        <div class="print-only">
          <h2>${t.printTitle(this.ctx.course.title)}</h2>
          <p>${t.printDate(formatDutchDate(date))}</p>
          ${code ? html`<p><strong>${t.teamCodeLabel}:</strong> ${formatTeamCode(code.code)}</p>` : nothing}
          ${view.participants && participantsLine(this.ctx) ? html`<p data-team-only><strong>${t.printParticipants}:</strong> ${participantsLine(this.ctx)}</p>` : nothing}
        </div>
        <div class="screen-only"><sp-rich-text .blocks=${p.body}></sp-rich-text></div>
        <table>
          ${actionsTableHead({ removeColumn: true })}
          <tbody>
            ${
              actions.length === 0
                ? html`<tr>
                    <td colspan="4">${t.actionsEmpty}</td>
                  </tr>`
                : nothing
            }
            ${actions.map(
              (row, i) =>
                html`<tr>
                  ${(['who', 'what', 'when'] as const).map(
                    (field) =>
                      html`<td data-label=${field === 'who' ? t.actionWho : field === 'what' ? t.actionWhat : t.actionWhen}>
                        ${
                          field === 'what'
                            ? html`<textarea
                                class="screen-only"
                                rows="1"
                                data-field=${field}
                                aria-label=${`${t.actionRow(i + 1)}: ${t.actionWhat}`}
                                maxlength=${MAX_ACTION_FIELD[field]}
                                .value=${row[field]}
                                @paste=${(e: Event) => this.onCut(e, field, i)}
                                @beforeinput=${(e: Event) => this.onCut(e, field, i)}
                                @input=${(e: Event) => {
                                  autoGrow(e.target as HTMLTextAreaElement);
                                  this.update_(i, field, (e.target as HTMLTextAreaElement).value);
                                }}
                                @blur=${() => this.send({ type: 'LEAVE_FIELD' })}
                              ></textarea>`
                            : html`<input
                                type="text"
                                class="screen-only"
                                data-field=${field}
                                aria-label=${`${t.actionRow(i + 1)}: ${field === 'who' ? t.actionWho : t.actionWhen}`}
                                maxlength=${MAX_ACTION_FIELD[field]}
                                .value=${row[field]}
                                @paste=${(e: Event) => this.onCut(e, field, i)}
                                @beforeinput=${(e: Event) => this.onCut(e, field, i)}
                                @input=${(e: Event) => this.update_(i, field, (e.target as HTMLInputElement).value)}
                                @blur=${() => this.send({ type: 'LEAVE_FIELD' })}
                              />`
                        }
                        <span class="print-only cell">${row[field]}</span>
                      </td>`,
                  )}
                  <td class="screen-only">
                    <button @click=${() => this.send({ type: 'REMOVE_ACTION', index: i })} aria-label=${t.actionRemove(i + 1)}>✕</button>
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
        <p class="cut screen-only" role="status" aria-live="polite">${this.cutNotice}</p>
        <div class="toolbar screen-only">
          ${actions.length < p.maxRows ? html`<button @click=${this.add}>${t.actionAdd}</button>` : html`<p class="hint">${t.actionsMax(p.maxRows)}</p>`}
          <button class="primary" @click=${() => window.print()}>${t.print}</button>
        </div>
        <section class="notes">
          <h3>${view.meeting ? t.notesSummary : t.reflectionsSummary}</h3>
          ${steps.map((s) => {
            const fields = s.type === 'reflection' ? s.fields : s.type === 'step' || s.type === 'team' ? [s.notes] : [];
            return html`<h4>${s.title}</h4>
              ${fields.map((f) => html`<p>${this.text(f.id) || t.noNotes}</p>`)}`;
          })}
        </section>
      </div>`;
  }
}
customElements.define('sp-page-actions', SpPageActions);

declare global {
  interface HTMLElementTagNameMap {
    'sp-page-actions': SpPageActions;
  }
}
