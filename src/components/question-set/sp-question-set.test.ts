import { describe, expect, it } from 'vitest';
import { compileModule } from '../../content/compile.js';
import { attemptQuestions } from '../../machines/quiz-order.js';
import { startCourse, testModule } from '../../../tests/support/component-fixtures.js';
import { practiceCourse } from '../../../tests/support/practice-module.js';
import './sp-question-set.js';

/** The test course's graded quiz, mounted on its own. */
async function mountCourseQuiz() {
  const course = startCourse();
  const el = document.createElement('sp-question-set');
  el.quiz = course.getSnapshot().context.quizRefs.toets;
  document.body.append(el);
  await el.updateComplete;
  return { course, el };
}

describe('sp-question-set', () => {
  it('answers a question, shows feedback on every option, then the result with pass/fail', async () => {
    const { course, el } = await mountCourseQuiz();
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
    expect(feedback).toEqual(['Jouw keuze: Het zijn er vier.', 'Goed antwoord: Klopt.']);
    root.querySelector<HTMLButtonElement>('#next')!.click();
    await el.updateComplete;
    expect(root.querySelector('#result')?.textContent).toContain('Je hebt 0 van de 1 vragen goed. Nodig om te slagen: 1 van de 1 goed.');
    expect(course.getSnapshot().context.learner.quizzes.toets).toMatchObject({ done: true, score: 0, passed: false });
    expect([...root.querySelectorAll('button')].map((b) => b.textContent?.trim())).toContain('Toets opnieuw maken');
    el.remove();
  });

  /** The test course with a graded quiz of three questions (three options each) and masteryScore 70. */
  function quizCourse() {
    const base = testModule();
    const option = (id: string, correct: boolean) => ({ id, text: `Optie ${id.toUpperCase()}`, correct, feedback: `Uitleg ${id}.` });
    const question = (id: string) => ({
      id,
      type: 'single' as const,
      prompt: `Vraag ${id}?`,
      options: [option('a', true), option('b', false), option('c', false)],
    });
    return compileModule({
      ...base,
      masteryScore: 70,
      pages: base.pages.map((p) =>
        p.type === 'quiz'
          ? { id: p.id, type: 'quiz' as const, title: p.title, minutes: 1, questions: ['q1', 'q2', 'q3'].map(question) }
          : p,
      ),
    });
  }

  async function mount(seed: number) {
    const course = startCourse(quizCourse(), seed);
    const el = document.createElement('sp-question-set');
    el.quiz = course.getSnapshot().context.quizRefs.toets;
    document.body.append(el);
    await el.updateComplete;
    return { course, el, root: el.shadowRoot! };
  }
  const text = (n: Element | null | undefined) => n?.textContent?.replace(/\s+/g, ' ').trim();

  it('shows the options in the seeded order and records the authored id; the pass rule as it is scored', async () => {
    const page = quizCourse().pages[2];
    if (page.type !== 'quiz') throw new Error('page 3 is the quiz');
    // A seed that does not show option a first, so the test sees a changed order.
    const seed = [1, 2, 3, 4, 5, 6, 7, 8].find((n) => attemptQuestions(page.quiz, n, 1)[0].options[0].id !== 'a')!;
    const { course, el, root } = await mount(seed);
    const shown = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((i) => i.dataset.option);
    expect(shown).not.toEqual(['a', 'b', 'c']);
    expect([...shown].sort()).toEqual(['a', 'b', 'c']);
    expect(text(root.querySelector('.rule'))).toBe('Nodig om te slagen: 3 van de 3 goed.');
    const b = root.querySelector<HTMLInputElement>('input[data-option="b"]')!;
    b.dispatchEvent(new Event('change'));
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('#check')!.click();
    await el.updateComplete;
    expect(course.getSnapshot().context.learner.quizzes.toets.answers.q1.selected).toEqual(['b']);
    el.remove();
  });

  it('in the graded quiz shows feedback on the own choice and the right answer, and every option after the quiz', async () => {
    const { el, root } = await mount(1);
    const answer = async (option: string) => {
      root.querySelector<HTMLInputElement>(`input[data-option="${option}"]`)!.dispatchEvent(new Event('change'));
      await el.updateComplete;
      root.querySelector<HTMLButtonElement>('#check')!.click();
      await el.updateComplete;
    };
    await answer('b');
    const feedback = [...root.querySelectorAll('.option .feedback')].map(text).sort();
    expect(feedback).toEqual(['Goed antwoord: Uitleg a.', 'Jouw keuze: Uitleg b.']);
    expect(text(root.querySelector('[role="status"] .visually-hidden'))).toBe(
      'Jouw keuze: Optie B. Uitleg b. Goed antwoord: Optie A. Uitleg a.',
    );
    expect(root.querySelector('.review')).toBeNull();
    for (const next of ['a', 'a']) {
      root.querySelector<HTMLButtonElement>('#next')!.click();
      await el.updateComplete;
      await answer(next);
    }
    root.querySelector<HTMLButtonElement>('#next')!.click();
    await el.updateComplete;
    expect(text(root.querySelector('#result'))).toContain('Je hebt 2 van de 3 vragen goed. Nodig om te slagen: 3 van de 3 goed.');
    const review = root.querySelector('details.review')!;
    expect(text(review.querySelector('summary'))).toBe('Uitleg bij alle vragen en antwoorden');
    const sections = [...review.querySelectorAll('.review-question')];
    expect(sections.map((s) => text(s.querySelector('h4')))).toEqual(['Vraag q1?', 'Vraag q2?', 'Vraag q3?']);
    const first = [...sections[0].querySelectorAll('li')].map(text).sort();
    expect(first).toEqual(['Optie A Goed antwoord: Uitleg a.', 'Optie B Jouw keuze: Uitleg b.', 'Optie C Uitleg c.']);
    el.remove();
  });

  it('keeps working after being detached and attached again (Vorige → Volgende)', async () => {
    const { el } = await mountCourseQuiz();
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

  it('a practice set in one step: choose + Controleer antwoord shows the feedback and "Oefening afgerond" at once', async () => {
    const practice = {
      questions: [
        {
          id: 'p1',
          type: 'single' as const,
          prompt: 'Oefenvraag?',
          options: [
            { id: 'a', text: 'Ja', correct: true, feedback: 'Zo is het.' },
            { id: 'b', text: 'Nee', correct: false, feedback: 'Toch niet.' },
          ],
        },
      ],
    };
    const course = startCourse(practiceCourse(practice));
    const refs = course.getSnapshot().context.quizRefs;
    const setId = Object.keys(refs).find((id) => id !== 'toets')!;
    const el = document.createElement('sp-question-set');
    el.quiz = refs[setId];
    document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    root.querySelector<HTMLInputElement>('input[data-option="b"]')!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('#check')!.click();
    await el.updateComplete;
    expect(text(root.querySelector('[role="status"] .verdict'))).toBe('Niet helemaal.');
    expect(text(root.querySelector('#result'))).toBe('Oefening afgerond.');
    expect([...root.querySelectorAll('.option .feedback')].map(text).sort()).toEqual([
      'Goed antwoord: Zo is het.',
      'Jouw keuze: Toch niet.',
    ]);
    // No separate result step: neither "Volgende vraag" nor "Bekijk resultaat"; the set is done for the page.
    expect(root.querySelector('#next')).toBeNull();
    expect(root.querySelector('#check')).toBeNull();
    expect(course.getSnapshot().context.learner.quizzes[setId]).toMatchObject({
      done: true,
      answers: { p1: { selected: ['b'], correct: false } },
    });
    expect([...root.querySelectorAll('button')].map(text)).toEqual(['Oefening opnieuw doen']);
    el.remove();
  });
});
