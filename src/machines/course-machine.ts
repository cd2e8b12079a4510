import { assertEvent, assign, emit, enqueueActions, setup, type ActorRefFrom } from 'xstate';
import { fieldById, roleIds } from '../content/course-lookup.js';
import type { Course } from '../content/types.js';
import {
  MAX_ACTION_FIELD,
  MAX_NAME_LENGTH,
  MAX_PARTICIPANTS,
  START_PARTICIPANTS,
  allPagesComplete,
  meetingAgenda,
  pathIndices,
  emptyLearnerState,
  furthestUnlocked,
  pageRequirementsMet,
  questionSets,
  type ActionRow,
  type LearnerState,
  type Mode,
} from './learner-state.js';
import { nextAttempt, quizMachine, type QuizUpdatedEvent } from './quiz-machine.js';
import { hasSavedProgress, startContext } from './course-start.js';
import { followRoles, remapRoles } from './participants.js';
import { learnerSnapshot } from './selectors.js';
import { generateTeamCode, validateTeamCode, type TeamCodeError } from './team-code.js';

// Shared derived values live in selectors.ts; re-exported here so the course actor's module keeps its public shape.
export { learnerSnapshot, meetingClock, timeboxMs, timerElapsed } from './selectors.js';

/** What the LMS connection looks like to the learner; set by the tracking layer. */
export interface LmsStatus {
  /**
   * ok: saved in the LMS; retrying: a save failed and is retried; local: only saved on this device;
   * ended: the LMS session of this launch was already closed (SCO reloaded after Terminate): saved on this device.
   */
  connection: 'ok' | 'retrying' | 'local' | 'ended';
  /** Set once the learner finished and the LMS session is closed: nothing more is recorded; the window may be closed. */
  sessionEnded?: boolean;
  /** False when free texts no longer fit in the LMS storage (SCORM 1.2: 4096 characters). */
  textsFit: boolean;
  /** Set when the LMS opened this launch only to look at: a finished attempt (`review`) or browse / no-credit. Nothing is recorded. */
  viewing?: 'review' | 'browse';
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
  /** Random numbers in [0, 1) for the team code (default: crypto). */
  random?: () => number;
}

/** What the learner typed as team code, and why it was refused (nothing typed is lost). */
interface CodeEntry {
  value: string;
  error: TeamCodeError | null;
}

export interface CourseContext {
  course: Course;
  learner: LearnerState;
  /** Running timer: page id and epoch ms it was (re)started. */
  timer: { pageId: string; startedAt: number } | null;
  quizRefs: Record<string, ActorRefFrom<typeof quizMachine>>;
  lms: LmsStatus;
  today: string;
  codeEntry: CodeEntry;
  random: () => number;
}

export type CourseEvent =
  | { type: 'RESUME' }
  | { type: 'RESTART' }
  /** Navigation; `now` (epoch ms) stops a running timer at that moment. */
  | { type: 'NEXT'; now?: number }
  | { type: 'PREV'; now?: number }
  | { type: 'GOTO'; index: number; now?: number }
  | { type: 'SET_MODE'; mode: Mode }
  /** Replaces the whole name list; roles follow their person (see `followRoles`). Views send the intents below. */
  | { type: 'SET_PARTICIPANTS'; names: string[] }
  | { type: 'ADD_PARTICIPANT'; name?: string }
  | { type: 'RENAME_PARTICIPANT'; index: number; name: string }
  | { type: 'REMOVE_PARTICIPANT'; index: number }
  /** Same as ASSIGN_ROLE (older name, kept for saved scripts and tests). */
  | { type: 'SET_ROLE'; role: string; participant: number | null }
  | { type: 'ASSIGN_ROLE'; role: string; participant: number | null }
  | { type: 'ROTATE_ROLES' }
  | { type: 'ENTER_TEAM_CODE'; code: string }
  | { type: 'SET_OWN_ROLE'; role: string | null }
  | { type: 'SET_TEXT'; id: string; value: string }
  /** The learner left a text field (blur): what they wrote there is settled. */
  | { type: 'LEAVE_FIELD' }
  | { type: 'ADD_ACTION' }
  | { type: 'UPDATE_ACTION'; index: number; field: keyof ActionRow; value: string }
  | { type: 'REMOVE_ACTION'; index: number }
  /** Timer events carry the moment (epoch ms): the machine never reads the clock. */
  | { type: 'TIMER_START'; now: number }
  | { type: 'TIMER_PAUSE'; now: number }
  | { type: 'TIMER_RESET' }
  /** "+1 minuut": one more minute for the current agenda item. */
  | { type: 'TIMER_EXTEND' }
  /** "Volgende stap": stop this item's timer, open the next page and, in the meeting, start its timer. */
  | { type: 'STEP_NEXT'; now: number }
  | { type: 'LMS_STATUS'; status: Partial<LmsStatus> }
  /** "Afronden" on the closing page: the learner is done; the tracker ends the LMS session. */
  /** Afronden; `now` stops a running timer at that moment. */
  | { type: 'FINISH'; now?: number }
  | QuizUpdatedEvent;

