/**
 * Versioned, compact suspend_data. Short keys keep SCORM 1.2 within 4096 characters;
 * when free texts do not fit, they are left out of the LMS copy (largest first), listed,
 * and kept in the local backup — the learner is told before that happens.
 */
import type { Course } from '../content/types.js';
import { fieldById } from '../content/course-lookup.js';
import { attemptQuestions } from '../machines/quiz-order.js';
import { emptyLearnerState, furthestUnlocked, questionSets, type LearnerState, type QuizRecord } from '../machines/learner-state.js';

const SUSPEND_VERSION = 1;

/** What is saved: learner state plus tracking bookkeeping. */
export interface SavedEnvelope {
  learner: LearnerState;
  /** Epoch ms of the newest answer already reported as an interaction. */
  reportedUntil: number;
  /** Epoch ms when saved; the newer of LMS copy and local backup wins. */
  savedAt: number;
  /** Text field ids left out of this copy because they did not fit. */
  textsLeftOut: string[];
}

type Compact = {
  v: number;
  mv: number;
  p: number;
  vi: string[];
  md?: 'a' | 't' | 'j';
  ps?: string[];
  rl?: Record<string, number>;
  tx?: Record<string, string>;
  qz?: Record<
    string,
    [attempt: number, done: 0 | 1, score: number, passed: 0 | 1, answers: Record<string, [string, 0 | 1, number, number]>]
  >;
  tm?: Record<string, number>;
  ac?: [string, string, string][];
  c?: 1;
  sd?: string;
  /** team part: [code, date, l(ive) | c(ode)] */
  tc?: [string, string, 'l' | 'c'];
  or?: string;
  ex?: Record<string, number>;
  /** learner seed (question draws, option orders); absent in data saved before it existed */
  rs?: number;
  ru: number;
  ts: number;
  lo?: string[];
};

function toCompact(course: Course, env: SavedEnvelope): Compact {
  const l = env.learner;
  const c: Compact = { v: SUSPEND_VERSION, mv: course.version, p: l.page, vi: l.visited, ru: env.reportedUntil, ts: env.savedAt };
  if (l.mode) c.md = l.mode === 'team' ? 't' : l.mode === 'joined' ? 'j' : 'a';
  if (l.participants.length) c.ps = l.participants;
  if (Object.keys(l.roles).length) c.rl = l.roles;
  const texts = Object.entries(l.texts).filter(([, v]) => v.length > 0);
  if (texts.length) c.tx = Object.fromEntries(texts);
  const quizzes = Object.entries(l.quizzes);
  if (quizzes.length) {
    c.qz = Object.fromEntries(
      quizzes.map(([id, r]) => [
        id,
        [
          r.attempt,
          r.done ? 1 : 0,
          r.score ?? -1,
          r.passed ? 1 : 0,
          Object.fromEntries(
            Object.entries(r.answers).map(([q, a]) => [q, [a.selected.join(''), a.correct ? 1 : 0, a.at, Math.round(a.latency)]]),
          ),
        ],
      ]),
    );
  }
  const timers = Object.entries(l.timers).filter(([, ms]) => ms > 0);
  if (timers.length) c.tm = Object.fromEntries(timers.map(([id, ms]) => [id, Math.round(ms)]));
  if (l.actions.length) c.ac = l.actions.map((a) => [a.who, a.what, a.when]);
  if (l.completed) c.c = 1;
  if (l.sessionDate) c.sd = l.sessionDate;
  if (l.team) c.tc = [l.team.code, l.team.date, l.team.via === 'live' ? 'l' : 'c'];
  if (l.ownRole) c.or = l.ownRole;
  const extra = Object.entries(l.extra ?? {}).filter(([, n]) => n > 0);
  if (extra.length) c.ex = Object.fromEntries(extra);
  if (l.seed !== undefined) c.rs = l.seed;
  if (env.textsLeftOut.length) c.lo = env.textsLeftOut;
  return c;
}

