import { describe, expect, it } from 'vitest';
import type { CourseEvent } from '../../machines/course-machine.js';
import { SEND_EVENT } from '../send.js';
import './sp-text-field.js';

describe('sp-text-field', () => {
  it('labels the field, counts characters left and sends SET_TEXT on input, LEAVE_FIELD on blur', async () => {
    const el = document.createElement('sp-text-field');
    el.field = { id: 'notes-1', label: 'Jullie hulpvraag', maxLength: 100, required: true };
    el.value = 'Hallo';
    const sent: CourseEvent[] = [];
    document.body.addEventListener(SEND_EVENT, (e) => sent.push((e as CustomEvent<CourseEvent>).detail));
    document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    const textarea = root.querySelector('textarea')!;
    expect(root.querySelector('label')?.getAttribute('for')).toBe(textarea.id);
    expect(root.querySelector('label')?.textContent).toContain('Jullie hulpvraag');
    expect(textarea.getAttribute('aria-required')).toBe('true');
    expect(root.querySelector('#count')?.textContent).toBe('Nog 95 tekens');
    textarea.value = '<script>x</script>';
    textarea.dispatchEvent(new Event('input'));
    expect(sent).toEqual([{ type: 'SET_TEXT', id: 'notes-1', value: '<script>x</script>' }]);
    textarea.dispatchEvent(new FocusEvent('blur'));
    expect(sent.at(-1)).toEqual({ type: 'LEAVE_FIELD' }); // leaving the field: the tracker saves soon
    el.remove();
  });
});
