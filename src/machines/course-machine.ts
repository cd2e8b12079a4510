import { assign, emit, enqueueActions, setup, type ActorRefFrom } from 'xstate';
import type { Course } from '../content/types.js';
import {
  MAX_ACTION_FIELD,
  MAX_NAME_LENGTH,
  MAX_PARTICIPANTS,
  allPagesComplete,
  emptyLearnerState,
  furthestUnlocked,
  pageRequirementsMet,
  questionSets,
  type ActionRow,
  type LearnerState,
  type Mode,
} from './learner-state.js';
import { nextAttempt, quizMachine, type QuizUpdatedEvent } from './quiz-machine.js';
import { randomSeed } from './quiz-order.js';

/** What the LMS connection looks like to the learner; set by the tracking layer. */
export interface LmsStatus {
  /** ok: saved in the LMS; retrying: a save failed and is retried; local: only saved on this device. */
  connection: 'ok' | 'retrying' | 'local';
  /** False when free texts no longer fit in the LMS storage (SCORM 1.2: 4096 characters). */
  textsFit: boolean;
}

export interface CourseInput {
  course: Course;
  /** Saved learner state to resume from. */
  saved?: LearnerState;
  /** Today's date (yyyy-mm-dd), for the team session. */
  today?: string;
  /** Allow a new graded attempt after completion/pass (relaunch review). */
  allowRetake?: boolean;
  /** Seed for a learner state that has none yet (default: random); see quiz-order.ts. */
  seed?: number;
}

export interface CourseContext {
  course: Course;
  learner: LearnerState;
  /** Running timer: page id and epoch ms it was (re)started. */
  timer: { pageId: string; startedAt: number } | null;
  quizRefs: Record<string, ActorRefFrom<typeof quizMachine>>;
  lms: LmsStatus;
  today: string;
}

export type CourseEvent =
  | { type: 'RESUME' }
  | { type: 'RESTART' }
  | { type: 'NEXT' }
  | { type: 'PREV' }
  | { type: 'GOTO'; index: number }
  | { type: 'SET_MODE'; mode: Mode }
  | { type: 'SET_PARTICIPANTS'; names: string[] }
  | { type: 'SET_ROLE'; role: string; participant: number | null }
  | { type: 'ROTATE_ROLES' }
  | { type: 'SET_TEXT'; id: string; value: string }
  /** The learner left a text field (blur): what they wrote there is settled. */
  | { type: 'LEAVE_FIELD' }
  | { type: 'ADD_ACTION' }
  | { type: 'UPDATE_ACTION'; index: number; field: keyof ActionRow; value: string }
  | { type: 'REMOVE_ACTION'; index: number }
  | { type: 'TIMER_START'; now?: number }
  | { type: 'TIMER_PAUSE'; now?: number }
  | { type: 'TIMER_RESET' }
  | { type: 'LMS_STATUS'; status: Partial<LmsStatus> }
  | QuizUpdatedEvent;

/** What the course machine tells its subscribers besides its state: `fieldLeft` (save texts soon). */
export type CourseEmitted = { type: 'fieldLeft' };

/** Elapsed discussion time of a page's timer, including a running stretch. */
export function timerElapsed(ctx: Pick<CourseContext, 'learner' | 'timer'>, pageId: string, now = Date.now()): number {
  const base = ctx.learner.timers[pageId] ?? 0;
  return ctx.timer?.pageId === pageId ? base + Math.max(0, now - ctx.timer.startedAt) : base;
}

/** Learner state with a running timer folded in (what gets saved: a running timer resumes paused). */
export function learnerSnapshot(ctx: Pick<CourseContext, 'learner' | 'timer'>, now = Date.now()): LearnerState {
  if (!ctx.timer) return ctx.learner;
  const { pageId } = ctx.timer;
  return { ...ctx.learner, timers: { ...ctx.learner.timers, [pageId]: timerElapsed(ctx, pageId, now) } };
}

function visit(learner: LearnerState, course: Course, index: number): LearnerState {
  const page = course.pages[index];
  const visited = learner.visited.includes(page.id) ? learner.visited : [...learner.visited, page.id];
  const next = { ...learner, page: index, visited };
  return { ...next, completed: learner.completed || allPagesComplete(course, next) };
}

function withCompletion(course: Course, learner: LearnerState): LearnerState {
  return learner.completed || !allPagesComplete(course, learner) ? learner : { ...learner, completed: true };
}

const clip = (value: string, max: number) => Array.from(value).slice(0, max).join('');

function stopTimer(ctx: CourseContext, now: number): Pick<CourseContext, 'learner' | 'timer'> {
  if (!ctx.timer) return ctx;
  return { learner: learnerSnapshot(ctx, now), timer: null };
}