export function encodeSuspendData(course: Course, env: SavedEnvelope): string {
  return JSON.stringify(toCompact(course, env));
}

/**
 * Encodes within `limit` characters. When the whole state does not fit, text fields are
 * left out largest first (they stay in the local backup) and listed in `textsLeftOut`.
 * Returns null when even the state without texts does not fit.
 */
export function encodeWithinLimit(course: Course, env: SavedEnvelope, limit: number): { data: string; textsLeftOut: string[] } | null {
  let data = encodeSuspendData(course, { ...env, textsLeftOut: [] });
  if (data.length <= limit) return { data, textsLeftOut: [] };
  const texts = { ...env.learner.texts };
  const leftOut: string[] = [];
  const bySize = Object.keys(texts).sort((a, b) => texts[b].length - texts[a].length);
  for (const id of bySize) {
    delete texts[id];
    leftOut.push(id);
    data = encodeSuspendData(course, { ...env, learner: { ...env.learner, texts }, textsLeftOut: leftOut });
    if (data.length <= limit) return { data, textsLeftOut: leftOut };
  }
  const withoutActions = { ...env.learner, texts, actions: [] };
  data = encodeSuspendData(course, { ...env, learner: withoutActions, textsLeftOut: [...leftOut, '@actions'] });
  return data.length <= limit ? { data, textsLeftOut: [...leftOut, '@actions'] } : null;
}

/**
 * Decodes saved data for this course. Unknown pages, sets, questions and fields (from an
 * older module version) are dropped; completion is always kept. Corrupt data gives null.
 */
export function decodeSuspendData(course: Course, data: string): SavedEnvelope | null {
  if (!data) return null;
  let c: Compact;
  try {
    c = JSON.parse(data);
  } catch {
    return null;
  }
  if (!c || typeof c !== 'object' || c.v !== SUSPEND_VERSION) {
    return c && typeof c === 'object' && (c as { c?: unknown }).c === 1 ? completedOnly() : null;
  }
  try {
    return fromCompact(course, c);
  } catch {
    return c.c === 1 ? completedOnly() : null;
  }
}

function completedOnly(): SavedEnvelope {
  return { learner: { ...emptyLearnerState(), completed: true }, reportedUntil: 0, savedAt: 0, textsLeftOut: [] };
}

const isRecord = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const str = (x: unknown) => (typeof x === 'string' ? x : '');
const num = (x: unknown, fallback = 0) => (typeof x === 'number' && Number.isFinite(x) ? x : fallback);

