import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { courseMachine, learnerSnapshot, timerElapsed, type CourseActor } from '../../src/machines/course-machine.js';
import { furthestUnlocked, progressMeasure, quizOutcome, type LearnerState } from '../../src/machines/learner-state.js';
import { quizMachine } from '../../src/machines/quiz-machine.js';
import { miniCourse } from '../support/fixtures.js';

const course = miniCourse();
const graded = course.pages.find((p) => p.type === 'quiz')!;
const gradedSet = graded.type === 'quiz' ? graded.quiz : (undefined as never);

function start(saved?: LearnerState): CourseActor {
  const actor = createActor(courseMachine, { input: { course, saved, today: '2026-11-25' } });
  actor.start();
  return actor;
}
const ctx = (a: CourseActor) => a.getSnapshot().context;
const quiz = (a: CourseActor, id: string) => ctx(a).quizRefs[id];

/** Answers the current question of a set with `options` and moves on. */
function answer(a: CourseActor, setId: string, options: string[]) {
  const ref = quiz(a, setId);
  for (const o of options) ref.send({ type: options.length > 1 ? 'TOGGLE' : 'SELECT', option: o });
  ref.send({ type: 'SUBMIT' });
  ref.send({ type: 'NEXT' });
}

/** Plays the mini module to the end (alone mode), answering the quiz with `quizAnswers`. */
function playThrough(a: CourseActor, quizAnswers: string[][]) {
  a.send({ type: 'NEXT' });
  a.send({ type: 'SET_MODE', mode: 'alone' });
  a.send({ type: 'NEXT' });
  a.send({ type: 'SET_TEXT', id: 'stap-1-notes', value: 'Mijn hulpvraag' });
  answer(a, 'stap-1', ['a']);
  a.send({ type: 'NEXT' });
  a.send({ type: 'SET_TEXT', id: 'refl-1', value: 'Reflectie' });
  a.send({ type: 'NEXT' });
  a.send({ type: 'NEXT' });
  quizAnswers.forEach((ans) => answer(a, 'toets', ans));
  a.send({ type: 'NEXT' });
  a.send({ type: 'NEXT' });
  a.send({ type: 'NEXT' }); // the closing page
}

