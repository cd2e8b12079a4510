import { html } from 'lit';
import type { TeamPage } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
import { PageElement } from '../page-base.js';
import { renderDiscussion } from '../page-step/sp-page-step.js';
import { discussionStyles } from '../page-step/sp-page-step.styles.js';
import '../rich-text/sp-rich-text.js';
import '../text-field/sp-text-field.js';

/** Team assignment: discussion prompts with a time box, and a field for the team's conclusions. */
export class SpPageTeam extends PageElement<TeamPage> {
  static override styles = [...PageElement.styles, discussionStyles];

  override render() {
    const p = this.page;
    return html`<sp-rich-text .blocks=${p.body}></sp-rich-text>
      ${renderDiscussion(this.ctx, p)}
      <sp-text-field
        .field=${p.notes}
        .value=${this.text(p.notes.id)}
        .hint=${this.team ? p.notes.teamHint ?? p.notes.hint : p.notes.hint}
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
