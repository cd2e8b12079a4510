import { html, nothing } from 'lit';
import type { ModePage } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
import { MAX_NAME_LENGTH, MAX_PARTICIPANTS, meetingAgenda, type Mode } from '../../machines/learner-state.js';
import { pageModeView } from '../../machines/mode-view.js';
import { vacatedRoles } from '../../machines/selectors.js';
import { formatTeamCode, type TeamCodeError } from '../../machines/team-code.js';
import { formatDutchDate } from '../page-actions/sp-page-actions.js';
import { PageElement } from '../page-base.js';
import { fieldsetStyles, optionStyles } from '../styles/shared-styles.js';
import '../rich-text/sp-rich-text.js';
import { modeStyles } from './sp-page-mode.styles.js';
import { cutNotice } from '../text-field/cut-notice.js';

/** The Dutch message for a refused team code. */
function codeErrorMessage(error: TeamCodeError, moduleTitle: string): string {
  switch (error.kind) {
    case 'empty':
      return t.codeErrorEmpty;
    case 'length':
      return t.codeErrorLength(error.length);
    case 'character':
      return t.codeErrorChar(error.char);
    case 'check':
      return t.codeErrorCheck;
    case 'module':
      return t.codeErrorModule(moduleTitle);
    default:
      return t.codeErrorFuture;
  }
}

/**
 * Choose "Alleen", "Met het team" or "Ik deed mee aan een teamsessie". Team: enter participants
 * (optional) and assign roles. Joined: type the team code and (optionally) pick your role.
 * Sends intents only; the course machine owns the rules (role remapping, code validation).
 * Sends (course context): SET_MODE, ADD_PARTICIPANT, RENAME_PARTICIPANT, REMOVE_PARTICIPANT, ASSIGN_ROLE, ROTATE_ROLES, ENTER_TEAM_CODE, SET_OWN_ROLE
 */
export class SpPageMode extends PageElement<ModePage> {
  static override styles = [...PageElement.styles, fieldsetStyles, optionStyles, modeStyles];
  static override properties = { ...PageElement.properties, cutNotice: { state: true } };
  /** What the last too-long paste or keystroke into a name kept, said at once ('' when nothing was cut). */
  declare cutNotice: string;

  constructor() {
    super();
    this.cutNotice = '';
  }

  private onCut(e: Event, index: number) {
    const notice = cutNotice(e, MAX_NAME_LENGTH);
    if (notice) this.cutNotice = `${t.participantName(index + 1)}: ${notice}`;
  }

  private setMode(mode: Mode) {
    this.send({ type: 'SET_MODE', mode });
  }

  private setName(index: number, value: string) {
    this.send({ type: 'RENAME_PARTICIPANT', index, name: value });
  }

  private add() {
    this.send({ type: 'ADD_PARTICIPANT' });
    this.updateComplete.then(() => {
      const inputs = this.renderRoot.querySelectorAll<HTMLInputElement>('.names input');
      inputs[inputs.length - 1]?.focus();
    });
  }

  private removeParticipant(index: number) {
    this.send({ type: 'REMOVE_PARTICIPANT', index });
  }

  private submitCode(e: Event) {
    e.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#team-code');
    this.send({ type: 'ENTER_TEAM_CODE', code: input?.value ?? '' });
    this.updateComplete.then(() => {
      if (this.ctx.codeEntry.error) input?.focus();
    });
  }

  /** The meeting plan: agenda items with their minutes, adding up to the meeting's length. */
  private renderPlan() {
    const { course } = this.ctx;
    const agenda = meetingAgenda(course);
    const total = agenda.reduce((sum, item) => sum + item.minutes, 0);
    return html`<section class="card" aria-labelledby="plan-h" data-team-only>
      <h3 id="plan-h">${t.meetingPlan}</h3>
      <ol>
        ${agenda.map((item) => html`<li>${course.pages.find((p) => p.id === item.pageId)?.title}: ${t.minutes(item.minutes)}</li>`)}
      </ol>
      <p><strong>${t.meetingPlanTotal(total)}</strong></p>
    </section>`;
  }

