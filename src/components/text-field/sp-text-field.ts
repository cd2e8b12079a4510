import { LitElement, html, nothing } from 'lit';
import type { TextField } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
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
  };
  declare field: TextField | undefined;
  declare value: string;
  declare label: string | undefined;
  declare hint: string | undefined;
  declare notice: string | undefined;

  constructor() {
    super();
    this.value = '';
  }

  static override styles = [
    base,
    textFieldStyles,
  ];

  private onInput(e: Event) {
    const value = (e.target as HTMLTextAreaElement).value;
    if (this.field) sendCourseEvent(this, { type: 'SET_TEXT', id: this.field.id, value });
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
    return html`<label for="input">${this.label ?? f.label}${f.required ? html`<span class="req">${` (${t.required})`}</span>` : nothing}</label>
      ${hint ? html`<div class="hint" id="hint">${hint}</div>` : nothing}
      <textarea
        id="input"
        .value=${this.value ?? ''}
        maxlength=${f.maxLength}
        aria-describedby=${hint ? 'hint count' : 'count'}
        aria-required=${f.required ? 'true' : 'false'}
        @input=${this.onInput}
        @blur=${this.onBlur}
      ></textarea>
      <div class="hint count" id="count">${t.charsLeft(left)}</div>
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