/** What the course machine tells its subscribers besides its state: `fieldLeft` (save texts soon). */
export type CourseEmitted = { type: 'fieldLeft' };

/** Whether a page is an item of the meeting agenda (team mode). */
function onAgenda(course: Course, pageId: string): boolean {
  return meetingAgenda(course).some((item) => item.pageId === pageId);
}

/** The next / previous page index on the learner's path, or -1. */
function pathStep(course: Course, learner: LearnerState, direction: 1 | -1): number {
  const path = pathIndices(course, learner);
  const at = path.indexOf(learner.page);
  if (at < 0) {
    // The current page is not on this path (mode changed): nearest path page in that direction.
    const near = direction === 1 ? path.find((i) => i > learner.page) : [...path].reverse().find((i) => i < learner.page);
    return near ?? -1;
  }
  return path[at + direction] ?? -1;
}

function visit(learner: LearnerState, course: Course, index: number): LearnerState {
  const page = course.pages[index];
  const visited = learner.visited.includes(page.id) ? learner.visited : [...learner.visited, page.id];
  const next = { ...learner, page: index, visited };
  return { ...next, completed: learner.completed || allPagesComplete(course, next) };
}

/** Entering the team code page in the meeting ends the meeting: the team code is made once. */
function endMeetingIfCodePage(ctx: Pick<CourseContext, 'course' | 'today' | 'random'>, learner: LearnerState): LearnerState {
  const page = ctx.course.pages[learner.page];
  if (page.type !== 'teamcode' || learner.mode !== 'team' || learner.team) return learner;
  const date = learner.sessionDate ?? ctx.today;
  const team = { code: generateTeamCode(ctx.course.id, date, ctx.random), date, via: 'live' as const };
  return withCompletion(ctx.course, { ...learner, team });
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
    hasSavedProgress: ({ context }) => hasSavedProgress(context.learner),
    canGoNext: ({ context }) => {
      const { course, learner } = context;
      return pathStep(course, learner, 1) >= 0 && pageRequirementsMet(course.pages[learner.page], learner);
    },
    canFinish: ({ context }) => canFinish(context.course, context.learner),
    canGoPrev: ({ context }) => pathStep(context.course, context.learner, -1) >= 0,
    canGoTo: ({ context, event }) => {
      assertEvent(event, 'GOTO');
      return (
        pathIndices(context.course, context.learner).includes(event.index) &&
        event.index <= furthestUnlocked(context.course, context.learner)
      );
    },
  },
  actions: {
    visitCurrent: assign({ learner: ({ context }) => visit(context.learner, context.course, context.learner.page) }),
    goTo: assign(({ context, event }) => {
      assertEvent(event, ['NEXT', 'PREV', 'GOTO', 'STEP_NEXT']);
      const { course, learner } = context;
      const target = event.type === 'GOTO' ? event.index : pathStep(course, learner, event.type === 'PREV' ? -1 : 1);
      // Time comes with the event; without it a running timer stops at its last start (counts nothing more).
      const now = event.now ?? context.timer?.startedAt ?? 0;
      const stopped = stopTimer(context, now);
      const next = endMeetingIfCodePage(context, visit(stopped.learner, course, target));
      // "Volgende stap" in the meeting: the next agenda item's clock starts at once (the timer is the spine).
      const startNext = event.type === 'STEP_NEXT' && learner.mode === 'team' && onAgenda(course, course.pages[target].id);
      return { learner: next, timer: startNext ? { pageId: course.pages[target].id, startedAt: now } : stopped.timer };
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
        assertEvent(event, 'SET_MODE');
        const sessionDate = event.mode === 'team' ? (context.learner.sessionDate ?? context.today) : undefined;
        const { team } = context.learner;
        const keepTeam = team && ((event.mode === 'team' && team.via === 'live') || (event.mode === 'joined' && team.via === 'code'));
        const participants =
          event.mode === 'team' && context.learner.participants.length === 0
            ? Array.from({ length: START_PARTICIPANTS }, () => '')
            : context.learner.participants;
        return withCompletion(context.course, {
          ...context.learner,
          mode: event.mode,
          sessionDate,
          participants,
          team: keepTeam ? team : undefined,
        });
      },
    }),
    setParticipants: assign({
      learner: ({ context, event }) => {
        assertEvent(event, 'SET_PARTICIPANTS');
        const participants = event.names.slice(0, MAX_PARTICIPANTS).map((n) => clip(n, MAX_NAME_LENGTH));
        const roles = followRoles(context.learner.roles, context.learner.participants, participants);
        return { ...context.learner, participants, roles };
      },
    }),
    addParticipant: assign({
      learner: ({ context, event }) => {
        assertEvent(event, 'ADD_PARTICIPANT');
        if (context.learner.participants.length >= MAX_PARTICIPANTS) return context.learner;
        return { ...context.learner, participants: [...context.learner.participants, clip(event.name ?? '', MAX_NAME_LENGTH)] };
      },
    }),
    renameParticipant: assign({
      learner: ({ context, event }) => {
        assertEvent(event, 'RENAME_PARTICIPANT');
        if (context.learner.participants[event.index] === undefined) return context.learner;
        const participants = context.learner.participants.map((n, i) => (i === event.index ? clip(event.name, MAX_NAME_LENGTH) : n));
        return { ...context.learner, participants };
      },
    }),
    removeParticipant: assign({
      learner: ({ context, event }) => {
        assertEvent(event, 'REMOVE_PARTICIPANT');
        if (context.learner.participants[event.index] === undefined) return context.learner;
        const participants = context.learner.participants.filter((_, i) => i !== event.index);
        return { ...context.learner, participants, roles: remapRoles(context.learner.roles, event.index) };
      },
    }),
    enterTeamCode: assign(({ context, event }) => {
      assertEvent(event, 'ENTER_TEAM_CODE');
      const value = Array.from(event.code).slice(0, 40).join('');
      const result = validateTeamCode(value, context.course.id, context.today);
      if (!result.ok) return { codeEntry: { value, error: result.error } };
      const learner: LearnerState = { ...context.learner, team: { code: result.code, date: result.date, via: 'code' } };
      return { codeEntry: { value, error: null }, learner: withCompletion(context.course, learner) };
    }),
    setOwnRole: assign({
      learner: ({ context, event }) => {
        assertEvent(event, 'SET_OWN_ROLE');
        const known = roleIds(context.course);
        const ownRole = event.role && known.includes(event.role) ? event.role : undefined;
        return { ...context.learner, ownRole };
      },
    }),
    timerExtend: assign({
      learner: ({ context }) => {
        const pageId = context.course.pages[context.learner.page].id;
        if (!onAgenda(context.course, pageId)) return context.learner;
        const extra = { ...context.learner.extra, [pageId]: (context.learner.extra?.[pageId] ?? 0) + 1 };
        return { ...context.learner, extra };
      },
    }),
    setRole: assign({
      learner: ({ context, event }) => {
        assertEvent(event, ['SET_ROLE', 'ASSIGN_ROLE']);
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
        const roles: Record<string, number> = {};
        roleIds(context.course).forEach((id, i) => {
          const current = context.learner.roles[id];
          roles[id] = current === undefined ? i % count : (current + 1) % count;
        });
        return { ...context.learner, roles };
      },
    }),
    setText: assign({
      learner: ({ context, event }) => {
        assertEvent(event, 'SET_TEXT');
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
        assertEvent(event, 'UPDATE_ACTION');
        if (!context.learner.actions[event.index]) return context.learner;
        const actions = context.learner.actions.map((row, i) =>
          i === event.index ? { ...row, [event.field]: clip(event.value, MAX_ACTION_FIELD[event.field]) } : row,
        );
        return { ...context.learner, actions };
      },
    }),
    removeAction: assign({
      learner: ({ context, event }) => {
        assertEvent(event, 'REMOVE_ACTION');
        return { ...context.learner, actions: context.learner.actions.filter((_, i) => i !== event.index) };
      },
    }),
    timerStart: assign(({ context, event }) => {
      assertEvent(event, 'TIMER_START');
      const { now } = event;
      const pageId = context.course.pages[context.learner.page].id;
      const stopped = stopTimer(context, now);
      return { ...stopped, timer: { pageId, startedAt: now } };
    }),
    timerPause: assign(({ context, event }) => {
      assertEvent(event, ['TIMER_PAUSE', 'FINISH']);
      return stopTimer(context, event.now ?? context.timer?.startedAt ?? 0);
    }),
    timerReset: assign(({ context }) => {
      const pageId = context.course.pages[context.learner.page].id;
      const timers = { ...context.learner.timers };
      delete timers[pageId];
      return { learner: { ...context.learner, timers }, timer: null };
    }),
    quizUpdated: assign({
      learner: ({ context, event }) => {
        assertEvent(event, 'QUIZ.UPDATED');
        const quizzes = { ...context.learner.quizzes, [event.setId]: event.record };
        return withCompletion(context.course, { ...context.learner, quizzes });
      },
    }),
    lmsStatus: assign({
      lms: ({ context, event }) => {
        assertEvent(event, 'LMS_STATUS');
        return { ...context.lms, ...event.status };
      },
    }),
  },
}).createMachine({
  id: 'course',
  context: ({ input, spawn, self }) => {
    const start = startContext(input);
    const { learner } = start;
    const quizRefs: CourseContext['quizRefs'] = {};
    for (const set of questionSets(input.course)) {
      quizRefs[set.id] = spawn('quiz', {
        id: `quiz:${set.id}`,
        input: {
          set,
          record: learner.quizzes[set.id],
          masteryScore: input.course.masteryScore,
          seed: learner.seed,
          parent: self,
          maxAttempts: input.allowRetake === false && learner.completed ? 1 : input.course.maxAttempts,
        },
      });
    }
    return { ...start, quizRefs };
  },
  initial: 'starting',
  on: {
    LMS_STATUS: { actions: 'lmsStatus' },
    'QUIZ.UPDATED': { actions: 'quizUpdated' },
  },
  states: {
    starting: {
      always: [
        { guard: 'hasSavedProgress', target: 'resumePrompt' },
        { target: 'learning', actions: 'visitCurrent' },
      ],
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
        ADD_PARTICIPANT: { actions: 'addParticipant' },
        RENAME_PARTICIPANT: { actions: 'renameParticipant' },
        REMOVE_PARTICIPANT: { actions: 'removeParticipant' },
        SET_ROLE: { actions: 'setRole' },
        ASSIGN_ROLE: { actions: 'setRole' },
        ROTATE_ROLES: { actions: 'rotateRoles' },
        ENTER_TEAM_CODE: { actions: 'enterTeamCode' },
        SET_OWN_ROLE: { actions: 'setOwnRole' },
        TIMER_EXTEND: { actions: 'timerExtend' },
        STEP_NEXT: { guard: 'canGoNext', actions: 'goTo' },
        SET_TEXT: { actions: 'setText' },
        LEAVE_FIELD: { actions: emit({ type: 'fieldLeft' }) },
        ADD_ACTION: { actions: 'addAction' },
        UPDATE_ACTION: { actions: 'updateAction' },
        REMOVE_ACTION: { actions: 'removeAction' },
        TIMER_START: { actions: 'timerStart' },
        TIMER_PAUSE: { actions: 'timerPause' },
        TIMER_RESET: { actions: 'timerReset' },
        FINISH: { guard: 'canFinish', target: 'finished', actions: 'timerPause' },
      },
    },
    /** Afronden: the learner finished; nothing changes any more (the tracker commits and terminates once). */
    finished: {
      on: { 'QUIZ.UPDATED': {} },
    },
  },
});

/**
 * The rule for Afronden: the learner is on the closing page and the module is complete
 * (every page on the path visited with its requirements met; completion is sticky).
 */
export function canFinish(course: Course, learner: LearnerState): boolean {
  const page = course.pages[learner.page];
  return (
    page?.type === 'closing' &&
    pathIndices(course, learner).includes(learner.page) &&
    (learner.completed || allPagesComplete(course, learner))
  );
}

export { isFinished } from './course-start.js';

export type CourseMachine = typeof courseMachine;
export type CourseActor = ActorRefFrom<CourseMachine>;
