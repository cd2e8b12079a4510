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
});
