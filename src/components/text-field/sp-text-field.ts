import { LitElement, html, nothing } from 'lit';
import type { TextField } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
import { autoGrow } from './auto-grow.js';
import { cutNotice } from './cut-notice.js';
import { sendCourseEvent } from '../send.js';
import { base } from '../styles/shared-styles.js';
import { textFieldStyles } from './sp-text-field.styles.js';

/**
 * A labelled multi-line text field bound to a learner text. Typed text is stored as plain text.
 * @property field - field definition (id, label, hint, maxLength, required)
 * @property value - current text
 * @property label - overrides the field's label (e.g. in team mode)
 * @property hint - overrides the field's hint (e.g. in team mode)
 * @property notice - a warning shown under the field (e.g. texts no longer fit in the LMS)
 * The field grows with its text. A paste (or typing) beyond `maxLength` is announced at once, in a live
 * region, with how much was kept ("Je plakte 5.200 tekens; de eerste 2.000 zijn bewaard.").
 * @fires sp-send - `SET_TEXT` on every input, `LEAVE_FIELD` on blur
 * @cssproperty --sp-line - field border
 * @cssproperty --sp-warn-soft - notice background
 * @cssproperty --sp-warn-ink - notice text
 */
export class SpTextField extends LitElement {
  static override properties = {
    field: { attribute: false },
    value: { attribute: false },
    label: { attribute: false },
    hint: { attribute: false },
    notice: { attribute: false },
    cutNotice: { state: true },
  };
  declare field: TextField | undefined;
  declare value: string;
  declare label: string | undefined;
  declare hint: string | undefined;
  declare notice: string | undefined;
  /** What the last paste or keystroke beyond the limit kept (announced at once); '' when nothing was cut. */
  declare cutNotice: string;

  constructor() {
    super();
    this.value = '';
    this.cutNotice = '';
  }

  static override styles = [base, textFieldStyles];

  private onInput(e: Event) {
    const area = e.target as HTMLTextAreaElement;
    const value = area.value;
    autoGrow(area);
    if (this.cutNotice && this.field && value.length < this.field.maxLength) this.cutNotice = '';
    if (this.field) sendCourseEvent(this, { type: 'SET_TEXT', id: this.field.id, value });
  }

  /** A paste or keystroke beyond the limit: say at once how much is kept, before the browser cuts it. */
  private onCut(e: Event) {
    if (!this.field) return;
    const notice = cutNotice(e, this.field.maxLength);
    if (notice) this.cutNotice = notice;
  }

  override updated(): void {
    const area = this.renderRoot.querySelector('textarea');
    if (area) autoGrow(area);
  }

  private onBlur() {
    sendCourseEvent(this, { type: 'LEAVE_FIELD' });
  }

  override render() {
    const f = this.field;
    if (!f) return nothing;
    const hint = this.hint ?? f.hint;
    // Counted like the browser's maxlength (UTF-16 code units: an emoji counts as two).
    const left = Math.max(0, f.maxLength - (this.value ?? '').length);
    return html`<label for="input"
        >${this.label ?? f.label}${f.required ? html`<span class="req">${` (${t.required})`}</span>` : nothing}</label
      >
      ${hint ? html`<div class="hint" id="hint">${hint}</div>` : nothing}
      <textarea
        id="input"
        .value=${this.value ?? ''}
        maxlength=${f.maxLength}
        aria-describedby=${hint ? 'hint count cut' : 'count cut'}
        aria-required=${f.required ? 'true' : 'false'}
        @input=${this.onInput}
        @paste=${this.onCut}
        @beforeinput=${this.onCut}
        @blur=${this.onBlur}
      ></textarea>
      <div class="hint count" id="count">${t.charsLeft(left)}</div>
      <p class="cut" id="cut" role="status" aria-live="polite">${this.cutNotice}</p>
      <p class="print-value" aria-hidden="true">${this.value || '—'}</p>
      ${this.notice ? html`<p class="notice">${this.notice}</p>` : nothing}`;
  }
}
customElements.define('sp-text-field', SpTextField);

declare global {
  interface HTMLElementTagNameMap {
    'sp-text-field': SpTextField;
  }
}
