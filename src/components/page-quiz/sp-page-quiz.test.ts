import { describe, expect, it } from 'vitest';
import { pageTypesCourse } from '../../../tests/support/courses.js';
import { mountPage, richTextOf, shadowOf, textOf } from '../../../tests/support/mount.js';
import '../question-set/sp-question-set.js'; // the player loads it after first paint (later.ts)
import type { SpQuestionSet } from '../question-set/sp-question-set.js';
import { startCourse } from '../../../tests/support/component-fixtures.js';
import './sp-page-quiz.js';
import type { SpPageQuiz } from './sp-page-quiz.js';

describe('sp-page-quiz', () => {
  it('shows the intro and the graded question set of the page (no practice heading)', async () => {
    const actor = startCourse(pageTypesCourse());
    const { root } = await mountPage<SpPageQuiz>('sp-page-quiz', actor, 'toets');
    expect(await richTextOf(root)).toBe('Twee vragen. Je hebt de helft goed nodig.');
    const set = root.querySelector<SpQuestionSet>('sp-question-set')!;
    expect(set.quiz).toBe(actor.getSnapshot().context.quizRefs['toets']);
    expect(set.heading).toBeUndefined();
    expect(textOf(await shadowOf(set))).toMatch(/Hoeveel stappen heeft het model\?|Welke rollen zijn er\?/);
  });
});
