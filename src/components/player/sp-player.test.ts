import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { courseMachine } from '../../machines/course-machine.js';
import { startCourse } from '../../../tests/support/component-fixtures.js';
import '../launch.js';
import '../later.js';
import type { SpPlayer } from './sp-player.js';

const settle = async (el: SpPlayer) => {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  // The table of contents' entries render once the first page has painted.
  await vi.waitFor(() => expect(el.tocReady).toBe(true));
  await el.updateComplete;
};

describe('sp-player', () => {
  it('shows title, progress, table of contents and the page; gates and moves with the course machine', async () => {
    const actor = startCourse();
    const el = document.createElement('sp-player');
    el.actor = actor;
    document.body.append(el);
    await el.updateComplete;
    // Launch work first: the first render has the page and the contents' toggle, its entries follow the first paint.
    expect(el.shadowRoot!.querySelector('#page-heading')?.textContent).toBe('Start');
    expect(el.shadowRoot!.querySelector('nav.toc .toc-toggle')).not.toBeNull();
    expect(el.shadowRoot!.querySelectorAll('nav.toc li')).toHaveLength(0);
    await settle(el);
    const root = el.shadowRoot!;
    expect(root.querySelector('h1')?.textContent).toBe('Testmodule');
    expect(root.querySelector('#page-heading')?.textContent).toBe('Start');
    expect(root.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('20');
    const toc = [...root.querySelectorAll('nav.toc li button')];
    expect(toc.map((b) => b.getAttribute('aria-current'))).toEqual(['page', 'false', 'false', 'false', 'false']);
    expect(toc[2].getAttribute('aria-disabled')).toBe('true');
    // The cover sits above the first page: the module's stated minutes, and Start leads to the page heading.
    const cover = root.querySelector('sp-cover')!;
    expect(cover.shadowRoot!.querySelector('.time')?.textContent?.trim()).toBe('Ongeveer 5 minuten');
    cover.shadowRoot!.querySelector<HTMLButtonElement>('button.start')!.click();
    expect(root.activeElement?.id).toBe('page-heading');

    root.querySelector<HTMLButtonElement>('#next')!.click();
    await settle(el);
    expect(root.querySelector('#page-heading')?.textContent).toBe('Alleen of samen');
    expect(root.querySelector('sp-cover')).toBeNull();
    expect(root.querySelector('#next')?.getAttribute('aria-disabled')).toBe('true');
    expect(root.querySelector('#blocked')?.textContent).toContain('Maak eerst deze pagina af');
    root.querySelector<HTMLButtonElement>('#next')!.click();
    expect(actor.getSnapshot().context.learner.page).toBe(1);

    actor.send({ type: 'SET_MODE', mode: 'team' });
    await settle(el);
    expect(el.hasAttribute('team')).toBe(true);
    el.remove();
  });

  it('shows a calm notice when the LMS cannot save', async () => {
    const actor = startCourse();
    const el = document.createElement('sp-player');
    el.actor = actor;
    document.body.append(el);
    actor.send({ type: 'LMS_STATUS', status: { connection: 'local' } });
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).toContain('alleen op dit apparaat bewaard');
    el.remove();
  });

  it('offers "Verder waar je gebleven was" and "Opnieuw beginnen" on relaunch with saved progress', async () => {
    const first = startCourse();
    first.send({ type: 'NEXT' });
    const saved = first.getSnapshot().context.learner;
    const actor = createActor(courseMachine, { input: { course: first.getSnapshot().context.course, saved } });
    actor.start();
    const el = document.createElement('sp-player');
    el.actor = actor;
    document.body.append(el);
    await settle(el);
    const buttons = [...el.shadowRoot!.querySelectorAll('main button')].map((b) => b.textContent?.trim());
    expect(buttons).toEqual(['Verder waar je gebleven was', 'Opnieuw beginnen']);
    el.shadowRoot!.querySelector<HTMLButtonElement>('main button')!.click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('#page-heading')?.textContent).toBe('Alleen of samen');
    el.remove();
  });

  it('shows the review banner from state (set by the tracker) and keeps browsing possible', async () => {
    const actor = startCourse();
    const el = document.createElement('sp-player');
    el.actor = actor;
    document.body.append(el);
    await settle(el);
    expect(el.shadowRoot!.querySelector('#viewing')).toBeNull();
    actor.send({ type: 'LMS_STATUS', status: { viewing: 'review' } });
    await settle(el);
    expect(el.shadowRoot!.querySelector('#viewing')?.textContent).toBe(
      'Je bekijkt een afgeronde poging. Wil je de module opnieuw maken? Start dan een nieuwe poging in de leeromgeving.',
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('#next')!.click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('#page-heading')?.textContent).toBe('Alleen of samen');
    expect(el.shadowRoot!.querySelector('#viewing')).not.toBeNull();
    el.remove();
  });

  it('ends on the closing page with Afronden (no Volgende); Afronden sends FINISH and shows that the window can be closed', async () => {
    const actor = startCourse();
    const el = document.createElement('sp-player') as SpPlayer;
    el.actor = actor;
    document.body.append(el);
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'SET_MODE', mode: 'alone' });
    actor.send({ type: 'NEXT' });
    const quiz = actor.getSnapshot().context.quizRefs.toets;
    quiz.send({ type: 'SELECT', option: 'b' });
    quiz.send({ type: 'SUBMIT' });
    quiz.send({ type: 'NEXT' });
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'NEXT' });
    await settle(el);
    const root = el.shadowRoot!;
    expect(root.querySelector('#page-heading')?.textContent).toBe('Afronding');
    expect(root.querySelector('#next')).toBeNull();
    const finish = root.querySelector<HTMLButtonElement>('#finish')!;
    expect(finish.textContent?.trim()).toBe('Afronden');
    expect(finish.getAttribute('aria-disabled')).toBe('false');
    finish.click();
    await settle(el);
    expect(actor.getSnapshot().value).toBe('finished');
    expect(root.querySelector('#finished-heading')?.textContent).toBe('Je bent klaar.');
    expect(root.textContent).toContain('Je kunt dit venster sluiten.');
    expect(root.querySelector('#finish')).toBeNull();
    expect(root.querySelector('.pager')).toBeNull();
    expect(root.querySelector('sp-page-closing')).not.toBeNull(); // the report stays, to print
    el.remove();
  });
});
