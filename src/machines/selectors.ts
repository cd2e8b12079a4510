/**
 * Derived values of the course state that views and the tracker share: timers and the meeting clock,
 * progress, the table of contents, the page position and the participants line. Pure functions of
 * the course context (and, for the table of contents, of what the machine allows: `snapshot.can`).
 */
import type { SnapshotFrom } from 'xstate';
import type { Course } from '../content/types.js';
import type { CourseContext, CourseMachine } from './course-machine.js';
import { meetingAgenda, pageComplete, participantsWithRoles, pathIndices, progressMeasure, type LearnerState } from './learner-state.js';

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
