/**
 * Derived values of the course state that views and the tracker share: timers and the meeting clock,
 * progress, the table of contents, the page position and the participants line. Pure functions of
 * the course context (and, for the table of contents, of what the machine allows: `snapshot.can`).
 */
import type { SnapshotFrom } from 'xstate';
import type { Course, Objective } from '../content/types.js';
import type { CourseContext, CourseMachine } from './course-machine.js';
import {
  gradedSet,
  meetingAgenda,
  pageComplete,
  pageInMode,
  participantsWithRoles,
  pathIndices,
  progressMeasure,
  type LearnerState,
} from './learner-state.js';
import { attemptQuestions } from './quiz-order.js';

type Timed = Pick<CourseContext, 'learner' | 'timer'>;

/** Elapsed discussion time of a page's timer, including a running stretch. */
export function timerElapsed(ctx: Timed, pageId: string, now = Date.now()): number {
  const base = ctx.learner.timers[pageId] ?? 0;
  return ctx.timer?.pageId === pageId ? base + Math.max(0, now - ctx.timer.startedAt) : base;
}

/** Learner state with a running timer folded in (what gets saved: a running timer resumes paused). */
export function learnerSnapshot(ctx: Timed, now = Date.now()): LearnerState {
  if (!ctx.timer) return ctx.learner;
  const { pageId } = ctx.timer;
  return { ...ctx.learner, timers: { ...ctx.learner.timers, [pageId]: timerElapsed(ctx, pageId, now) } };
}

/** Time box of a page in ms, with the minutes added by "+1 minuut". */
export function timeboxMs(ctx: Pick<CourseContext, 'learner'>, pageId: string, minutes: number): number {
  return (minutes + (ctx.learner.extra?.[pageId] ?? 0)) * 60_000;
}

/** The meeting clock: time spent on the agenda so far and the planned total (20:00 plus extra minutes). */
export function meetingClock(
  ctx: Pick<CourseContext, 'course' | 'learner' | 'timer'>,
  now = Date.now(),
): { elapsedMs: number; plannedMs: number } {
  const agenda = meetingAgenda(ctx.course);
  return {
    elapsedMs: agenda.reduce((sum, item) => sum + timerElapsed(ctx, item.pageId, now), 0),
    plannedMs: agenda.reduce((sum, item) => sum + timeboxMs(ctx, item.pageId, item.minutes), 0),
  };
}

/** What a timer view shows: the saved time, when a running stretch started, the time box. */
export interface TimerView {
  elapsedMs: number;
  startedAt: number | null;
  timeboxMinutes: number;
}

/** A discussion timer (team page): the time box as authored. */
export function discussionTimer(ctx: Timed, pageId: string, minutes: number): TimerView {
  const running = ctx.timer?.pageId === pageId ? ctx.timer.startedAt : null;
  return { elapsedMs: timerElapsed({ ...ctx, timer: null }, pageId), startedAt: running, timeboxMinutes: minutes };
}

/** The meeting timer of an agenda item: its place on the agenda, its clock (with "+1 minuut") and the meeting clock. */
export function meetingTimer(ctx: CourseContext, pageId: string, minutes: number) {
  const paused = { ...ctx, timer: null };
  const clock = meetingClock(paused);
  const agenda = meetingAgenda(ctx.course);
  return {
    ...discussionTimer(ctx, pageId, timeboxMs(ctx, pageId, minutes) / 60_000),
    step: agenda.findIndex((item) => item.pageId === pageId) + 1,
    steps: agenda.length,
    meeting: { baseMs: clock.elapsedMs, plannedMs: clock.plannedMs },
  };
}

/** Progress 0–1 as reported: the pages of the path done, or 1 once completed (sticky). */
export function progress(course: Course, learner: LearnerState): number {
  return learner.completed ? 1 : progressMeasure(course, learner);
}

/** Progress in whole percent, for the progress bar. */
export function progressPercent(ctx: Pick<CourseContext, 'course' | 'learner'>): number {
  return Math.round(progress(ctx.course, ctx.learner) * 100);
}

