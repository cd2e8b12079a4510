/**
 * The course's starting context and first state, without XState: the course machine starts from
 * these, and the launch script renders the first page from them before the machines (player-later.js)
 * have arrived. One source, so the first paint and the machine agree.
 */
import type { CourseContext, CourseInput } from './course-machine.js';
import { emptyLearnerState, type LearnerState } from './learner-state.js';
import { randomSeed } from './random.js';

/** Random numbers in [0, 1) for team codes: from the same source as learner seeds. */
const defaultRandom = (): number => randomSeed() / 2 ** 32;

/** Relaunch with saved progress: the course opens on the resume prompt. */
export function hasSavedProgress(learner: Pick<LearnerState, 'visited'>): boolean {
  return learner.visited.length > 0;
}

/** The context the course starts with, except the quiz actors (the machine spawns them). */
export function startContext(input: CourseInput): Omit<CourseContext, 'quizRefs'> {
  const learner = input.saved ? structuredClone(input.saved) : emptyLearnerState();
  learner.page = Math.min(Math.max(0, learner.page), input.course.pages.length - 1);
  // One seed per learner state: the same draws and option orders on every resume.
  learner.seed ??= input.seed ?? randomSeed();
  return {
    course: input.course,
    learner,
    timer: null,
    lms: { connection: 'ok', textsFit: true },
    today: input.today ?? new Date().toISOString().slice(0, 10),
    codeEntry: { value: learner.team?.via === 'code' ? learner.team.code : '', error: null },
    random: input.random ?? defaultRandom,
  };
}

/** Whether the learner pressed Afronden (the session is over). */
export function isFinished(snapshot: { value: unknown }): boolean {
  return snapshot.value === 'finished';
}