describe('course machine', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-25T10:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('starts on the first page, visited, not complete', () => {
    const a = start();
    expect(a.getSnapshot().value).toBe('learning');
    expect(ctx(a).learner.page).toBe(0);
    expect(ctx(a).learner.visited).toEqual(['start']);
    expect(ctx(a).learner.completed).toBe(false);
  });

  it('gates NEXT on required choices, text and activities', () => {
    const a = start();
    a.send({ type: 'NEXT' });
    a.send({ type: 'NEXT' }); // mode not chosen
    expect(ctx(a).learner.page).toBe(1);
    // Solo path: a step is an exercise (in the team meeting, notes are optional and there is no practice).
    a.send({ type: 'SET_MODE', mode: 'alone' });
    a.send({ type: 'NEXT' });
    expect(ctx(a).learner.page).toBe(2);
    a.send({ type: 'NEXT' }); // notes and activity missing
    expect(ctx(a).learner.page).toBe(2);
    a.send({ type: 'SET_TEXT', id: 'stap-1-notes', value: '   ' });
    answer(a, 'stap-1', ['b']);
    a.send({ type: 'NEXT' }); // notes only whitespace
    expect(ctx(a).learner.page).toBe(2);
    a.send({ type: 'SET_TEXT', id: 'stap-1-notes', value: 'Hulpvraag' });
    a.send({ type: 'NEXT' });
    expect(ctx(a).learner.page).toBe(3);
  });

  it('PREV and GOTO move only within unlocked pages', () => {
    const a = start();
    a.send({ type: 'PREV' });
    expect(ctx(a).learner.page).toBe(0);
    a.send({ type: 'GOTO', index: 5 });
    expect(ctx(a).learner.page).toBe(0);
    a.send({ type: 'NEXT' });
    expect(furthestUnlocked(course, ctx(a).learner)).toBe(1);
    a.send({ type: 'GOTO', index: 0 });
    expect(ctx(a).learner.page).toBe(0);
    a.send({ type: 'GOTO', index: 1 });
    expect(ctx(a).learner.page).toBe(1);
  });

  it('completes when every page is done, scores the graded quiz and passes at the mastery score', () => {
    const a = start();
    playThrough(a, [['b'], ['a', 'b']]);
    const { learner } = ctx(a);
    expect(learner.page).toBe(course.pages.length - 1);
    expect(learner.completed).toBe(true);
    expect(progressMeasure(course, learner)).toBe(1);
    expect(quizOutcome(course, learner)).toEqual({ score: 100, passed: true });
  });

  it('fails below the mastery score and allows a retry that keeps completion', () => {
    const a = start();
    playThrough(a, [['a'], ['a', 'c']]);
    expect(quizOutcome(course, ctx(a).learner)).toEqual({ score: 0, passed: false });
    expect(ctx(a).learner.completed).toBe(true);
    quiz(a, 'toets').send({ type: 'RETRY' });
    expect(ctx(a).learner.quizzes.toets.attempt).toBe(2);
    expect(quizOutcome(course, ctx(a).learner)).toEqual({ score: 0, passed: false }); // last result until the retry finishes
    expect(ctx(a).learner.completed).toBe(true);
    answer(a, 'toets', ['b']);
    answer(a, 'toets', ['a']);
    expect(quizOutcome(course, ctx(a).learner)).toEqual({ score: 50, passed: true });
  });

  it('records team participants, roles (with rotation), actions and a session date; clips long input', () => {
    const a = start();
    a.send({ type: 'NEXT' });
    a.send({ type: 'SET_MODE', mode: 'team' });
    a.send({ type: 'SET_PARTICIPANTS', names: ['Anna', 'Bram', 'x'.repeat(500)] });
    a.send({ type: 'SET_ROLE', role: 'voorzitter', participant: 0 });
    a.send({ type: 'SET_ROLE', role: 'notulist', participant: 1 });
    a.send({ type: 'ROTATE_ROLES' });
    const l = ctx(a).learner;
    expect(l.sessionDate).toBe('2026-11-25');
    expect(l.participants[2]).toHaveLength(60);
    expect(l.roles).toEqual({ voorzitter: 1, notulist: 2 });
    a.send({ type: 'ADD_ACTION' });
    a.send({ type: 'UPDATE_ACTION', index: 0, field: 'who', value: 'Anna' });
    a.send({ type: 'UPDATE_ACTION', index: 0, field: 'what', value: 'Belt de dochter' });
    a.send({ type: 'ADD_ACTION' });
    a.send({ type: 'REMOVE_ACTION', index: 1 });
    expect(ctx(a).learner.actions).toEqual([{ who: 'Anna', what: 'Belt de dochter', when: '' }]);
    a.send({ type: 'SET_TEXT', id: 'stap-1-notes', value: 'y'.repeat(5000) });
    expect(ctx(a).learner.texts['stap-1-notes']).toHaveLength(1000);
    a.send({ type: 'SET_TEXT', id: 'unknown-field', value: 'x' });
    expect(ctx(a).learner.texts['unknown-field']).toBeUndefined();
  });

  it('runs, pauses and saves a step timer; a saved running timer resumes paused', () => {
    const a = start();
    a.send({ type: 'NEXT' });
    a.send({ type: 'SET_MODE', mode: 'team' });
    a.send({ type: 'NEXT' });
    a.send({ type: 'TIMER_START', now: Date.now() });
    vi.advanceTimersByTime(30_000);
    expect(timerElapsed(ctx(a), 'stap-1')).toBe(30_000);
    a.send({ type: 'TIMER_PAUSE', now: Date.now() });
    vi.advanceTimersByTime(10_000);
    expect(timerElapsed(ctx(a), 'stap-1')).toBe(30_000);
    a.send({ type: 'TIMER_START', now: Date.now() });
    vi.advanceTimersByTime(5_000);
    const saved = learnerSnapshot(ctx(a));
    expect(saved.timers['stap-1']).toBe(35_000);
    const b = start(saved);
    b.send({ type: 'RESUME' });
    expect(ctx(b).timer).toBeNull();
    vi.advanceTimersByTime(60_000);
    expect(timerElapsed(ctx(b), 'stap-1')).toBe(35_000);
    b.send({ type: 'TIMER_RESET' });
    expect(timerElapsed(ctx(b), 'stap-1')).toBe(0);
  });

  it('resumes from saved state on the same page with earlier answers, after a resume prompt', () => {
    const a = start();
    a.send({ type: 'NEXT' });
    a.send({ type: 'SET_MODE', mode: 'alone' });
    a.send({ type: 'NEXT' });
    a.send({ type: 'SET_TEXT', id: 'stap-1-notes', value: 'Half af' });
    const ref = quiz(a, 'stap-1');
    ref.send({ type: 'SELECT', option: 'a' });
    ref.send({ type: 'SUBMIT' });
    const saved = structuredClone(learnerSnapshot(ctx(a)));

    const b = start(saved);
    expect(b.getSnapshot().value).toBe('resumePrompt');
    b.send({ type: 'NEXT' });
    expect(ctx(b).learner.page).toBe(2);
    b.send({ type: 'RESUME' });
    expect(b.getSnapshot().value).toBe('learning');
    expect(ctx(b).learner.page).toBe(2);
    expect(ctx(b).learner.texts['stap-1-notes']).toBe('Half af');
    const quizSnap = quiz(b, 'stap-1').getSnapshot();
    // A one-question practice set is finished by its check (no result step).
    expect(quizSnap.value).toBe('finished');
    expect(quizSnap.context.record.answers['oefen-1'].selected).toEqual(['a']);
  });

  it('RESTART clears progress but keeps a completion already earned', () => {
    const a = start();
    playThrough(a, [['b'], ['a', 'b']]);
    const b = start(learnerSnapshot(ctx(a)));
    b.send({ type: 'RESTART' });
    expect(ctx(b).learner.page).toBe(0);
    expect(ctx(b).learner.texts).toEqual({});
    expect(ctx(b).learner.completed).toBe(true);
    expect(quiz(b, 'toets').getSnapshot().value).toBe('answering');
  });
});

