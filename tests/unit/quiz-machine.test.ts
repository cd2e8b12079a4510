import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { compileModule } from '../../src/content/compile.js';
import { practiceCourse } from '../support/practice-module.js';
import type { Course, QuestionSet } from '../../src/content/types.js';
import { courseMachine } from '../../src/machines/course-machine.js';
import type { LearnerState, QuizRecord } from '../../src/machines/learner-state.js';
import { quizMachine, quizTally, visibleFeedback } from '../../src/machines/quiz-machine.js';
import { attemptQuestions, deriveSeed, requiredCorrect, shuffled } from '../../src/machines/quiz-order.js';
import { newInteractions, objectiveFacts } from '../../src/tracking/cmi-facts.js';
import { decodeSuspendData, encodeSuspendData } from '../../src/tracking/suspend-data.js';

/** A module with a graded pool quiz: 9 questions written, 6 asked, 70 % to pass; q1…q9, option a correct. */
function poolCourse(draw = 6): Course {
  const question = (n: number) => ({
    id: `q${n}`,
    type: 'single' as const,
    prompt: `Vraag ${n}?`,
    objective: n <= 3 ? 'doel-a' : 'doel-b',
    options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `Optie ${id}`, correct: id === 'a', feedback: `Uitleg ${id}.` })),
  });
  return compileModule({
    id: 'pool',
    version: 1,
    title: 'Pool',
    description: 'Toets met een pool.',
    language: 'nl',
    masteryScore: 70,
    objectives: [
      { id: 'doel-a', title: 'A' },
      { id: 'doel-b', title: 'B' },
    ],
    pages: [
      { id: 'start', type: 'info', title: 'Start', minutes: 1, body: 'Welkom.' },
      {
        id: 'toets',
        type: 'quiz',
        title: 'Toets',
        minutes: 3,
        pool: { draw },
        questions: Array.from({ length: 9 }, (_, i) => question(i + 1)),
      },
    ],
  });
}
const quizOf = (course: Course): QuestionSet => {
  const page = course.pages.find((p) => p.type === 'quiz');
  if (page?.type !== 'quiz') throw new Error('no quiz');
  return page.quiz;
};
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('quiz order (seeded shuffle and pool draw)', () => {
  const set = quizOf(poolCourse());

  it('derives the same draw and option order from the same seed and attempt', () => {
    expect(attemptQuestions(set, 42, 1)).toEqual(attemptQuestions(set, 42, 1));
    expect(deriveSeed(1, 'toets', 1)).toBe(deriveSeed(1, 'toets', 1));
    expect(deriveSeed(1, 'toets', 1)).not.toBe(deriveSeed(1, 'toets', 2));
  });

  it('draws `draw` distinct questions, kept in authored order, each with all its options', () => {
    const asked = attemptQuestions(set, 42, 1);
    expect(asked).toHaveLength(6);
    const order = ids(asked).map((id) => Number(id.slice(1)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const q of asked) expect(ids(q.options).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('varies the draw and the order between attempts and learners', () => {
    const draws = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((attempt) => ids(attemptQuestions(set, 42, attempt)).join()));
    expect(draws.size).toBeGreaterThan(1);
    const orders = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => ids(attemptQuestions(set, seed, 1)[0].options).join()));
    expect(orders.size).toBeGreaterThan(1);
    // Over many learners every position holds the correct option sometimes.
    const firstPositions = new Set(
      Array.from({ length: 200 }, (_, seed) =>
        attemptQuestions({ ...set, pool: undefined }, seed, 1)[0].options.findIndex((o) => o.correct),
      ),
    );
    expect([...firstPositions].sort()).toEqual([0, 1, 2, 3]);
  });

  it('shuffles into a permutation', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect([...shuffled(items, 7)].sort((a, b) => a - b)).toEqual(items);
    expect(shuffled(items, 7)).not.toEqual(items);
  });

  it('states the pass rule the way it is scored', () => {
    expect(requiredCorrect(6, 70)).toBe(5);
    expect(requiredCorrect(8, 70)).toBe(6);
    expect(requiredCorrect(10, 70)).toBe(7);
    expect(requiredCorrect(3, 67)).toBe(2);
    expect(requiredCorrect(1, 50)).toBe(1);
    expect(requiredCorrect(4, 0)).toBe(0);
  });
});

