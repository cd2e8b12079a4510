import { describe, expect, it } from 'vitest';
import { startCourse } from '../testing/fixtures.js';
import './sp-question-set.js';
import type { SpQuestionSet } from './sp-question-set.js';

describe('sp-question-set', () => {
  it('answers a question, shows feedback on every option, then the result with pass/fail', async () => {
    const course = startCourse();
    const quiz = course.getSnapshot().context.quizRefs.toets;
    const el = document.createElement('sp-question-set') as SpQuestionSet;
    el.quiz = quiz;
    document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('legend')?.textContent).toBe('Hoeveel stappen?');
    const check = () => root.querySelector<HTMLButtonElement>('#check')!;
    expect(check().getAttribute('aria-disabled')).toBe('true');
    const radios = root.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    radios[0].dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(check().getAttribute('aria-disabled')).toBe('false');
    check().click();
    await el.updateComplete;
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Niet helemaal.');
    const feedback = [...root.querySelectorAll('.feedback')].map((f) => f.textContent?.replace(/\s+/g, ' ').trim());
    expect(feedback).toEqual(['jouw keuze: Het zijn er vier.', 'goed antwoord: Klopt.']);
    root.querySelector<HTMLButtonElement>('#next')!.click();
    await el.updateComplete;
    expect(root.querySelector('#result')?.textContent).toContain('Je score: 0%. Nodig om te slagen: 50%.');
    expect(course.getSnapshot().context.learner.quizzes.toets).toMatchObject({ done: true, score: 0, passed: false });
    expect([...root.querySelectorAll('button')].map((b) => b.textContent?.trim())).toContain('Toets opnieuw maken');
    el.remove();
  });

  it('keeps working after being detached and attached again (Vorige → Volgende)', async () => {
    const course = startCourse();
    const quiz = course.getSnapshot().context.quizRefs.toets;
    const el = document.createElement('sp-question-set') as SpQuestionSet;
    el.quiz = quiz;
    document.body.append(el);
    await el.updateComplete;
    el.remove(); // the player detaches the page when the learner goes back …
    document.body.append(el); // … and attaches the same element again on the way forward
    await el.updateComplete;
    const root = el.shadowRoot!;
    root.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1].dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(root.querySelector('#check')?.getAttribute('aria-disabled')).toBe('false');
    root.querySelector<HTMLButtonElement>('#check')!.click();
    await el.updateComplete;
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Goed!');
    el.remove();
  });
});
