import { describe, expect, it } from 'vitest';
import type { ActionsPage } from '../../content/types.js';
import { mountInCourse, startCourse, unmount } from '../../../tests/support/component-fixtures.js';
import './sp-page-actions.js';

describe('sp-page-actions', () => {
  it('adds, edits and removes action rows up to the maximum, and lists participants for print', async () => {
    const actor = startCourse();
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'SET_MODE', mode: 'team' });
    actor.send({ type: 'SET_PARTICIPANTS', names: ['Anna', '<b>Bram</b>'] });
    actor.send({ type: 'SET_ROLE', role: 'notulist', participant: 1 });
    const el = document.createElement('sp-page-actions');
    const page = actor.getSnapshot().context.course.pages[3] as ActionsPage;
    el.page = page;
    mountInCourse(el, actor);
    const render = () => el.updateComplete;
    await render();
    const root = el.shadowRoot!;
    const add = () => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Actie toevoegen');
    add()!.click();
    add()!.click();
    await render();
    expect(add()).toBeUndefined(); // maxRows 2
    const who = root.querySelector<HTMLInputElement>('input[data-field="who"]')!;
    expect(who.getAttribute('aria-label')).toBe('Actie 1: Wie');
    who.value = 'Anna';
    who.dispatchEvent(new Event('input'));
    root.querySelector<HTMLButtonElement>('button[aria-label="Actie 2 verwijderen"]')!.click();
    await render();
    expect(actor.getSnapshot().context.learner.actions).toEqual([{ who: 'Anna', what: '', when: '' }]);
    const printHeader = root.querySelector('.print-only')!.textContent!;
    expect(printHeader).toMatch(/Datum: 25 november 2026|Datum: 2026-11-25/);
    expect(printHeader).toContain('Anna, <b>Bram</b> (Notulist)');
    expect(root.querySelector('b')).toBeNull();
    unmount(el);
  });

  it('says at once how much of a too-long paste into a Wie field is kept (no silent cut)', async () => {
    const actor = startCourse();
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'SET_MODE', mode: 'team' });
    actor.send({ type: 'ADD_ACTION' });
    const el = document.createElement('sp-page-actions');
    el.page = actor.getSnapshot().context.course.pages[3] as ActionsPage;
    mountInCourse(el, actor);
    await el.updateComplete;
    const root = el.shadowRoot!;
    const status = root.querySelector('p.cut[role="status"]')!;
    expect(status.textContent?.trim()).toBe('');
    const who = root.querySelector<HTMLInputElement>('input[data-field="who"]')!;
    const e = new Event('paste', { bubbles: true, cancelable: true });
    Object.defineProperty(e, 'clipboardData', { value: { getData: (type: string) => (type === 'text/plain' ? 'N'.repeat(75) : '') } });
    who.dispatchEvent(e);
    await el.updateComplete;
    expect(status.textContent?.trim()).toBe(
      'Actie 1, Wie: Je plakte 75 tekens; de eerste 60 zijn bewaard. Er passen maximaal 60 tekens in dit veld.',
    );
    unmount(el);
  });
});
