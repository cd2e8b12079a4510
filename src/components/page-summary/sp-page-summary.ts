import { html } from 'lit';
import type { SummaryPage } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
import { PageElement } from '../page-base.js';
import '../rich-text/sp-rich-text.js';

/** Summary with tips. */
export class SpPageSummary extends PageElement<SummaryPage> {
  override render() {
    const p = this.page;
    return html`<sp-rich-text .blocks=${p.body}></sp-rich-text>
      <div class="card">
        <h3>${t.tips}</h3>
        <ul>
          ${p.tips.map((tip) => html`<li>${tip}</li>`)}
        </ul>
      </div>`;
  }
}
customElements.define('sp-page-summary', SpPageSummary);

declare global {
  interface HTMLElementTagNameMap {
    'sp-page-summary': SpPageSummary;
  }
}
