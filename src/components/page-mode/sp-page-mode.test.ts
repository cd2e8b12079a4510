import { describe, expect, it } from 'vitest';
import type { ModePage } from '../../content/types.js';
import { mountInCourse, startCourse, unmount } from '../../../tests/support/component-fixtures.js';
import './sp-page-mode.js';

describe('sp-page-mode', () => {
  it('chooses team mode, names participants and assigns roles through course events', async () => {
    const actor = startCourse();
    const el = document.createElement('sp-page-mode');
    const page = actor.getSnapshot().context.course.pages[1] as ModePage;
    el.page = page;
    mountInCourse(el, actor);
    const render = () => el.updateComplete;
    await render();
    const root = el.shadowRoot!;
    const radios = root.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    radios[1].dispatchEvent(new Event('change'));
    await render();
    expect(actor.getSnapshot().context.learner.mode).toBe('team');
    const names = root.querySelectorAll<HTMLInputElement>('.names input');
    expect(names).toHaveLength(3);
    expect(names[0].getAttribute('aria-label')).toBe('Naam deelnemer 1');
    names[0].value = 'Anna "de Vries" 🙂';
    names[0].dispatchEvent(new Event('input'));
    await render();
    const select = root.querySelector<HTMLSelectElement>('#role-voorzitter')!;
    select.value = '0';
    select.dispatchEvent(new Event('change'));
    await render();
    expect(actor.getSnapshot().context.learner.participants[0]).toBe('Anna "de Vries" 🙂');
    expect(actor.getSnapshot().context.learner.roles).toEqual({ voorzitter: 0 });
    unmount(el);
  });
});
