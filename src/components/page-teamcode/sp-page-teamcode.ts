import { html, nothing } from 'lit';
import type { TeamCodePage } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
import { participantsLine } from '../../machines/selectors.js';
import { formatTeamCode } from '../../machines/team-code.js';
import { formatDutchDate } from '../page-actions/sp-page-actions.js';
import { PageElement } from '../page-base.js';
import '../rich-text/sp-rich-text.js';
import { teamcodeStyles } from './sp-page-teamcode.styles.js';
import { actionsTableHead, actionsTableRows } from '../page-actions/actions-table.js';

/**
 * End of the team meeting: the team code, large enough to copy from the back of the room,
 * how participants get their credit, and the actielijst with the code for printing.
 * The code itself is made by the course machine when the meeting ends.
 * @csspart code - the large team code
 * @cssproperty --sp-brand - frame of the team code
 * @cssproperty --sp-brand-strong - the team code
 */
export class SpPageTeamcode extends PageElement<TeamCodePage> {
  static override styles = [...PageElement.styles, teamcodeStyles];

  override render() {
    const team = this.ctx.learner.team;
    if (!team) return html`<sp-rich-text .blocks=${this.page.body}></sp-rich-text>`;
    const shown = formatTeamCode(team.code);
    const date = formatDutchDate(team.date);
    const names = participantsLine(this.ctx);
    const { actions } = this.ctx.learner;
    return html`<section class="codebox" aria-labelledby="code-h">
        <h3 id="code-h">${t.teamCodeLabel}</h3>
        <p class="code" part="code" aria-hidden="true" data-code=${team.code}>${shown}</p>
        <p class="visually-hidden">${t.teamCodeSpoken(Array.from(team.code).join(' '))}</p>
        <p>${t.teamCodeDate(date)}</p>
      </section>
      <div class="screen-only">
        <sp-rich-text .blocks=${this.page.body}></sp-rich-text>
        <button class="primary" @click=${() => window.print()}>${t.teamCodePrint}</button>
      </div>
      <div class="print-only">
        <h2>${t.printTitle(this.ctx.course.title)}</h2>
        <p>${t.printDate(date)}</p>
        ${names ? html`<p><strong>${t.printParticipants}:</strong> ${names}</p>` : nothing}
        <table>
          ${actionsTableHead({ visibleCaption: true })}
          <tbody>
            ${
              actions.length === 0
                ? html`<tr>
                    <td colspan="3">${t.actionsEmpty}</td>
                  </tr>`
                : nothing
            }
            ${actionsTableRows(actions)}
          </tbody>
        </table>
      </div>`;
  }
}
customElements.define('sp-page-teamcode', SpPageTeamcode);

declare global {
  interface HTMLElementTagNameMap {
    'sp-page-teamcode': SpPageTeamcode;
  }
}
