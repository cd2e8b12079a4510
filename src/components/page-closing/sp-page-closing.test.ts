import { describe, expect, it } from 'vitest';
import type { ClosingPage } from '../../content/types.js';
import { mountInCourse, startCourse } from '../../../tests/support/component-fixtures.js';
import './sp-page-closing.js';

/** Plays the test course (alone) to its closing page, answering the quiz right or wrong. */
function toClosing(right: boolean) {
  const actor = startCourse();
  actor.send({ type: 'NEXT' });
  actor.send({ type: 'SET_MODE', mode: 'alone' });
  actor.send({ type: 'NEXT' });
  const quiz = actor.getSnapshot().context.quizRefs.toets;
  quiz.send({ type: 'SELECT', option: right ? 'b' : 'a' });
  quiz.send({ type: 'SUBMIT' });
  quiz.send({ type: 'NEXT' });
  actor.send({ type: 'NEXT' }); // actielijst
  actor.send({ type: 'NEXT' }); // afronding
  return actor;
}

async function mount(actor: ReturnType<typeof startCourse>) {
  const ctx = actor.getSnapshot().context;
  const el = document.createElement('sp-page-closing');
  el.page = ctx.course.pages.find((p) => p.type === 'closing') as ClosingPage;
  mountInCourse(el, actor);
  await el.updateComplete;
  return el;
}

describe('sp-page-closing', () => {
  it('shows the result with the pass rule in words, the goals, the next steps and the print button', async () => {
    const actor = toClosing(true);
    const ctx = actor.getSnapshot().context;
    expect(ctx.course.pages[ctx.learner.page].type).toBe('closing');
    const el = await mount(actor);
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('Je had 1 van de 1 vragen goed; nodig was 50 %.');
    expect(text).toContain('Je bent geslaagd');
    expect(text).toContain('Deze leerdoelen heb je behaald');
    expect(text).toContain('Wat doe je nu?');
    expect(text).toContain('Oefen met een collega.');
    expect(text).toContain('Je deed de module alleen.');
    const print = el.shadowRoot!.querySelector<HTMLButtonElement>('#print')!;
    expect(print.textContent).toContain('Mijn verslag afdrukken of opslaan als pdf');
    expect(el.shadowRoot!.querySelector('[part="report"] .print-only h2')?.textContent).toContain('Mijn verslag');
    el.remove();
  });

  it('a failed quiz says so, with what was needed', async () => {
    const actor = toClosing(false);
    const el = await mount(actor);
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('Je had 0 van de 1 vragen goed; nodig was 50 %.');
    expect(text).toContain('Je bent nog niet geslaagd: je hebt 1 van de 1 goed nodig.');
    expect(el.shadowRoot!.querySelector('.result.failed')).not.toBeNull();
    el.remove();
  });

  it('learner text and action rows are shown as text, never as markup', async () => {
    const actor = startCourse();
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'SET_MODE', mode: 'team' });
    actor.send({ type: 'ADD_ACTION' });
    actor.send({ type: 'UPDATE_ACTION', index: 0, field: 'who', value: '<img src=x onerror=alert(1)>Fatima' });
    const el = await mount(actor);
    const cells = [...el.shadowRoot!.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells[0]).toBe('<img src=x onerror=alert(1)>Fatima');
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    el.remove();
  });
});
