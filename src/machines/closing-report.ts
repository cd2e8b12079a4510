/**
 * What the closing page and *Mijn verslag* show, derived from course and learner state (pure).
 * Views render these facts; they do not recompute rules.
 */
import type { Course, Objective } from '../content/types.js';
import {
  gradedSet,
  pageComplete,
  pageInMode,
  participantsWithRoles,
  type ActionRow,
  type LearnerState,
  type Mode,
  type TeamRecord,
} from './learner-state.js';
import { attemptQuestions, requiredCorrect } from './quiz-order.js';

/** The graded quiz's last finished attempt, with the pass rule. */
interface ReportResult {
  right: number;
  total: number;
  /** Right answers needed to pass (the rule as it is scored). */
  needed: number;
  /** The module's mastery score in percent. */
  masteryScore: number;
  score: number;
  passed: boolean;
}

/** One text the learner wrote, with the question it answers. */
interface ReportAnswer {
  pageTitle: string;
  label: string;
  text: string;
}

export interface ClosingReport {
  /** null: the module has no graded quiz, or it was not finished. */
  result: ReportResult | null;
  /** Goals reached on the learner's path. */
  reached: Objective[];
  /** Goals on the path not (yet) reached. */
  open: Objective[];
  mode: Mode | null;
  /** Every field on the learner's path, in page order (empty text = not filled in). */
  answers: ReportAnswer[];
  /** Actielijst rows with any content. */
  actions: ActionRow[];
  team?: TeamRecord;
  /** Named participants with roles (meeting run here). */
  participants: string[];
}

function result(course: Course, learner: LearnerState): ReportResult | null {
  const set = gradedSet(course);
  const record = set && learner.quizzes[set.id];
  if (!set || !record || record.score === undefined) return null;
  const asked = attemptQuestions(set, learner.seed ?? 0, record.attempt);
  const total = asked.length;
  // A finished attempt counts its answers; while a new attempt runs, the last finished score stands.
  const right = record.done ? asked.filter((q) => record.answers[q.id]?.correct).length : Math.round((record.score / 100) * total);
  return {
    right,
    total,
    needed: requiredCorrect(total, course.masteryScore),
    masteryScore: course.masteryScore,
    score: record.score,
    passed: record.passed === true,
  };
}

function goalReached(course: Course, learner: LearnerState, objective: Objective): boolean | null {
  if (objective.id === course.teamObjective) return learner.mode === 'alone' || learner.mode === null ? null : !!learner.team;
  const pages = course.pages.map((p, i) => ({ p, i })).filter(({ p }) => p.objective === objective.id && pageInMode(p, learner.mode));
  if (pages.length === 0) return learner.completed;
  return pages.every(({ i }) => pageComplete(course, learner, i));
}

/** The facts of the closing page for this learner. */
export function closingReport(course: Course, learner: LearnerState): ClosingReport {
  const reached: Objective[] = [];
  const open: Objective[] = [];
  for (const objective of course.objectives) {
    const state = goalReached(course, learner, objective);
    if (state === true) reached.push(objective);
    else if (state === false) open.push(objective);
  }
  const answers: ReportAnswer[] = [];
  for (const page of course.pages) {
    if (!pageInMode(page, learner.mode)) continue;
    const fields = page.type === 'reflection' ? page.fields : page.type === 'step' || page.type === 'team' ? [page.notes] : [];
    for (const f of fields) answers.push({ pageTitle: page.title, label: f.label, text: (learner.texts[f.id] ?? '').trim() });
  }
  return {
    result: result(course, learner),
    reached,
    open,
    mode: learner.mode,
    answers,
    actions: learner.actions.filter((a) => a.who.trim() || a.what.trim() || a.when.trim()),
    ...(learner.team ? { team: learner.team } : {}),
    participants: learner.mode === 'team' ? participantsWithRoles(course, learner) : [],
  };
}
