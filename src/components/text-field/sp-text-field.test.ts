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

describe('sp-text-field: long pastes and a full field', () => {
  async function mount(maxLength: number, value = '') {
    const el = document.createElement('sp-text-field');
    el.field = { id: 'notes-2', label: 'Notities', maxLength, required: false };
    el.value = value;
    document.body.append(el);
    await el.updateComplete;
    const area = el.shadowRoot!.querySelector('textarea')!;
    const live = () => el.shadowRoot!.querySelector('#cut')!;
    return { el, area, live };
  }
  function paste(area: HTMLTextAreaElement, text: string) {
    const e = new Event('paste', { bubbles: true, cancelable: true }) as ClipboardEvent;
    Object.defineProperty(e, 'clipboardData', { value: { getData: (type: string) => (type === 'text/plain' ? text : '') } });
    area.dispatchEvent(e);
  }

  it('says at once, in a live region, how much of a long paste is kept (Dutch thousands)', async () => {
    const { el, area, live } = await mount(2000);
    expect(live().getAttribute('aria-live')).toBe('polite');
    expect(live().getAttribute('role')).toBe('status');
    expect(area.getAttribute('aria-describedby')).toContain('cut');
    expect(live().textContent).toBe('');
    paste(area, 'x'.repeat(5200));
    await el.updateComplete;
    expect(live().textContent).toBe('Je plakte 5.200 tekens; de eerste 2.000 zijn bewaard. Er passen maximaal 2.000 tekens in dit veld.');
    el.remove();
  });

  it('counts the text already there and the selection that the paste replaces', async () => {
    const { el, area, live } = await mount(100, 'a'.repeat(60));
    area.setSelectionRange(50, 60); // 10 characters selected are replaced: room for 50
    paste(area, 'y'.repeat(80));
    await el.updateComplete;
    expect(live().textContent).toContain('Je plakte 80 tekens; de eerste 50 zijn bewaard.');
    el.remove();
  });

  it('a paste that fits says nothing; a paste into a full field says nothing was added', async () => {
    const { el, area, live } = await mount(10, 'abc');
    area.setSelectionRange(3, 3);
    paste(area, 'defg');
    await el.updateComplete;
    expect(live().textContent).toBe('');
    el.value = 'abcdefghij';
    await el.updateComplete;
    area.setSelectionRange(10, 10);
    paste(area, 'klm');
    await el.updateComplete;
    expect(live().textContent).toBe('Je plakte 3 tekens, maar het veld is vol (maximaal 10 tekens). Er is niets toegevoegd.');
    el.remove();
  });

  it('typing into a full field says it is full; the notice goes once there is room again', async () => {
    const { el, area, live } = await mount(5, 'abcde');
    area.setSelectionRange(5, 5);
    area.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: 'f', bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(live().textContent).toBe('Het veld is vol: er passen maximaal 5 tekens in.');
    area.value = 'abcd';
    area.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(live().textContent).toBe('');
    el.remove();
  });
});
