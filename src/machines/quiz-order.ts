/**
 * What a learner is asked in one attempt at a question set: the questions drawn from the pool and
 * the options in their shuffled order. Everything is derived from the learner's seed (kept in the
 * saved state), the set id and the attempt number, so a resume shows the same questions in the
 * same order, and a new attempt (or another learner) gets another draw and order.
 *
 * Only the order on screen changes: answers are recorded, scored and reported to the LMS by the
 * authored option ids.
 */
import type { ChoiceQuestion, QuestionSet } from '../content/types.js';
import { fnv1a } from './random.js';

/** FNV-1a hash of the parts: a stable 32-bit seed for one use (draw, one question's options). */
export function deriveSeed(...parts: (string | number)[]): number {
  return fnv1a(parts.join('\u001f'));
}

/** Small seeded PRNG (mulberry32): numbers in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates) of `items`, the same for the same seed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const next = prng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export { askedCount } from '../content/duration.js';

/**
 * The questions of one attempt, in authored order, each with its options in the order shown.
 * With a pool, `pool.draw` questions are drawn; without one, every question is asked.
 */
export function attemptQuestions(set: QuestionSet, learnerSeed: number, attempt: number): ChoiceQuestion[] {
  let questions = set.questions;
  if (set.pool && set.pool.draw < questions.length) {
    const drawn = new Set(
      shuffled(
        questions.map((q) => q.id),
        deriveSeed(learnerSeed, set.id, attempt, 'pool'),
      ).slice(0, set.pool.draw),
    );
    questions = questions.filter((q) => drawn.has(q.id));
  }
  return questions.map((q) => ({ ...q, options: shuffled(q.options, deriveSeed(learnerSeed, set.id, attempt, q.id)) }));
}

/**
 * Fewest right answers out of `count` that pass, scored the way the quiz scores:
 * round(right / count × 100) ≥ masteryScore. E.g. 6 questions at 70 % → 5.
 */
export function requiredCorrect(count: number, masteryScore: number): number {
  for (let right = 0; right <= count; right++) if (Math.round((right / count) * 100) >= masteryScore) return right;
  return count;
}
