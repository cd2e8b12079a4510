import { html, nothing } from 'lit';
import type { TeamPage } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
import { pageModeView } from '../../machines/mode-view.js';
import { PageElement } from '../page-base.js';
import { renderDiscussion } from '../page-step/sp-page-step.js';
import { discussionStyles } from '../page-step/sp-page-step.styles.js';
import '../rich-text/sp-rich-text.js';
import '../text-field/sp-text-field.js';

/**
 * Team assignment. In the team meeting: discussion prompts with a timer (team-only, `data-team-only`)
 * and the team's conclusions. For one reader: the questions to bring to the team meeting and a field
 * for what the learner brings in; no timer.
 */
export class SpPageTeam extends PageElement<TeamPage> {
  static override styles = [...PageElement.styles, discussionStyles];

  override render() {
    const p = this.page;
    const view = pageModeView(p, this.ctx.learner.mode);
    return html`<sp-rich-text .blocks=${p.body}></sp-rich-text>
      ${view.prompts === 'discuss' ? renderDiscussion(this.ctx, p) : nothing}
      ${
        view.prompts === 'reflect'
          ? html`<section class="card" aria-labelledby="prompts-h">
              <h3 id="prompts-h">${t.promptsAlone}</h3>
              <ul class="prompts">
                ${p.prompts.map((q) => html`<li>${q}</li>`)}
              </ul>
            </section>`
          : nothing
      }
      <sp-text-field
        .field=${view.notes}
        .value=${this.text(p.notes.id)}
        .notice=${this.ctx.lms.textsFit ? undefined : t.textsTooLong}
      ></sp-text-field>`;
  }
}
customElements.define('sp-page-team', SpPageTeam);

declare global {
  interface HTMLElementTagNameMap {
    'sp-page-team': SpPageTeam;
  }
}