function fromCompact(course: Course, c: Compact): SavedEnvelope {
  const pageIds = new Set(course.pages.map((p) => p.id));
  const sets = new Map(questionSets(course).map((s) => [s.id, s]));
  const roleIds = new Set(course.pages.flatMap((p) => (p.type === 'mode' ? p.roles.map((r) => r.id) : [])));
  const learner = emptyLearnerState();
  learner.page = Math.min(Math.max(0, Math.trunc(num(c.p))), course.pages.length - 1);
  learner.visited = (Array.isArray(c.vi) ? c.vi : []).filter((id): id is string => typeof id === 'string' && pageIds.has(id));
  learner.mode = c.md === 't' ? 'team' : c.md === 'j' ? 'joined' : c.md === 'a' ? 'alone' : null;
  if (typeof c.rs === 'number' && Number.isInteger(c.rs) && c.rs >= 0 && c.rs < 2 ** 32) learner.seed = c.rs;
  learner.participants = (Array.isArray(c.ps) ? c.ps : []).map(str).slice(0, 12);
  if (isRecord(c.rl)) {
    for (const [role, index] of Object.entries(c.rl)) {
      if (roleIds.has(role) && num(index, -1) >= 0 && num(index) < learner.participants.length) learner.roles[role] = num(index);
    }
  }
  if (isRecord(c.tx))
    for (const [id, text] of Object.entries(c.tx)) if (typeof text === 'string' && fieldById(course, id)) learner.texts[id] = text;
  if (isRecord(c.qz)) {
    for (const [id, raw] of Object.entries(c.qz)) {
      const set = sets.get(id);
      if (!set || !Array.isArray(raw)) continue;
      const [attempt, done, score, passed, answers] = raw;
      const questionIds = new Set(set.questions.map((q) => q.id));
      const record: QuizRecord = { attempt: Math.max(1, num(attempt, 1)), answers: {}, done: done === 1 };
      if (isRecord(answers)) {
        for (const [q, a] of Object.entries(answers)) {
          if (!questionIds.has(q) || !Array.isArray(a)) continue;
          record.answers[q] = { selected: str(a[0]).split('').sort(), correct: a[1] === 1, at: num(a[2]), latency: num(a[3]) };
        }
      }
      // A finished set whose questions changed is reopened rather than trusted.
      if (record.done && attemptQuestions(set, learner.seed ?? 0, record.attempt).some((q) => !record.answers[q.id])) record.done = false;
      // Graded sets keep the last finished result, also while a new attempt is under way.
      if (set.graded && num(score, -1) >= 0) {
        record.score = num(score);
        record.passed = passed === 1;
      }
      learner.quizzes[id] = record;
    }
  }
  if (isRecord(c.tm)) for (const [id, ms] of Object.entries(c.tm)) if (pageIds.has(id)) learner.timers[id] = Math.max(0, num(ms));
  learner.actions = (Array.isArray(c.ac) ? c.ac : [])
    .filter(Array.isArray)
    .map((row) => ({ who: str(row[0]), what: str(row[1]), when: str(row[2]) }));
  learner.completed = c.c === 1;
  if (typeof c.sd === 'string') learner.sessionDate = c.sd;
  if (Array.isArray(c.tc) && /^[2-9A-HJKMNP-Z]{8}$/.test(str(c.tc[0])) && /^\d{4}-\d{2}-\d{2}$/.test(str(c.tc[1]))) {
    learner.team = { code: str(c.tc[0]), date: str(c.tc[1]), via: c.tc[2] === 'l' ? 'live' : 'code' };
  }
  if (typeof c.or === 'string' && roleIds.has(c.or)) learner.ownRole = c.or;
  if (isRecord(c.ex)) {
    const extra = Object.entries(c.ex)
      .filter(([id, n]) => pageIds.has(id) && num(n) > 0)
      .map(([id, n]) => [id, Math.min(60, Math.trunc(num(n)))]);
    if (extra.length) learner.extra = Object.fromEntries(extra);
  }
  // An index from another module version can point at a page never opened: go no further than the learner got.
  if (!learner.visited.includes(course.pages[learner.page].id)) learner.page = Math.min(learner.page, furthestUnlocked(course, learner));
  return {
    learner,
    reportedUntil: num(c.ru),
    savedAt: num(c.ts),
    textsLeftOut: (Array.isArray(c.lo) ? c.lo : []).filter((x): x is string => typeof x === 'string'),
  };
}

/**
 * Merges the LMS copy with the local backup: the newer one wins, texts the LMS copy
 * left out come from the backup, and completion from either is kept.
 */
export function mergeSaved(lms: SavedEnvelope | null, local: SavedEnvelope | null): SavedEnvelope | null {
  if (!lms) return local;
  if (!local) return lms;
  const [newer, older] = local.savedAt > lms.savedAt ? [local, lms] : [lms, local];
  const texts = { ...older.learner.texts, ...newer.learner.texts };
  const leftOutActions = newer.textsLeftOut.includes('@actions');
  return {
    learner: {
      ...newer.learner,
      texts,
      actions: leftOutActions && newer.learner.actions.length === 0 ? older.learner.actions : newer.learner.actions,
      completed: newer.learner.completed || older.learner.completed,
    },
    // The LMS copy knows exactly which interactions the LMS holds (same commit).
    reportedUntil: lms.reportedUntil,
    savedAt: newer.savedAt,
    textsLeftOut: [],
  };
}