/**
 * Course progression: pages, gating of required activities, mode and team data, timers,
 * and the completion rule (every page visited with its requirements met; sticky).
 * Spawns one quiz actor per question set; their results flow back as QUIZ.UPDATED.
 */
export const courseMachine = setup({
  types: {
    input: {} as CourseInput,
    context: {} as CourseContext,
    events: {} as CourseEvent,
    emitted: {} as CourseEmitted,
  },
  actors: { quiz: quizMachine },
  guards: {
    hasSavedProgress: ({ context }) => context.learner.visited.length > 0,
    canGoNext: ({ context }) => {
      const { course, learner } = context;
      return learner.page < course.pages.length - 1 && pageRequirementsMet(course.pages[learner.page], learner);
    },
    canGoPrev: ({ context }) => context.learner.page > 0,
    canGoTo: ({ context, event }) =>
      event.type === 'GOTO' && event.index >= 0 && event.index <= furthestUnlocked(context.course, context.learner),
  },
  actions: {
    visitCurrent: assign({ learner: ({ context }) => visit(context.learner, context.course, context.learner.page) }),
    goTo: assign(({ context, event }) => {
      const target =
        event.type === 'NEXT' ? context.learner.page + 1 : event.type === 'PREV' ? context.learner.page - 1 : event.type === 'GOTO' ? event.index : context.learner.page;
      const stopped = stopTimer(context, Date.now());
      return { ...stopped, learner: visit(stopped.learner, context.course, target) };
    }),
    restart: enqueueActions(({ context, enqueue }) => {
      // Start over, but keep completion, attempt numbers (unique interaction ids) and the last result.
      const quizzes = Object.fromEntries(Object.entries(context.learner.quizzes).map(([id, r]) => [id, nextAttempt(r)]));
      const learner = { ...emptyLearnerState(), completed: context.learner.completed, quizzes, seed: context.learner.seed };
      enqueue.assign({ learner: visit(learner, context.course, 0), timer: null });
      for (const [id, ref] of Object.entries(context.quizRefs)) enqueue.sendTo(ref, { type: 'RESTORE', record: quizzes[id] });
    }),
    setMode: assign({
      learner: ({ context, event }) => {
        if (event.type !== 'SET_MODE') return context.learner;
        const sessionDate = event.mode === 'team' ? context.learner.sessionDate ?? context.today : undefined;
        return withCompletion(context.course, { ...context.learner, mode: event.mode, sessionDate });
      },
    }),
    setParticipants: assign({
      learner: ({ context, event }) => {
        if (event.type !== 'SET_PARTICIPANTS') return context.learner;
        const participants = event.names.slice(0, MAX_PARTICIPANTS).map((n) => clip(n, MAX_NAME_LENGTH));
        const roles = Object.fromEntries(Object.entries(context.learner.roles).filter(([, i]) => i < participants.length));
        return { ...context.learner, participants, roles };
      },
    }),
    setRole: assign({
      learner: ({ context, event }) => {
        if (event.type !== 'SET_ROLE') return context.learner;
        const roles = { ...context.learner.roles };
        if (event.participant === null || event.participant >= context.learner.participants.length) delete roles[event.role];
        else roles[event.role] = event.participant;
        return { ...context.learner, roles };
      },
    }),
    rotateRoles: assign({
      learner: ({ context }) => {
        const count = context.learner.participants.length;
        if (count === 0) return context.learner;
        const rolePage = context.course.pages.find((p) => p.type === 'mode');
        const roleIds = rolePage && rolePage.type === 'mode' ? rolePage.roles.map((r) => r.id) : [];
        const roles: Record<string, number> = {};
        roleIds.forEach((id, i) => {
          const current = context.learner.roles[id];
          roles[id] = current === undefined ? i % count : (current + 1) % count;
        });
        return { ...context.learner, roles };
      },
    }),
    setText: assign({
      learner: ({ context, event }) => {
        if (event.type !== 'SET_TEXT') return context.learner;
        const field = fieldById(context.course, event.id);
        if (!field) return context.learner;
        const texts = { ...context.learner.texts, [event.id]: clip(event.value, field.maxLength) };
        return withCompletion(context.course, { ...context.learner, texts });
      },
    }),
    addAction: assign({
      learner: ({ context }) => {
        const page = context.course.pages.find((p) => p.type === 'actions');
        const max = page && page.type === 'actions' ? page.maxRows : 8;
        if (context.learner.actions.length >= max) return context.learner;
        return { ...context.learner, actions: [...context.learner.actions, { who: '', what: '', when: '' }] };
      },
    }),
    updateAction: assign({
      learner: ({ context, event }) => {
        if (event.type !== 'UPDATE_ACTION' || !context.learner.actions[event.index]) return context.learner;
        const actions = context.learner.actions.map((row, i) =>
          i === event.index ? { ...row, [event.field]: clip(event.value, MAX_ACTION_FIELD[event.field]) } : row,
        );
        return { ...context.learner, actions };
      },
    }),
    removeAction: assign({
      learner: ({ context, event }) =>
        event.type === 'REMOVE_ACTION'
          ? { ...context.learner, actions: context.learner.actions.filter((_, i) => i !== event.index) }
          : context.learner,
    }),
    timerStart: assign(({ context, event }) => {
      const now = (event.type === 'TIMER_START' && event.now) || Date.now();
      const pageId = context.course.pages[context.learner.page].id;
      const stopped = stopTimer(context, now);
      return { ...stopped, timer: { pageId, startedAt: now } };
    }),
    timerPause: assign(({ context, event }) => stopTimer(context, (event.type === 'TIMER_PAUSE' && event.now) || Date.now())),
    timerReset: assign(({ context }) => {
      const pageId = context.course.pages[context.learner.page].id;
      const timers = { ...context.learner.timers };
      delete timers[pageId];
      return { learner: { ...context.learner, timers }, timer: null };
    }),
    quizUpdated: assign({
      learner: ({ context, event }) => {
        if (event.type !== 'QUIZ.UPDATED') return context.learner;
        const quizzes = { ...context.learner.quizzes, [event.setId]: event.record };
        return withCompletion(context.course, { ...context.learner, quizzes });
      },
    }),
    lmsStatus: assign({
      lms: ({ context, event }) => (event.type === 'LMS_STATUS' ? { ...context.lms, ...event.status } : context.lms),
    }),
  },
}).createMachine({
  id: 'course',
  context: ({ input, spawn }) => {
    const learner = input.saved ? structuredClone(input.saved) : emptyLearnerState();
    learner.page = Math.min(Math.max(0, learner.page), input.course.pages.length - 1);
    // One seed per learner state: the same draws and option orders on every resume.
    learner.seed ??= input.seed ?? randomSeed();
    const quizRefs: CourseContext['quizRefs'] = {};
    for (const set of questionSets(input.course)) {
      quizRefs[set.id] = spawn('quiz', {
        id: `quiz:${set.id}`,
        input: {
          set,
          record: learner.quizzes[set.id],
          masteryScore: input.course.masteryScore,
          seed: learner.seed,
          maxAttempts: input.allowRetake === false && learner.completed ? 1 : input.course.maxAttempts,
        },
      });
    }
    return {
      course: input.course,
      learner,
      timer: null,
      quizRefs,
      lms: { connection: 'ok', textsFit: true },
      today: input.today ?? new Date().toISOString().slice(0, 10),
    };
  },
  initial: 'starting',
  on: {
    LMS_STATUS: { actions: 'lmsStatus' },
    'QUIZ.UPDATED': { actions: 'quizUpdated' },
  },
  states: {
    starting: {
      always: [{ guard: 'hasSavedProgress', target: 'resumePrompt' }, { target: 'learning', actions: 'visitCurrent' }],
    },
    /** Relaunch with saved progress: "Verder waar je gebleven was" or "Opnieuw beginnen". */
    resumePrompt: {
      on: {
        RESUME: { target: 'learning', actions: 'visitCurrent' },
        RESTART: { target: 'learning', actions: 'restart' },
      },
    },
    learning: {
      on: {
        NEXT: { guard: 'canGoNext', actions: 'goTo' },
        PREV: { guard: 'canGoPrev', actions: 'goTo' },
        GOTO: { guard: 'canGoTo', actions: 'goTo' },
        SET_MODE: { actions: 'setMode' },
        SET_PARTICIPANTS: { actions: 'setParticipants' },
        SET_ROLE: { actions: 'setRole' },
        ROTATE_ROLES: { actions: 'rotateRoles' },
        SET_TEXT: { actions: 'setText' },
        LEAVE_FIELD: { actions: emit({ type: 'fieldLeft' }) },
        ADD_ACTION: { actions: 'addAction' },
        UPDATE_ACTION: { actions: 'updateAction' },
        REMOVE_ACTION: { actions: 'removeAction' },
        TIMER_START: { actions: 'timerStart' },
        TIMER_PAUSE: { actions: 'timerPause' },
        TIMER_RESET: { actions: 'timerReset' },
      },
    },
  },
});

export type CourseMachine = typeof courseMachine;
export type CourseActor = ActorRefFrom<CourseMachine>;

/** Field definition by id, from reflection, team and step pages. */
export function fieldById(course: Course, id: string) {
  for (const page of course.pages) {
    if (page.type === 'reflection') {
      const f = page.fields.find((x) => x.id === id);
      if (f) return f;
    }
    if ((page.type === 'team' || page.type === 'step') && page.notes.id === id) return page.notes;
  }
  return undefined;
}
