import { t } from '../../i18n/nl.js';

type Field = HTMLInputElement | HTMLTextAreaElement;

/** Room left for an insertion at the current selection (UTF-16 code units, like the browser's maxlength). */
function room(field: Field, max: number): number {
  const selected = Math.max(0, (field.selectionEnd ?? 0) - (field.selectionStart ?? 0));
  return Math.max(0, max - (field.value.length - selected));
}

/**
 * For a `paste` or `beforeinput` event on a field with a `maxlength`: what to say at once when the text
 * does not fit (how much is kept, before the browser cuts it), or `null` when it fits. Used by every
 * free-text input, so nothing is cut silently.
 */
export function cutNotice(e: Event, max: number): string | null {
  const field = e.target as Field | null;
  if (!field || typeof field.value !== 'string') return null;
  if (e.type === 'paste') {
    const pasted = (e as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
    const left = room(field, max);
    return pasted && pasted.length > left ? t.pasteCut(pasted.length, left, max) : null;
  }
  const input = e as InputEvent;
  if (!input.inputType?.startsWith('insert') || input.inputType === 'insertFromPaste') return null;
  const text = input.data ?? input.dataTransfer?.getData('text/plain') ?? (input.inputType === 'insertLineBreak' ? '\n' : '');
  if (!text) return null;
  const left = room(field, max);
  if (text.length <= left) return null;
  return text.length > 1 ? t.pasteCut(text.length, left, max) : t.fieldFull(max);
}