describe('quiz machine', () => {
  const run = (maxAttempts = 0) => {
    const actor = createActor(quizMachine, { input: { set: gradedSet, masteryScore: 50, maxAttempts } });
    actor.start();
    return actor;
  };
  const value = (a: ReturnType<typeof run>) => a.getSnapshot().value as SnapshotFrom<typeof quizMachine>['value'];

  it('needs a selection before submitting; single choice replaces, multiple toggles', () => {
    const a = run();
    a.send({ type: 'SUBMIT' });
    expect(value(a)).toBe('answering');
    a.send({ type: 'SELECT', option: 'a' });
    a.send({ type: 'SELECT', option: 'b' });
    expect(a.getSnapshot().context.selection).toEqual(['b']);
    a.send({ type: 'SUBMIT' });
    expect(value(a)).toBe('feedback');
    expect(a.getSnapshot().context.record.answers.q1.correct).toBe(true);
    a.send({ type: 'NEXT' });
    a.send({ type: 'TOGGLE', option: 'b' });
    a.send({ type: 'TOGGLE', option: 'a' });
    a.send({ type: 'TOGGLE', option: 'c' });
    a.send({ type: 'TOGGLE', option: 'c' });
    expect(a.getSnapshot().context.selection).toEqual(['a', 'b']);
    a.send({ type: 'SUBMIT' });
    a.send({ type: 'NEXT' });
    expect(value(a)).toBe('finished');
    expect(a.getSnapshot().context.record).toMatchObject({ done: true, score: 100, passed: true });
  });

  it('partially right multiple choice counts as wrong', () => {
    const a = run();
    a.send({ type: 'SELECT', option: 'a' });
    a.send({ type: 'SUBMIT' });
    a.send({ type: 'NEXT' });
    a.send({ type: 'TOGGLE', option: 'a' });
    a.send({ type: 'SUBMIT' });
    a.send({ type: 'NEXT' });
    expect(a.getSnapshot().context.record).toMatchObject({ score: 0, passed: false });
  });

  it('limits graded attempts when maxAttempts is set', () => {
    const a = run(1);
    for (const o of ['a', 'a']) {
      a.send({ type: 'SELECT', option: o });
      a.send({ type: 'SUBMIT' });
      a.send({ type: 'NEXT' });
    }
    expect(value(a)).toBe('finished');
    a.send({ type: 'RETRY' });
    expect(value(a)).toBe('finished');
  });

  it('restores a finished record as finished and a half record at the first open question', () => {
    const done = createActor(quizMachine, {
      input: { set: gradedSet, masteryScore: 50, maxAttempts: 0, record: { attempt: 1, answers: {}, done: true, score: 50, passed: true } },
    }).start();
    expect(done.getSnapshot().value).toBe('finished');
    const half = createActor(quizMachine, {
      input: {
        set: gradedSet,
        masteryScore: 50,
        maxAttempts: 0,
        record: { attempt: 1, answers: { q1: { selected: ['b'], correct: true, at: 1, latency: 5 } }, done: false },
      },
    }).start();
    expect(half.getSnapshot().value).toBe('answering');
    expect(half.getSnapshot().context.index).toBe(1);
  });
});
