import { html } from 'lit';
import type { ReflectionPage } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
import { PageElement } from '../page-base.js';
import '../rich-text/sp-rich-text.js';
import '../text-field/sp-text-field.js';

/** Individual assignment: a prompt and one or more reflection fields. */
export class SpPageReflection extends PageElement<ReflectionPage> {
  override render() {
    const p = this.page;
    return html`<sp-rich-text .blocks=${p.body}></sp-rich-text> ${p.fields.map(
        (f) =>
          html`<sp-text-field
            .field=${f}
            .value=${this.text(f.id)}
            .notice=${this.ctx.lms.textsFit ? undefined : t.textsTooLong}
          ></sp-text-field>`,
      )}`;
  }
}
customElements.define('sp-page-reflection', SpPageReflection);

declare global {
  interface HTMLElementTagNameMap {
    'sp-page-reflection': SpPageReflection;
  }
}
