import type { Course, Page, QuestionSet } from '../content/types.js';

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

export type Mode = 'alone' | 'team';

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
}

export const MAX_PARTICIPANTS = 12;
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

/** Whether the page's own requirements (choices, required text, activities) are met. */
export function pageRequirementsMet(page: Page, state: LearnerState): boolean {
  const filled = (id: string) => (state.texts[id] ?? '').trim().length > 0;
  const setDone = (id: string) => state.quizzes[id]?.done === true;
  switch (page.type) {
    case 'mode':
      return state.mode !== null;
    case 'reflection':
      return page.fields.every((f) => !f.required || filled(f.id));
    case 'team':
      return !page.notes.required || filled(page.notes.id);
    case 'step':
      return (!page.notes.required || filled(page.notes.id)) && (!page.activity || setDone(page.activity.id));
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

/** Index of the furthest page the learner may open: every page before it is complete. */
export function furthestUnlocked(course: Course, state: LearnerState): number {
  let i = 0;
  while (i < course.pages.length - 1 && pageComplete(course, state, i)) i++;
  return i;
}

/** Fraction (0–1) of pages complete. */
export function progressMeasure(course: Course, state: LearnerState): number {
  const done = course.pages.filter((_, i) => pageComplete(course, state, i)).length;
  return Math.round((done / course.pages.length) * 100) / 100;
}

export function allPagesComplete(course: Course, state: LearnerState): boolean {
  return course.pages.every((_, i) => pageComplete(course, state, i));
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
