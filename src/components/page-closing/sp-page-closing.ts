import { css, html, nothing } from 'lit';
import type { ClosingPage } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
import { closingReport, type ClosingReport } from '../../machines/closing-report.js';
import { formatTeamCode } from '../../machines/team-code.js';
import { PageElement } from '../page-base.js';
import { formatDutchDate } from '../page-actions/sp-page-actions.js';
import '../rich-text/sp-rich-text.js';
import { actionsTableHead, actionsTableRows } from '../page-actions/actions-table.js';

/**
 * The closing page, last in every module: result with the pass rule in words, the goals reached, the
 * learner's own answers and choices, what to do next, and *Mijn verslag* (printed as a clean A4 report;
 * the player's print styles hide its navigation). *Afronden* is the player's pager button.
 * @csspart report - the printable report
 */
export class SpPageClosing extends PageElement<ClosingPage> {
  static override styles = [
    ...PageElement.styles,
    css`
      .print-only {
        display: none;
      }
      section {
        margin: 0 0 var(--sp-space-4);
      }
      .result {
        border-left: 4px solid var(--sp-brand);
        background: var(--sp-brand-soft);
        border-radius: var(--sp-radius);
        padding: var(--sp-space-3);
      }
      .result.failed {
        border-left-color: var(--sp-bad);
        background: var(--sp-bad-soft);
      }
      .result p {
        margin: 0 0 var(--sp-space-1);
      }
      .result .outcome {
        font-weight: 700;
      }
      ul.goals {
        padding-left: 1.25rem;
      }
      .read-back {
        display: block;
        color: var(--sp-ink-soft);
        font-size: 0.9em;
      }
      dl {
        margin: 0;
      }
      dt {
        font-weight: 700;
        margin-top: var(--sp-space-3);
      }
      dt .page {
        display: block;
        font-weight: 400;
        color: var(--sp-ink-soft);
        font-size: 0.9em;
      }
      dd {
        margin: var(--sp-space-1) 0 0;
        padding-left: var(--sp-space-2);
        border-left: 3px solid var(--sp-line);
        white-space: pre-wrap;
        overflow-wrap: break-word;
      }
      dd.empty {
        color: var(--sp-ink-soft);
      }
      table {
        width: 100%;
        border-collapse: collapse;
        table-layout: auto;
      }
      th,
      td {
        text-align: left;
        vertical-align: top;
        padding: var(--sp-space-1) var(--sp-space-2);
        border-bottom: 1px solid var(--sp-line);
        /* Words break only where a single word is wider than the column: never "Fatim a". */
        overflow-wrap: break-word;
        word-break: normal;
        hyphens: manual;
        white-space: pre-wrap;
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--sp-space-2);
      }
      @media print {
        .print-only {
          display: block;
        }
        .screen-only {
          display: none !important;
        }
        .result {
          background: none;
        }
        tr,
        dd,
        li {
          break-inside: avoid;
          page-break-inside: avoid;
        }
        /* The page title, the question and the start of the answer stay together: no label alone at a page end. */
        .answer {
          break-inside: avoid;
          page-break-inside: avoid;
        }
        dt,
        h2,
        h3,
        h4,
        .page {
          break-after: avoid;
          page-break-after: avoid;
        }
        dt {
          break-inside: avoid;
          page-break-inside: avoid;
        }
      }
    `,
  ];

  private renderResult(report: ClosingReport) {
    const r = report.result;
    return html`<section class="result ${r && !r.passed ? 'failed' : ''}" aria-labelledby="result-heading">
      <h3 id="result-heading">${t.closingResultTitle}</h3>
      ${
        r
          ? html`<p>${t.closingResult(r.right, r.total, r.needed)}</p>
              <p class="outcome">${r.passed ? t.closingPassed : t.closingFailed}</p>`
          : html`<p>${t.closingNoQuiz}</p>`
      }
    </section>`;
  }

  private renderGoals(report: ClosingReport) {
    return html`<section aria-labelledby="goals-heading">
      <h3 id="goals-heading">${t.closingGoals}</h3>
      ${
        report.reached.length
          ? html`<ul class="goals">
              ${report.reached.map((o) => html`<li>${o.title}</li>`)}
            </ul>`
          : html`<p>${t.closingGoalsNone}</p>`
      }
      ${
        report.open.length
          ? html`<h4 id="goals-open">${t.closingGoalsOpen}</h4>
              <ul class="goals open" aria-labelledby="goals-open">
                ${report.open.map(
                  (o) =>
                    html`<li>
                      ${o.title} ${o.readBack.length ? html`<span class="read-back">${t.closingReadBack(o.readBack)}</span>` : nothing}
                      ${o.inQuiz ? html`<span class="read-back">${t.closingReadBackQuiz}</span>` : nothing}
                    </li>`,
                )}
              </ul>`
          : nothing
      }
    </section>`;
  }

  private renderOwn(report: ClosingReport) {
    const { course } = this.ctx;
    return html`<section aria-labelledby="own-heading">
      <h3 id="own-heading">${report.mode === 'team' ? t.closingOwnTeam : t.closingOwn}</h3>
      ${course.teamMode ? html`<p>${t.closingMode(report.mode)}</p>` : nothing}
      ${
        report.team
          ? html`<p>
              <strong>${t.teamCodeLabel}:</strong> ${formatTeamCode(report.team.code)} ·
              ${t.teamCodeDate(formatDutchDate(report.team.date))}
            </p>`
          : nothing
      }
      ${report.participants.length ? html`<p><strong>${t.printParticipants}:</strong> ${report.participants.join(', ')}</p>` : nothing}
      ${
        report.answers.length
          ? html`<dl>
              ${report.answers.map(
                (a) =>
                  html`<div class="answer">
                    <dt><span class="page">${a.pageTitle}</span>${a.label}</dt>
                    <dd class=${a.text ? '' : 'empty'}>${a.text || t.closingNotFilled}</dd>
                  </div>`,
              )}
            </dl>`
          : nothing
      }
      ${
        report.actions.length
          ? html`<h4>${t.actionsCaption}</h4>
              <table>
                ${actionsTableHead()}
                <tbody>
                  ${actionsTableRows(report.actions)}
                </tbody>
              </table>`
          : nothing
      }
    </section>`;
  }

  override render() {
    const p = this.page;
    const { course, learner, today } = this.ctx;
    const report = closingReport(course, learner);
    return html`<div part="report">
      <div class="print-only">
        <h2>${t.reportTitle}: ${course.title}</h2>
        <p>${t.printDate(formatDutchDate(today))}</p>
      </div>
      ${p.body ? html`<div class="screen-only"><sp-rich-text .blocks=${p.body}></sp-rich-text></div>` : nothing}
      ${this.renderResult(report)} ${this.renderGoals(report)} ${this.renderOwn(report)}
      <section aria-labelledby="next-heading">
        <h3 id="next-heading">${t.closingNext}</h3>
        <ul>
          ${p.next.map((step) => html`<li>${step}</li>`)}
        </ul>
      </section>
      <section class="screen-only" aria-labelledby="report-heading">
        <h3 id="report-heading">${t.reportTitle}</h3>
        <p class="hint">${t.reportHint}</p>
        <div class="toolbar">
          <button id="print" @click=${() => window.print()}>${t.reportPrint}</button>
        </div>
      </section>
    </div>`;
  }
}
customElements.define('sp-page-closing', SpPageClosing);

declare global {
  interface HTMLElementTagNameMap {
    'sp-page-closing': SpPageClosing;
  }
}
