import { css, html, nothing } from 'lit';
import type { ActionsPage } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
import { MAX_ACTION_FIELD, pageInMode, participantsWithRoles, type ActionRow } from '../../machines/learner-state.js';
import { formatTeamCode } from '../../machines/team-code.js';
import { pageModeView } from '../../machines/mode-view.js';
import { PageElement } from '../page-base.js';
import { discussionStyles, renderMeetingTimer } from '../page-step/sp-page-step.js';
import { sendCourseEvent } from '../send.js';
import '../rich-text/sp-rich-text.js';
import { autoGrow } from '../text-field/auto-grow.js';

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
 * @fires sp-send - ADD_ACTION, UPDATE_ACTION, REMOVE_ACTION
 * @csspart report - the printable report
 */
export class SpPageActions extends PageElement<ActionsPage> {
  static override styles = [
    ...PageElement.styles,
    discussionStyles,
    css`
      table {
        width: 100%;
        border-collapse: collapse;
        margin-bottom: var(--sp-space-3);
      }
      th,
      td {
        text-align: left;
        vertical-align: top;
        padding: var(--sp-space-1);
        border-bottom: 1px solid var(--sp-line);
      }
      td input,
      td textarea {
        width: 100%;
      }
      /* Wat grows with its text (fallback: auto-grow.ts). */
      td textarea {
        font: inherit;
        min-height: 2.5rem;
        resize: vertical;
        field-sizing: content;
      }
      .print-only {
        display: none;
      }
      .cell {
        white-space: pre-wrap;
        /* Break a word only when it alone is wider than its column: names stay whole ("Fatima", not "Fatim a"). */
        overflow-wrap: break-word;
        word-break: normal;
        hyphens: manual;
      }
      .notes h4 {
        margin: var(--sp-space-3) 0 var(--sp-space-1);
      }
      .notes p {
        white-space: pre-wrap;
        overflow-wrap: break-word;
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: var(--sp-space-2);
        margin-bottom: var(--sp-space-3);
      }
      @media (max-width: 40rem) {
        table,
        tbody,
        tr,
        td {
          display: block;
          width: 100%;
        }
        thead {
          display: none;
        }
        tr {
          border: 1px solid var(--sp-line);
          border-radius: var(--sp-radius);
          padding: var(--sp-space-2);
          margin-bottom: var(--sp-space-2);
        }
        td {
          border: 0;
        }
        td[data-label]::before {
          content: attr(data-label);
          display: block;
          font-weight: 700;
        }
      }
      @media print {
        .print-only {
          display: block;
        }
        .spine,
        .screen-only {
          display: none !important;
        }
        :focus,
        :focus-visible {
          outline: none !important;
        }
        table {
          page-break-inside: auto;
          /* Columns sized to their content: Wie and Wanneer as wide as their longest word needs, Wat takes the rest. */
          table-layout: auto;
        }
        th,
        td {
          overflow-wrap: break-word;
        }
        tr {
          page-break-inside: avoid;
        }
      }
    `,
  ];

  override updated(): void {
    for (const area of this.renderRoot.querySelectorAll('textarea')) autoGrow(area);
  }

  private update_(index: number, field: keyof ActionRow, value: string) {
    sendCourseEvent(this, { type: 'UPDATE_ACTION', index, field, value });
  }

  private add() {
    sendCourseEvent(this, { type: 'ADD_ACTION' });
    this.rendered().then(() => {
      const rows = this.renderRoot.querySelectorAll<HTMLInputElement>('tbody tr input[data-field="who"]');
      rows[rows.length - 1]?.focus();
    });
  }

  private participantsLine(): string {
    return participantsWithRoles(this.ctx.course, this.ctx.learner).join(', ');
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
    return html`${meeting}<div part="report">
      <div class="print-only">
        <h2>${t.printTitle(this.ctx.course.title)}</h2>
        <p>${t.printDate(formatDutchDate(date))}</p>
        ${code ? html`<p><strong>${t.teamCodeLabel}:</strong> ${formatTeamCode(code.code)}</p>` : nothing}
        ${view.participants && this.participantsLine() ? html`<p data-team-only><strong>${t.printParticipants}:</strong> ${this.participantsLine()}</p>` : nothing}
      </div>
      <div class="screen-only"><sp-rich-text .blocks=${p.body}></sp-rich-text></div>
      <table>
        <caption class="visually-hidden">${t.actionsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">${t.actionWho}</th>
            <th scope="col">${t.actionWhat}</th>
            <th scope="col">${t.actionWhen}</th>
            <th scope="col" class="screen-only"><span class="visually-hidden">${t.actionRemove(0).replace(' 0', '')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${actions.length === 0 ? html`<tr><td colspan="4">${t.actionsEmpty}</td></tr>` : nothing}
          ${actions.map(
            (row, i) => html`<tr>
              ${(['who', 'what', 'when'] as const).map(
                (field) => html`<td data-label=${field === 'who' ? t.actionWho : field === 'what' ? t.actionWhat : t.actionWhen}>
                  ${field === 'what'
                    ? html`<textarea
                        class="screen-only"
                        rows="1"
                        data-field=${field}
                        aria-label=${`${t.actionRow(i + 1)}: ${t.actionWhat}`}
                        maxlength=${MAX_ACTION_FIELD[field]}
                        .value=${row[field]}
                        @input=${(e: Event) => {
                          autoGrow(e.target as HTMLTextAreaElement);
                          this.update_(i, field, (e.target as HTMLTextAreaElement).value);
                        }}
                        @blur=${() => sendCourseEvent(this, { type: 'LEAVE_FIELD' })}
                      ></textarea>`
                    : html`<input
                        type="text"
                        class="screen-only"
                        data-field=${field}
                        aria-label=${`${t.actionRow(i + 1)}: ${field === 'who' ? t.actionWho : t.actionWhen}`}
                        maxlength=${MAX_ACTION_FIELD[field]}
                        .value=${row[field]}
                        @input=${(e: Event) => this.update_(i, field, (e.target as HTMLInputElement).value)}
                        @blur=${() => sendCourseEvent(this, { type: 'LEAVE_FIELD' })}
                      />`}
                  <span class="print-only cell">${row[field]}</span>
                </td>`,
              )}
              <td class="screen-only">
                <button @click=${() => sendCourseEvent(this, { type: 'REMOVE_ACTION', index: i })} aria-label=${t.actionRemove(i + 1)}>✕</button>
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
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
