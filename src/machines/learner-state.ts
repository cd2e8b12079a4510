import type { Course, Page, PageMode, QuestionSet } from '../content/types.js';
import { pageModeView } from './mode-view.js';

/** One submitted answer to a question. */
export interface AnswerRecord {
  /** Selected option ids, sorted. */
  selected: string[];
  correct: boolean;
  /** Epoch ms when submitted. */
  at: number;
  /** Ms between showing the question and submitting. */
  latency: number;
}

/** State of one question set (graded quiz or practice activity). */
export interface QuizRecord {
  attempt: number;
  answers: Record<string, AnswerRecord>;
  done: boolean;
  /** 0–100, graded sets only: the last finished attempt (kept while a new attempt is under way). */
  score?: number;
  passed?: boolean;
}

export interface ActionRow {
  who: string;
  what: string;
  when: string;
}

/** alone: solo path; team: the live meeting on one screen; joined: took part in a team session, enters its code. */
export type Mode = PageMode;

/** The team part as recorded for this learner: live (ran the meeting) or by typing the team code. */
export interface TeamRecord {
  /** Normalised team code (8 characters, no dash). */
  code: string;
  /** ISO date (yyyy-mm-dd) of the session. */
  date: string;
  /** live: this launch ran the meeting; code: the learner typed the code. */
  via: 'live' | 'code';
}

/** Everything about one learner's progress that must survive a relaunch. */
export interface LearnerState {
  page: number;
  visited: string[];
  mode: Mode | null;
  participants: string[];
  /** role id → participant index */
  roles: Record<string, number>;
  texts: Record<string, string>;
  quizzes: Record<string, QuizRecord>;
  /** step/team page id → elapsed discussion ms */
  timers: Record<string, number>;
  actions: ActionRow[];
  /** Sticky: once completed, stays completed. */
  completed: boolean;
  /** ISO date (yyyy-mm-dd) of the team session. */
  sessionDate?: string;
  /**
   * 32-bit seed of this learner's question draws and option orders (see quiz-order.ts). Set when the
   * course starts; absent only in state saved before seeds existed.
   */
  seed?: number;
  /** The team part, once recorded (meeting ended here, or a valid code typed). */
  team?: TeamRecord;
  /** Role id the learner says they had in the session (joined mode; optional). */
  ownRole?: string;
  /** step/actions page id → extra minutes added with "+1 minuut". */
  extra?: Record<string, number>;
}

export const MAX_PARTICIPANTS = 12;
/** Empty name rows offered when a team starts. */
export const START_PARTICIPANTS = 3;
export const MAX_NAME_LENGTH = 60;
export const MAX_ACTION_FIELD = { who: 60, what: 300, when: 40 } as const;

export function emptyLearnerState(): LearnerState {
  return {
    page: 0,
    visited: [],
    mode: null,
    participants: [],
    roles: {},
    texts: {},
    quizzes: {},
    timers: {},
    actions: [],
    completed: false,
  };
}

/** All question sets of a course, graded quiz included, in page order. */
export function questionSets(course: Course): QuestionSet[] {
  const sets: QuestionSet[] = [];
  for (const page of course.pages) {
    if (page.type === 'quiz') sets.push(page.quiz);
    else if ('activity' in page && page.activity) sets.push(page.activity);
  }
  return sets;
}

export function gradedSet(course: Course): QuestionSet | undefined {
  return questionSets(course).find((s) => s.graded);
}

/** Whether a page belongs to the learner's path: pages without `modes` belong to every path; no mode yet = the solo path. */
export function pageInMode(page: Page, mode: Mode | null): boolean {
  return !page.modes || page.modes.includes(mode ?? 'alone');
}

/** Indices of the pages on the learner's path, in order. */
export function pathIndices(course: Course, state: Pick<LearnerState, 'mode'>): number[] {
  return course.pages.flatMap((p, i) => (pageInMode(p, state.mode) ? [i] : []));
}

/** The meeting agenda (team mode): step pages and the actielijst with their time boxes, in order. */
export function meetingAgenda(course: Course): { pageId: string; minutes: number }[] {
  return course.pages.flatMap((p) =>
    pageInMode(p, 'team') && (p.type === 'step' || (p.type === 'actions' && p.timebox)) ? [{ pageId: p.id, minutes: p.timebox ?? 0 }] : [],
  );
}

/** Whether the page's own requirements (choices, required text, activities) are met. */
export function pageRequirementsMet(page: Page, state: LearnerState): boolean {
  const filled = (id: string) => (state.texts[id] ?? '').trim().length > 0;
  const setDone = (id: string) => state.quizzes[id]?.done === true;
  switch (page.type) {
    case 'mode':
      return state.mode !== null && (state.mode !== 'joined' || !!state.team);
    case 'teamcode':
      return !!state.team;
    case 'reflection':
      return page.fields.every((f) => !f.required || filled(f.id));
    case 'team':
    case 'step': {
      // What the mode asks (mode-view): in the meeting notes are optional (the notulist decides) and there are no practice questions.
      const { notes, practice } = pageModeView(page, state.mode);
      return (!notes?.required || filled(page.notes.id)) && (!practice || setDone(practice.id));
    }
    case 'info':
      return !page.activity || setDone(page.activity.id);
    case 'quiz':
      return setDone(page.quiz.id);
    default:
      return true;
  }
}

/** A page is complete when it was visited and its requirements are met. */
export function pageComplete(course: Course, state: LearnerState, index: number): boolean {
  const page = course.pages[index];
  return state.visited.includes(page.id) && pageRequirementsMet(page, state);
}

/** Index of the furthest page the learner may open: every page on the path before it is complete. */
export function furthestUnlocked(course: Course, state: LearnerState): number {
  const path = pathIndices(course, state);
  let k = 0;
  while (k < path.length - 1 && pageComplete(course, state, path[k])) k++;
  return path[k] ?? 0;
}

/** Fraction (0–1) of the pages on the learner's path complete. */
export function progressMeasure(course: Course, state: LearnerState): number {
  const path = pathIndices(course, state);
  const done = path.filter((i) => pageComplete(course, state, i)).length;
  return Math.round((done / path.length) * 100) / 100;
}

/** Completion: every page on the learner's path complete (team: meeting + individual part; joined: code + individual part). */
export function allPagesComplete(course: Course, state: LearnerState): boolean {
  return pathIndices(course, state).every((i) => pageComplete(course, state, i));
}

/** Score 0–100 and pass/fail of the last finished graded attempt, if any. */
export function quizOutcome(course: Course, state: LearnerState): { score: number; passed: boolean } | null {
  const set = gradedSet(course);
  const record = set && state.quizzes[set.id];
  if (!record || record.score === undefined) return null;
  return { score: record.score, passed: record.passed === true };
}

/**
 * Named participants with their role names, e.g. `Anna (Voorzitter)`; unnamed participants are skipped.
 * `roleCase` lets the LMS comment write roles in lower case.
 */
export function participantsWithRoles(course: Course, state: LearnerState, roleCase: (name: string) => string = (n) => n): string[] {
  const modePage = course.pages.find((p) => p.type === 'mode');
  const roleNames = new Map(modePage?.type === 'mode' ? modePage.roles.map((r) => [r.id, r.name]) : []);
  return state.participants
    .map((name, i) => {
      const roles = Object.entries(state.roles)
        .filter(([, idx]) => idx === i)
        .map(([role]) => roleCase(roleNames.get(role) ?? role));
      return name.trim() ? `${name.trim()}${roles.length ? ` (${roles.join(', ')})` : ''}` : '';
    })
    .filter(Boolean);
}
