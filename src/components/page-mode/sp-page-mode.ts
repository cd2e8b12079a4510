import { css, html, nothing } from 'lit';
import type { ModePage } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
import { MAX_NAME_LENGTH, MAX_PARTICIPANTS, type Mode } from '../../machines/learner-state.js';
import { PageElement } from '../page-base.js';
import { sendCourseEvent } from '../send.js';
import '../rich-text/sp-rich-text.js';

/**
 * Choose "Alleen" or "Met het team"; in team mode enter participants (optional) and assign roles.
 * @fires sp-send - SET_MODE, SET_PARTICIPANTS, SET_ROLE, ROTATE_ROLES
 */
export class SpPageMode extends PageElement<ModePage> {
  static override styles = [
    ...PageElement.styles,
    css`
      fieldset {
        border: 1px solid var(--sp-line);
        border-radius: var(--sp-radius);
        padding: var(--sp-space-3);
        margin: 0 0 var(--sp-space-4);
      }
      legend {
        font-weight: 700;
        font-size: var(--sp-h3);
        padding: 0 var(--sp-space-1);
      }
      .choice {
        display: flex;
        gap: var(--sp-space-2);
        align-items: flex-start;
        padding: var(--sp-space-2);
        border: 2px solid var(--sp-line);
        border-radius: var(--sp-radius);
        margin-bottom: var(--sp-space-2);
        cursor: pointer;
      }
      .choice input {
        width: 1.25rem;
        height: 1.25rem;
        margin-top: 0.2rem;
      }
      .choice span {
        font-weight: 400;
        display: block;
      }
      .names li,
      .roles li {
        display: flex;
        flex-wrap: wrap;
        gap: var(--sp-space-2);
        align-items: center;
        margin-bottom: var(--sp-space-2);
      }
      .names,
      .roles {
        list-style: none;
        padding: 0;
        margin: 0 0 var(--sp-space-3);
      }
      .names input {
        flex: 1 1 12rem;
      }
      .roles label {
        min-width: 8rem;
      }
      .roles .desc {
        flex-basis: 100%;
      }
    `,
  ];

  private setMode(mode: Mode) {
    sendCourseEvent(this, { type: 'SET_MODE', mode });
    if (mode === 'team' && this.ctx.learner.participants.length === 0) {
      sendCourseEvent(this, { type: 'SET_PARTICIPANTS', names: ['', '', ''] });
    }
  }

  private setName(index: number, value: string) {
    const names = [...this.ctx.learner.participants];
    names[index] = value;
    sendCourseEvent(this, { type: 'SET_PARTICIPANTS', names });
  }

  private add() {
    sendCourseEvent(this, { type: 'SET_PARTICIPANTS', names: [...this.ctx.learner.participants, ''] });
    this.rendered().then(() => {
      const inputs = this.renderRoot.querySelectorAll<HTMLInputElement>('.names input');
      inputs[inputs.length - 1]?.focus();
    });
  }

  private removeParticipant(index: number) {
    sendCourseEvent(this, { type: 'SET_PARTICIPANTS', names: this.ctx.learner.participants.filter((_, i) => i !== index) });
  }

  override render() {
    const p = this.page;
    const { mode, participants, roles } = this.ctx.learner;
    return html`<sp-rich-text .blocks=${p.body}></sp-rich-text>
      <fieldset>
        <legend>${t.modeLegend}</legend>
        ${(['alone', 'team'] as const).map(
          (m) => html`<label class="choice">
            <input type="radio" name="mode" .checked=${mode === m} @change=${() => this.setMode(m)} />
            <span>${m === 'alone' ? t.modeAlone : t.modeTeam}<span class="hint">${m === 'alone' ? t.modeAloneHint : t.modeTeamHint}</span></span>
          </label>`,
        )}
      </fieldset>
      ${mode === 'team'
        ? html`<fieldset>
              <legend>${t.participants}</legend>
              <p class="hint">${t.participantsHint}</p>
              <ul class="names">
                ${participants.map(
                  (name, i) => html`<li>
                    <input
                      type="text"
                      aria-label=${t.participantName(i + 1)}
                      autocomplete="off"
                      maxlength=${MAX_NAME_LENGTH}
                      .value=${name}
                      @input=${(e: Event) => this.setName(i, (e.target as HTMLInputElement).value)}
                      @blur=${() => sendCourseEvent(this, { type: 'LEAVE_FIELD' })}
                    />
                    <button @click=${() => this.removeParticipant(i)} aria-label=${t.removeParticipant(name)}>✕</button>
                  </li>`,
                )}
              </ul>
              ${participants.length < MAX_PARTICIPANTS ? html`<button @click=${this.add}>${t.addParticipant}</button>` : nothing}
            </fieldset>
            <fieldset>
              <legend>${t.roles}</legend>
              <ul class="roles">
                ${p.roles.map(
                  (role) => html`<li>
                    <label for="role-${role.id}">${role.name}</label>
                    <select
                      id="role-${role.id}"
                      aria-describedby="role-desc-${role.id}"
                      @change=${(e: Event) => {
                        const v = (e.target as HTMLSelectElement).value;
                        sendCourseEvent(this, { type: 'SET_ROLE', role: role.id, participant: v === '' ? null : Number(v) });
                      }}
                    >
                      <option value="" ?selected=${roles[role.id] === undefined}>${t.roleNobody}</option>
                      ${participants.map(
                        (name, i) => html`<option value=${i} ?selected=${roles[role.id] === i}>${name || t.participantName(i + 1)}</option>`,
                      )}
                    </select>
                    <span class="hint desc" id="role-desc-${role.id}">${role.description}</span>
                  </li>`,
                )}
              </ul>
              <button @click=${() => sendCourseEvent(this, { type: 'ROTATE_ROLES' })} ?disabled=${participants.length === 0}>
                ${t.rotateRoles}
              </button>
            </fieldset>`
        : nothing}`;
  }
}
customElements.define('sp-page-mode', SpPageMode);
