/**
 * Random-walk navigation, shared by the machine test (tests/unit) and the mounted-player test
 * (src/components/player): seeded walks of NEXT / PREV / GOTO (an unlocked page) / relaunch and
 * "work on this page" steps, with the invariants checked after every step:
 *  - the current page can still be completed (every question set on it can move on; fields and
 *    choices are accepted), and at the end of each walk the module is actually played to completion;
 *  - no answered state is lost: answers, texts, mode, visited pages and completion only grow, and
 *    each quiz actor holds the same record as the learner state.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { createActor } from 'xstate';
import type { Course, Page, QuestionSet } from '../../src/content/types.js';
import { courseMachine, learnerSnapshot, type CourseActor } from '../../src/machines/course-machine.js';
import {
  furthestUnlocked,
  pageComplete,
  pageRequirementsMet,
  pathIndices,
  type LearnerState,
  type Mode,
} from '../../src/machines/learner-state.js';
import { decodeSuspendData, encodeSuspendData } from '../../src/tracking/suspend-data.js';
import { pageModeView } from '../../src/machines/mode-view.js';

export type WalkStep =
  { kind: 'next' } | { kind: 'prev' } | { kind: 'goto'; pick: number } | { kind: 'relaunch' } | { kind: 'work'; pick: number };

/** Steps weighted so walks both wander back and forth and make progress. */
const walkStep: fc.Arbitrary<WalkStep> = fc.oneof(
  { weight: 5, arbitrary: fc.nat(1000).map((pick) => ({ kind: 'work' as const, pick })) },
  { weight: 3, arbitrary: fc.constant({ kind: 'next' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'prev' as const }) },
  { weight: 1, arbitrary: fc.nat(1000).map((pick) => ({ kind: 'goto' as const, pick })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'relaunch' as const }) },
);

/** A walk of exactly `length` steps. */
export const walk = (length: number) => fc.array(walkStep, { minLength: length, maxLength: length });

const TODAY = '2026-11-25';

/** Starts the course from saved state (or fresh) and goes on where the learner was. */
export function startCourse(course: Course, saved?: LearnerState): CourseActor {
  // A fixed seed (option orders, pool draws), so a failing walk replays the same way.
  const actor = createActor(courseMachine, { input: { course, saved, today: TODAY, seed: 20261125 } });
  actor.start();
  if (actor.getSnapshot().value === 'resumePrompt') actor.send({ type: 'RESUME' });
  return actor;
}

/** What a relaunch gets back: the learner state through the suspend_data round trip. */
export function savedForRelaunch(course: Course, actor: CourseActor): LearnerState {
  const learner = learnerSnapshot(actor.getSnapshot().context);
  const env = decodeSuspendData(course, encodeSuspendData(course, { learner, reportedUntil: 0, savedAt: 0, textsLeftOut: [] }));
  if (!env) throw new Error('suspend_data did not round-trip');
  return env.learner;
}

/** Question sets shown on a page (practice as the mode shows it: none on a step in the team meeting). */
export function setsOn(page: Page, mode: Mode | null = null): QuestionSet[] {
  if (page.type === 'quiz') return [page.quiz];
  const practice = pageModeView(page, mode).practice;
  return practice ? [practice] : [];
}

/** Text fields on a page. */
function fieldsOn(page: Page): { id: string; required?: boolean }[] {
  if (page.type === 'reflection') return page.fields;
  if (page.type === 'step' || page.type === 'team') return [page.notes];
  return [];
}

/**
 * Why the current page could not be completed ([] when it can): the course takes events, every
 * unfinished question set on the page can move on from where it is, and its choices and fields are accepted.
 */
function pageCompletableProblems(actor: CourseActor): string[] {
  const problems: string[] = [];
  const snap = actor.getSnapshot();
  if (snap.value !== 'learning') return [`course in ${String(snap.value)}`];
  const { course, learner, quizRefs } = snap.context;
  const page = course.pages[learner.page];
  if (learner.page > furthestUnlocked(course, learner)) problems.push(`page ${page.id} is beyond the unlocked pages`);
  for (const set of setsOn(page, learner.mode)) {
    const quiz = quizRefs[set.id].getSnapshot();
    if (quiz.context.record.done) continue;
    const question = quiz.context.questions[quiz.context.index];
    if (quiz.value === 'answering') {
      const option = question.options[0].id;
      if (!quiz.can(question.type === 'single' ? { type: 'SELECT', option } : { type: 'TOGGLE', option }))
        problems.push(`${set.id}: cannot choose`);
      if (quiz.context.selection.length > 0 && !quiz.can({ type: 'SUBMIT' })) problems.push(`${set.id}: cannot check`);
    } else if (quiz.value !== 'feedback' || !quiz.can({ type: 'NEXT' })) {
      problems.push(`${set.id}: stuck in ${String(quiz.value)}`);
    }
  }
  for (const field of fieldsOn(page))
    if (!snap.can({ type: 'SET_TEXT', id: field.id, value: 'x' })) problems.push(`field ${field.id} refused`);
  if (page.type === 'mode' && !snap.can({ type: 'SET_MODE', mode: 'alone' })) problems.push('mode refused');
  return problems;
}