  private renderJoined() {
    const p = this.page;
    const { team, ownRole } = this.ctx.learner;
    const { codeEntry } = this.ctx;
    const error = codeEntry.error ? codeErrorMessage(codeEntry.error, this.ctx.course.title) : '';
    return html`<fieldset>
      <legend>${t.codeLegend}</legend>
      <form class="code-row" @submit=${this.submitCode} novalidate>
        <label for="team-code">${t.codeInput}</label>
        <input
          id="team-code"
          type="text"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          maxlength="20"
          aria-describedby="code-hint code-message"
          aria-invalid=${error ? 'true' : 'false'}
          .value=${codeEntry.value}
        />
        <button type="submit" class="primary">${t.codeSubmit}</button>
      </form>
      <p class="hint" id="code-hint">${t.codeHint}</p>
      <div id="code-message" role="alert">${error ? html`<p class="code-error">${error}</p>` : nothing}</div>
      <div role="status">
        ${team && !error ? html`<p class="code-ok">${t.codeOk(formatDutchDate(team.date), formatTeamCode(team.code))}</p>` : nothing}
      </div>
      <p class="code-row">
        <label for="own-role">${t.ownRole}</label>
        <select
          id="own-role"
          @change=${(e: Event) => {
            const v = (e.target as HTMLSelectElement).value;
            this.send({ type: 'SET_OWN_ROLE', role: v || null });
          }}
        >
          <option value="" ?selected=${!ownRole}>${t.ownRoleNone}</option>
          ${p.roles.map((r) => html`<option value=${r.id} ?selected=${ownRole === r.id}>${r.name}</option>`)}
        </select>
      </p>
    </fieldset>`;
  }

  override render() {
    const p = this.page;
    const { mode, participants, roles } = this.ctx.learner;
    // The meeting plan, participants and roles: team only (mode-view).
    const team = pageModeView(p, mode).participants;
    const vacated = vacatedRoles(this.ctx);
    return html`<sp-rich-text .blocks=${p.body}></sp-rich-text>
      <fieldset>
        <legend>${t.modeLegend}</legend>
        ${(['alone', 'team', 'joined'] as const).map(
          (m) =>
            html`<label class="option">
              <input type="radio" name="mode" .checked=${mode === m} @change=${() => this.setMode(m)} />
              <span
                >${m === 'alone' ? t.modeAlone : m === 'team' ? t.modeTeam : t.modeJoined}<span class="hint"
                  >${m === 'alone' ? t.modeAloneHint : m === 'team' ? t.modeTeamHint : t.modeJoinedHint}</span
                ></span
              >
            </label>`,
        )}
      </fieldset>
      ${mode === 'joined' ? this.renderJoined() : nothing} ${team ? this.renderPlan() : nothing}
      ${
        team
          ? html`<fieldset data-team-only>
                <legend>${t.participants}</legend>
                <p class="hint">${t.participantsHint}</p>
                <ul class="names">
                  ${participants.map(
                    (name, i) =>
                      html`<li>
                        <input
                          type="text"
                          aria-label=${t.participantName(i + 1)}
                          autocomplete="off"
                          maxlength=${MAX_NAME_LENGTH}
                          .value=${name}
                          @paste=${(e: Event) => this.onCut(e, i)}
                          @beforeinput=${(e: Event) => this.onCut(e, i)}
                          @input=${(e: Event) => this.setName(i, (e.target as HTMLInputElement).value)}
                          @blur=${() => this.send({ type: 'LEAVE_FIELD' })}
                        />
                        <button @click=${() => this.removeParticipant(i)} aria-label=${t.removeParticipant(name)}>✕</button>
                      </li>`,
                  )}
                </ul>
                <p class="cut" role="status" aria-live="polite">${this.cutNotice}</p>
                ${participants.length < MAX_PARTICIPANTS ? html`<button @click=${this.add}>${t.addParticipant}</button>` : nothing}
              </fieldset>
              <fieldset data-team-only>
                <legend>${t.roles}</legend>
                <div role="status" aria-live="polite">
                  ${vacated.map((r) => html`<p class="notice" data-vacated=${r.id}>${t.roleVacated(r.name)}</p>`)}
                </div>
                <ul class="roles">
                  ${p.roles.map(
                    (role) =>
                      html`<li>
                        <label for="role-${role.id}">${role.name}</label>
                        <select
                          id="role-${role.id}"
                          aria-describedby="role-desc-${role.id}"
                          @change=${(e: Event) => {
                            const v = (e.target as HTMLSelectElement).value;
                            this.send({ type: 'ASSIGN_ROLE', role: role.id, participant: v === '' ? null : Number(v) });
                          }}
                        >
                          <option value="" ?selected=${roles[role.id] === undefined}>${t.roleNobody}</option>
                          ${participants.map(
                            (name, i) =>
                              html`<option value=${i} ?selected=${roles[role.id] === i}>${name || t.participantName(i + 1)}</option>`,
                          )}
                        </select>
                        <span class="hint desc" id="role-desc-${role.id}">${role.description}</span>
                      </li>`,
                  )}
                </ul>
                <button @click=${() => this.send({ type: 'ROTATE_ROLES' })} ?disabled=${participants.length === 0}>${t.rotateRoles}</button>
              </fieldset>`
          : nothing
      }`;
  }
}
customElements.define('sp-page-mode', SpPageMode);

declare global {
  interface HTMLElementTagNameMap {
    'sp-page-mode': SpPageMode;
  }
}