describe('quiz machine with pool, shuffle and feedback rules', () => {
  const course = poolCourse();
  const set = quizOf(course);

  function start(seed: number, record?: QuizRecord) {
    const actor = createActor(quizMachine, { input: { set, masteryScore: 70, maxAttempts: 0, seed, record } });
    actor.start();
    return actor;
  }

  it('asks the drawn questions, scores over them and passes at 5 of 6', () => {
    const quiz = start(9);
    const asked = quiz.getSnapshot().context.questions;
    expect(asked).toHaveLength(6);
    expect(quizTally(quiz.getSnapshot().context)).toEqual({ total: 6, needed: 5, right: 0 });
    asked.forEach((q, i) => {
      quiz.send({ type: 'SELECT', option: i === 0 ? 'b' : 'a' });
      quiz.send({ type: 'SUBMIT' });
      quiz.send({ type: 'NEXT' });
    });
    const { record } = quiz.getSnapshot().context;
    expect(quiz.getSnapshot().value).toBe('finished');
    expect(Object.keys(record.answers).sort()).toEqual(ids(asked).sort());
    expect(record).toMatchObject({ done: true, score: 83, passed: true });
    expect(quizTally(quiz.getSnapshot().context)).toEqual({ total: 6, needed: 5, right: 5 });
  });

  it('ignores a choice that names no option of the question on screen (stale view, other question)', () => {
    const quiz = start(9);
    expect(quiz.getSnapshot().can({ type: 'SELECT', option: 'zz' })).toBe(false);
    quiz.send({ type: 'SELECT', option: 'zz' });
    quiz.send({ type: 'TOGGLE', option: 'zz' });
    expect(quiz.getSnapshot().context.selection).toEqual([]);
    quiz.send({ type: 'SELECT', option: 'c' });
    expect(quiz.getSnapshot().context.selection).toEqual(['c']);
  });

  it('fails at 4 of 6', () => {
    const quiz = start(9);
    quiz.getSnapshot().context.questions.forEach((_, i) => {
      quiz.send({ type: 'SELECT', option: i < 2 ? 'c' : 'a' });
      quiz.send({ type: 'SUBMIT' });
      quiz.send({ type: 'NEXT' });
    });
    expect(quiz.getSnapshot().context.record).toMatchObject({ done: true, score: 67, passed: false });
  });

  it('resumes a saved record with the same questions and option order; a retry draws anew', () => {
    const first = start(5);
    first.send({ type: 'SELECT', option: 'a' });
    first.send({ type: 'SUBMIT' });
    const { record, questions } = first.getSnapshot().context;
    const resumed = start(5, record);
    expect(resumed.getSnapshot().context.questions).toEqual(questions);
    // It goes on at the first unanswered question.
    expect(resumed.getSnapshot().value).toBe('answering');
    expect(resumed.getSnapshot().context.index).toBe(1);
    // Finish and retry: attempt 2 has its own draw and order, derived from the same seed.
    for (let i = 0; i < 6; i++) {
      if (resumed.getSnapshot().value === 'answering') {
        resumed.send({ type: 'SELECT', option: 'b' });
        resumed.send({ type: 'SUBMIT' });
      }
      resumed.send({ type: 'NEXT' });
    }
    expect(resumed.getSnapshot().value).toBe('finished');
    resumed.send({ type: 'RETRY' });
    const retry = resumed.getSnapshot().context;
    expect(retry.record.attempt).toBe(2);
    expect(retry.questions).toEqual(attemptQuestions(set, 5, 2));
  });

  it('graded: feedback on the own choice and the right answer; every option in review; practice: every option', () => {
    const q = set.questions[0];
    expect(visibleFeedback(set, q, ['c'], 'feedback').sort()).toEqual(['a', 'c']);
    expect(visibleFeedback(set, q, ['a'], 'feedback')).toEqual(['a']);
    expect(visibleFeedback(set, q, ['c'], 'review').sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(visibleFeedback({ ...set, graded: false }, q, ['c'], 'feedback').sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('seed in the learner state', () => {
  const course = poolCourse();
  const startCourse = (saved?: LearnerState, seed?: number) => {
    const actor = createActor(courseMachine, { input: { course, saved, today: '2026-11-25', seed } });
    actor.start();
    return actor;
  };

  it('is set when the course starts, saved compactly, and gives the same order on resume', () => {
    const a = startCourse(undefined, 1234);
    expect(a.getSnapshot().context.learner.seed).toBe(1234);
    const order = a.getSnapshot().context.quizRefs.toets.getSnapshot().context.questions;
    const data = encodeSuspendData(course, { learner: a.getSnapshot().context.learner, reportedUntil: 0, savedAt: 1, textsLeftOut: [] });
    expect(JSON.parse(data).rs).toBe(1234);
    const saved = decodeSuspendData(course, data)!.learner;
    const b = startCourse(saved, 999); // the saved seed wins over a new one
    expect(b.getSnapshot().context.learner.seed).toBe(1234);
    expect(b.getSnapshot().context.quizRefs.toets.getSnapshot().context.questions).toEqual(order);
  });

  it('is random for a new learner, and kept by "Opnieuw beginnen"', () => {
    const seeds = new Set(Array.from({ length: 5 }, () => startCourse().getSnapshot().context.learner.seed));
    expect(seeds.size).toBeGreaterThan(1);
    const saved = { ...startCourse(undefined, 77).getSnapshot().context.learner, visited: ['start'] };
    const a = startCourse(saved);
    a.send({ type: 'RESTART' });
    expect(a.getSnapshot().context.learner.seed).toBe(77);
  });

  it('loads suspend data saved before seeds existed, and the course gives it a seed', () => {
    const old = JSON.stringify({
      v: 1,
      mv: 1,
      p: 1,
      vi: ['start', 'toets'],
      ru: 0,
      ts: 5,
      qz: { toets: [1, 0, -1, 0, { q1: ['a', 1, 4, 100] }] },
    });
    const decoded = decodeSuspendData(course, old)!;
    expect(decoded.learner.seed).toBeUndefined();
    expect(decoded.learner.quizzes.toets.answers.q1).toMatchObject({ selected: ['a'], correct: true });
    const a = startCourse(decoded.learner, 31);
    expect(a.getSnapshot().context.learner.seed).toBe(31);
    expect(decodeSuspendData(course, JSON.stringify({ v: 1, mv: 1, p: 0, vi: [], ru: 0, ts: 5, rs: 'x' }))!.learner.seed).toBeUndefined();
  });

  it('keeps a finished pool attempt finished: only the drawn questions need answers', () => {
    const learner = { ...startCourse(undefined, 8).getSnapshot().context.learner };
    const asked = attemptQuestions(quizOf(course), 8, 1);
    const answers = Object.fromEntries(asked.map((q, i) => [q.id, { selected: ['a'], correct: true, at: 10 + i, latency: 1 }]));
    learner.quizzes = { toets: { attempt: 1, answers, done: true, score: 100, passed: true } };
    const decoded = decodeSuspendData(course, encodeSuspendData(course, { learner, reportedUntil: 0, savedAt: 1, textsLeftOut: [] }))!;
    expect(decoded.learner.quizzes.toets).toMatchObject({ done: true, score: 100, passed: true });
    // Objective scores count only the asked questions of each objective.
    const facts = objectiveFacts(course, decoded.learner);
    for (const f of facts) if (f.score !== undefined) expect(f.score).toBe(100);
    // The LMS gets the authored option ids, whatever the order on screen.
    expect(newInteractions(course, decoded.learner, 0).map((i) => [i.selected, i.correctOptions])).toEqual(asked.map(() => [['a'], ['a']]));
  });
});

describe('practice questions in one step (ungraded sets have no result step)', () => {
  const question = (id: string) => ({
    id,
    type: 'single' as const,
    prompt: `Oefenvraag ${id}?`,
    options: ['a', 'b'].map((o) => ({ id: o, text: `Optie ${o}`, correct: o === 'a', feedback: `Uitleg ${o}.` })),
  });
  const practice = (n: number): QuestionSet => ({
    id: 'oefen',
    graded: false,
    questions: Array.from({ length: n }, (_, i) => question(`p${i + 1}`)),
  });
  const start = (set: QuestionSet, record?: QuizRecord) => {
    const actor = createActor(quizMachine, { input: { set, masteryScore: 70, maxAttempts: 0, record } });
    actor.start();
    return actor;
  };

  it('one question: choose + Controleer finishes the set with the answer recorded, feedback on that question', () => {
    const quiz = start(practice(1));
    quiz.send({ type: 'SELECT', option: 'b' });
    expect(quiz.getSnapshot().value).toBe('answering');
    quiz.send({ type: 'SUBMIT' });
    const snap = quiz.getSnapshot();
    expect(snap.value).toBe('finished');
    expect(snap.context.record).toMatchObject({ done: true, answers: { p1: { selected: ['b'], correct: false } } });
    expect(snap.context.record.score).toBeUndefined();
    // The question on screen stays the answered one (the view shows its feedback there).
    expect(snap.context.questions[snap.context.index].id).toBe('p1');
    expect(snap.can({ type: 'NEXT' })).toBe(false);
    expect(snap.can({ type: 'RETRY' })).toBe(true);
  });

  it('several questions: Volgende vraag between them, the last check finishes', () => {
    const quiz = start(practice(2));
    quiz.send({ type: 'SELECT', option: 'a' });
    quiz.send({ type: 'SUBMIT' });
    expect(quiz.getSnapshot().value).toBe('feedback');
    quiz.send({ type: 'NEXT' });
    quiz.send({ type: 'SELECT', option: 'a' });
    quiz.send({ type: 'SUBMIT' });
    expect(quiz.getSnapshot().value).toBe('finished');
    expect(Object.keys(quiz.getSnapshot().context.record.answers)).toEqual(['p1', 'p2']);
    // Resumed from the saved record it is finished, on its last question.
    const resumed = start(practice(2), quiz.getSnapshot().context.record);
    expect(resumed.getSnapshot().value).toBe('finished');
    expect(resumed.getSnapshot().context.index).toBe(1);
  });

  it('the course hears about the finished practice set once, with the answer in it', () => {
    const c = practiceCourse({ questions: [question('p1')] });
    const actor = createActor(courseMachine, { input: { course: c, today: '2026-11-25', seed: 1 } });
    actor.start();
    const ref = actor.getSnapshot().context.quizRefs[Object.keys(actor.getSnapshot().context.quizRefs)[0]];
    ref.send({ type: 'SELECT', option: 'a' });
    ref.send({ type: 'SUBMIT' });
    const record = Object.values(actor.getSnapshot().context.learner.quizzes)[0];
    expect(record).toMatchObject({ done: true, answers: { p1: { selected: ['a'], correct: true } } });
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().context.learner.page).toBe(1);
  });

  it('graded quizzes keep their flow: the last check shows feedback, Bekijk resultaat finishes', () => {
    const quiz = start({ ...practice(1), graded: true });
    quiz.send({ type: 'SELECT', option: 'a' });
    quiz.send({ type: 'SUBMIT' });
    expect(quiz.getSnapshot().value).toBe('feedback');
    quiz.send({ type: 'NEXT' });
    expect(quiz.getSnapshot().context.record).toMatchObject({ done: true, score: 100, passed: true });
  });
});