/** Answers as comparable values: set → question → selected options (attempt included). */
function answersOf(learner: LearnerState): Map<string, string> {
  const out = new Map<string, string>();
  for (const [setId, record] of Object.entries(learner.quizzes)) {
    for (const [q, a] of Object.entries(record.answers)) out.set(`${setId}/${record.attempt}/${q}`, `${a.selected.join(',')}:${a.correct}`);
  }
  return out;
}

const sameRecord = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What was lost since `before` ([] when nothing): answers, texts, mode, visits, completion; quiz actors agree with the learner state. */
function lostProblems(before: LearnerState, actor: CourseActor): string[] {
  const problems: string[] = [];
  const { learner, quizRefs } = actor.getSnapshot().context;
  if (before !== learner) {
    const now = answersOf(learner);
    for (const [key, value] of answersOf(before)) if (now.get(key) !== value) problems.push(`answer ${key} lost`);
    for (const [id, text] of Object.entries(before.texts)) if (learner.texts[id] !== text) problems.push(`text ${id} lost`);
    if (before.mode && learner.mode !== before.mode) problems.push('mode lost');
    for (const id of before.visited) if (!learner.visited.includes(id)) problems.push(`visit ${id} lost`);
    if (before.completed && !learner.completed) problems.push('completion lost');
    for (const [setId, record] of Object.entries(before.quizzes))
      if (record.done && !learner.quizzes[setId]?.done) problems.push(`${setId} no longer done`);
  }
  for (const [setId, ref] of Object.entries(quizRefs)) {
    const record = learner.quizzes[setId];
    if (record && !sameRecord(ref.getSnapshot().context.record, record))
      problems.push(`quiz actor ${setId} disagrees with the learner state`);
  }
  return problems;
}

/** Both invariants after a step, as one assertion (cheap enough for thousands of steps). */
export function assertStep(before: LearnerState, actor: CourseActor, step: unknown): void {
  const problems = [...pageCompletableProblems(actor), ...lostProblems(before, actor)];
  if (problems.length) expect({ step, problems }).toEqual({ step, problems: [] });
}

/** One course event or quiz event that does a bit of the current page's work (chosen by `pick`). */
export type WorkEvent =
  | { to: 'course'; event: Parameters<CourseActor['send']>[0] }
  | { to: 'quiz'; setId: string; event: { type: 'SELECT' | 'TOGGLE'; option: string } | { type: 'SUBMIT' } | { type: 'NEXT' } }
  | null;

export function workOn(actor: CourseActor, pick: number): WorkEvent {
  const { course, learner, quizRefs } = actor.getSnapshot().context;
  const page = course.pages[learner.page];
  if (page.type === 'mode' && learner.mode === null)
    return { to: 'course', event: { type: 'SET_MODE', mode: pick % 3 === 0 ? 'team' : 'alone' } };
  const field = fieldsOn(page).find((f) => !(learner.texts[f.id] ?? '').trim());
  if (field && pick % 2 === 0) return { to: 'course', event: { type: 'SET_TEXT', id: field.id, value: `Tekst ${pick}` } };
  for (const set of setsOn(page, learner.mode)) {
    const quiz = quizRefs[set.id].getSnapshot();
    if (quiz.context.record.done) continue;
    if (quiz.value === 'feedback') return { to: 'quiz', setId: set.id, event: { type: 'NEXT' } };
    const question = quiz.context.questions[quiz.context.index];
    if (quiz.context.selection.length > 0 && pick % 3 !== 0) return { to: 'quiz', setId: set.id, event: { type: 'SUBMIT' } };
    const option = question.options[pick % question.options.length].id;
    return { to: 'quiz', setId: set.id, event: { type: question.type === 'single' ? 'SELECT' : 'TOGGLE', option } };
  }
  if (field) return { to: 'course', event: { type: 'SET_TEXT', id: field.id, value: `Tekst ${pick}` } };
  return null;
}

/** Sends a work event straight to the machines. */
export function sendWork(actor: CourseActor, work: WorkEvent): void {
  if (!work) return;
  if (work.to === 'course') actor.send(work.event);
  else actor.getSnapshot().context.quizRefs[work.setId].send(work.event);
}

/** GOTO target chosen by `pick` among the unlocked pages of the learner's path. */
export function gotoTarget(actor: CourseActor, pick: number): number {
  const { course, learner } = actor.getSnapshot().context;
  const furthest = furthestUnlocked(course, learner);
  const open = pathIndices(course, learner).filter((i) => i <= furthest);
  return open[pick % open.length];
}

/** Plays the rest of the module (work, then next) and returns whether it ended completed. */
export function playToCompletion(actor: CourseActor, maxEvents = 5000): boolean {
  for (let i = 0; i < maxEvents && !actor.getSnapshot().context.learner.completed; i++) {
    const { course, learner } = actor.getSnapshot().context;
    const page = course.pages[learner.page];
    if (pageRequirementsMet(page, learner)) {
      if (learner.page < course.pages.length - 1) actor.send({ type: 'NEXT' });
      else actor.send({ type: 'GOTO', index: pathIndices(course, learner).find((j) => !pageComplete(course, learner, j)) ?? 0 });
      continue;
    }
    sendWork(actor, workOn(actor, 1));
  }
  return actor.getSnapshot().context.learner.completed;
}