/** Where the current page stands on the learner's path (solo, meeting or joined). */
export function pagePosition(ctx: Pick<CourseContext, 'course' | 'learner'>): { number: number; count: number; last: boolean } {
  const path = pathIndices(ctx.course, ctx.learner);
  const at = path.indexOf(ctx.learner.page);
  return { number: Math.max(0, at) + 1, count: path.length, last: at === path.length - 1 };
}

export interface TocEntry {
  index: number;
  title: string;
  done: boolean;
  current: boolean;
  /** The machine would refuse GOTO to this page. */
  locked: boolean;
}

/** The table of contents: the pages of the learner's path, done / current / locked. */
export function tableOfContents(snapshot: SnapshotFrom<CourseMachine>): TocEntry[] {
  const { course, learner } = snapshot.context;
  return pathIndices(course, learner).map((index) => ({
    index,
    title: course.pages[index].title,
    done: pageComplete(course, learner, index),
    current: index === learner.page,
    locked: !snapshot.can({ type: 'GOTO', index }),
  }));
}

/** Named participants with their roles, one line: `Anna (Voorzitter), Bram`. */
export function participantsLine(ctx: Pick<CourseContext, 'course' | 'learner'>): string {
  return participantsWithRoles(ctx.course, ctx.learner).join(', ');
}

/** Where one learning goal stands: what the LMS records for it and what the closing page says. */
export interface ObjectiveOutcome {
  objective: Objective;
  completed: boolean;
  /** 0–1. */
  progress: number;
  /** Present when graded questions of the finished attempt belong to the goal. */
  score?: number;
  passed?: boolean;
  /**
   * The one rule for "goal reached": passed when graded questions count for it, else completed.
   * null: the goal is not on this learner's path (the team goal when working alone).
   */
  reached: boolean | null;
  /** Titles of the pages on the learner's path that teach this goal (where to read back). */
  pages: string[];
}

/**
 * Per course objective: its pages on the learner's path and the graded questions of the last attempt
 * that belong to it. The team objective is completed once the team part is recorded. Shared by the
 * tracker (cmi objectives) and the closing report, so both always agree.
 */
export function objectiveOutcomes(course: Course, learner: LearnerState): ObjectiveOutcome[] {
  const graded = gradedSet(course);
  const record = graded ? learner.quizzes[graded.id] : undefined;
  // With a pool only the questions asked in this attempt count.
  const asked = graded && record ? attemptQuestions(graded, learner.seed ?? 0, record.attempt) : [];
  return course.objectives.map((objective) => {
    const onPath = course.pages.map((p, i) => ({ p, i })).filter(({ p }) => p.objective === objective.id && pageInMode(p, learner.mode));
    const pages = onPath.map(({ p }) => p.title);
    if (objective.id === course.teamObjective) {
      const done = !!learner.team;
      const teamPath = learner.mode === 'team' || learner.mode === 'joined';
      return { objective, completed: done, progress: done ? 1 : 0, reached: teamPath ? done : null, pages };
    }
    const done = onPath.filter(({ i }) => pageComplete(course, learner, i)).length;
    const completed = learner.completed || (onPath.length > 0 && done === onPath.length);
    const progress = learner.completed ? 1 : onPath.length === 0 ? 0 : Math.round((done / onPath.length) * 100) / 100;
    const outcome: ObjectiveOutcome = { objective, completed, progress, reached: completed, pages };
    const questions = asked.filter((q) => q.objective === objective.id);
    if (questions.length > 0 && record?.done) {
      const right = questions.filter((q) => record.answers[q.id]?.correct).length;
      outcome.score = Math.round((right / questions.length) * 100);
      outcome.passed = outcome.score >= course.masteryScore;
      outcome.reached = outcome.passed;
    }
    return outcome;
  });
}

/** Roles whose holder was removed and that have no new person yet, with their names (mode page note). */
export function vacatedRoles(ctx: Pick<CourseContext, 'course' | 'learner' | 'vacatedRoles'>): { id: string; name: string }[] {
  const page = ctx.course.pages.find((p) => p.type === 'mode');
  const roles = page?.type === 'mode' ? page.roles : [];
  return roles
    .filter((r) => ctx.vacatedRoles.includes(r.id) && ctx.learner.roles[r.id] === undefined)
    .map(({ id, name }) => ({ id, name }));
}
