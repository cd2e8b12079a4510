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
    expect(root.querySelector('[data-vacated]')).toBeNull();

    // The voorzitter is removed from the list: a visible, polite note asks for a new one.
    root.querySelector<HTMLButtonElement>('.names li button')!.click();
    await render();
    expect(actor.getSnapshot().context.learner.roles).toEqual({});
    const note = root.querySelector<HTMLElement>('[data-vacated="voorzitter"]')!;
    expect(note.textContent).toBe('De voorzitter is uit de lijst gehaald. Wil je hieronder een nieuwe voorzitter kiezen?');
    expect(note.checkVisibility()).toBe(true);
    expect(note.closest('[role="status"]')?.getAttribute('aria-live')).toBe('polite');
    // Choosing someone takes the note away.
    const again = root.querySelector<HTMLSelectElement>('#role-voorzitter')!;
    again.value = '0';
    again.dispatchEvent(new Event('change'));
    await render();
    expect(root.querySelector('[data-vacated]')).toBeNull();
    unmount(el);
  });

  it('says at once how much of a too-long pasted name is kept (no silent cut)', async () => {
    const actor = startCourse();
    const el = document.createElement('sp-page-mode');
    el.page = actor.getSnapshot().context.course.pages[1] as ModePage;
    mountInCourse(el, actor);
    await el.updateComplete;
    const root = el.shadowRoot!;
    root.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1].dispatchEvent(new Event('change'));
    await el.updateComplete;
    const name = root.querySelector<HTMLInputElement>('.names input')!;
    const e = new Event('paste', { bubbles: true, cancelable: true });
    Object.defineProperty(e, 'clipboardData', { value: { getData: (type: string) => (type === 'text/plain' ? 'A'.repeat(90) : '') } });
    name.dispatchEvent(e);
    await el.updateComplete;
    expect(root.querySelector('p.cut[role="status"]')?.textContent?.trim()).toBe(
      'Naam deelnemer 1: Je plakte 90 tekens; de eerste 60 zijn bewaard. Er passen maximaal 60 tekens in dit veld.',
    );
    unmount(el);
  });
});
