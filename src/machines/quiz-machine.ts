import { and, assertEvent, assign, enqueueActions, setup, type AnyActorRef } from 'xstate';
import type { ChoiceQuestion, QuestionSet } from '../content/types.js';
import type { AnswerRecord, QuizRecord } from './learner-state.js';
import { attemptQuestions, requiredCorrect } from './quiz-order.js';

export interface QuizInput {
  set: QuestionSet;
  /** Saved record to resume from. */
  record?: QuizRecord;
  masteryScore: number;
  /** Graded attempts allowed; 0 = unlimited. */
  maxAttempts: number;
  /** The learner's seed: draws and option orders per attempt (default 0). */
  seed?: number;
  /** Who hears QUIZ.UPDATED after every answer, finish and retry (the course); a stand-alone quiz has none. */
  parent?: AnyActorRef;
  /** Epoch ms the first question is shown. */
  now?: number;
}

export interface QuizContext {
  set: QuestionSet;
  masteryScore: number;
  maxAttempts: number;
  seed: number;
  record: QuizRecord;
  /** This attempt's questions (drawn from the pool), each with its options in the order shown. */
  questions: ChoiceQuestion[];
  /** Index of the question on screen. */
  index: number;
  /** Options currently selected (before submitting). */
  selection: string[];
  /** Epoch ms the current question was shown. */
  shownAt: number;
  parent?: AnyActorRef;
}

export type QuizEvent =
  | { type: 'SELECT'; option: string }
  | { type: 'TOGGLE'; option: string }
  /** `now` (epoch ms): when answered / when the next question or attempt is shown; views pass it in. */
  | { type: 'SUBMIT'; now?: number }
  | { type: 'NEXT'; now?: number }
  | { type: 'RETRY'; now?: number }
  | { type: 'RESTORE'; record?: QuizRecord };

/** Sent to the parent after every answer, finish and retry. */
export interface QuizUpdatedEvent {
  type: 'QUIZ.UPDATED';
  setId: string;
  record: QuizRecord;
}

function isCorrect(question: ChoiceQuestion, selected: string[]): boolean {
  const correct = question.options
    .filter((o) => o.correct)
    .map((o) => o.id)
    .sort();
  const chosen = [...selected].sort();
  return correct.length === chosen.length && correct.every((id, i) => id === chosen[i]);
}

/** Score 0–100 of an attempt: right answers among the questions asked. */
function scoreOf(questions: ChoiceQuestion[], record: QuizRecord): number {
  const right = questions.filter((q) => record.answers[q.id]?.correct).length;
  return Math.round((right / questions.length) * 100);
}

/** The pass rule the way it is scored, and where an attempt stands: "5 van de 6 goed nodig". */
export interface QuizTally {
  /** Questions asked in this attempt. */
  total: number;
  /** Right answers needed to pass (from masteryScore and the number of questions). */
  needed: number;
  /** Right answers so far in this attempt. */
  right: number;
}

export function quizTally(ctx: Pick<QuizContext, 'questions' | 'record' | 'masteryScore'>): QuizTally {
  return {
    total: ctx.questions.length,
    needed: requiredCorrect(ctx.questions.length, ctx.masteryScore),
    right: ctx.questions.filter((q) => ctx.record.answers[q.id]?.correct).length,
  };
}

/**
 * Options whose feedback is shown for `question`. Practice: every option, after answering.
 * Graded quiz, while it runs: the learner's own choice(s) and the correct option(s) (why the right
 * answer is right); the explanation of every option only once the attempt is finished (`review`).
 */
export function visibleFeedback(set: QuestionSet, question: ChoiceQuestion, selected: string[], phase: 'feedback' | 'review'): string[] {
  if (!set.graded || phase === 'review') return question.options.map((o) => o.id);
  return question.options.filter((o) => o.correct || selected.includes(o.id)).map((o) => o.id);
}

function emptyRecord(attempt = 1): QuizRecord {
  return { attempt, answers: {}, done: false };
}

/** A new attempt after `previous`: answers cleared; the last finished result is kept until the new one exists. */
export function nextAttempt(previous: QuizRecord): QuizRecord {
  const next = emptyRecord(previous.attempt + 1);
  return previous.score === undefined ? next : { ...next, score: previous.score, passed: previous.passed };
}

/** May the learner start another attempt? Practice sets: always; graded: while attempts remain. */
function canRetry(ctx: Pick<QuizContext, 'set' | 'maxAttempts' | 'record'>): boolean {
  if (!ctx.record.done) return false;
  if (!ctx.set.graded) return true;
  return ctx.maxAttempts === 0 || ctx.record.attempt < ctx.maxAttempts;
}

/**
 * Does checking the question on screen finish the set? Practice (ungraded) sets: yes, on their last
 * question: the feedback shows at once on the finished set and the page's *Volgende* follows (no
 * separate *Bekijk resultaat*). Graded quizzes keep their result step.
 */
function finishesOnCheck(ctx: Pick<QuizContext, 'set' | 'index' | 'questions'>): boolean {
  return !ctx.set.graded && ctx.index === ctx.questions.length - 1;
}

function firstUnanswered(questions: ChoiceQuestion[], record: QuizRecord): number {
  const i = questions.findIndex((q) => !record.answers[q.id]);
  return i === -1 ? questions.length - 1 : i;
}

/** The moment an event carries; the clock is read only when an event comes without one. */
const timeOf = (event: { now?: number }) => event.now ?? Date.now();

function initialContext(input: QuizInput, record: QuizRecord | undefined): QuizContext {
  const rec = record ? structuredClone(record) : emptyRecord();
  const seed = input.seed ?? 0;
  const questions = attemptQuestions(input.set, seed, rec.attempt);
  return {
    set: input.set,
    masteryScore: input.masteryScore,
    maxAttempts: input.maxAttempts,
    seed,
    record: rec,
    questions,
    index: firstUnanswered(questions, rec),
    selection: [],
    shownAt: input.now ?? Date.now(),
    parent: input.parent,
  };
}

/**
 * One question set: answer a question, see the feedback (see `visibleFeedback`), go to the next,
 * and get a result (score and pass/fail for graded sets). A practice set finishes when its last
 * question is checked (`finishesOnCheck`). Resumes from a saved record.
 */
export const quizMachine = setup({
  types: {
    input: {} as QuizInput,
    context: {} as QuizContext,
    events: {} as QuizEvent,
  },
  guards: {
    hasSelection: ({ context }) => context.selection.length > 0,
    /** A choice must name an option of the question on screen (a stale or foreign id is ignored). */
    isCurrentOption: ({ context, event }) =>
      (event.type === 'SELECT' || event.type === 'TOGGLE') && context.questions[context.index].options.some((o) => o.id === event.option),
    hasMoreQuestions: ({ context }) => context.index < context.questions.length - 1,
    /** Practice sets have no result step: checking the last question finishes the set (see `finishesOnCheck`). */
    finishesOnCheck: ({ context }) => finishesOnCheck(context),
    canRetry: ({ context }) => canRetry(context),
    isDone: ({ context }) => context.record.done,
    currentAnswered: ({ context }) => !!context.record.answers[context.questions[context.index].id],
  },
  actions: {
    select: assign({
      selection: ({ event }) => {
        assertEvent(event, 'SELECT');
        return [event.option];
      },
    }),
    toggle: assign({
      selection: ({ context, event }) => {
        assertEvent(event, 'TOGGLE');
        const has = context.selection.includes(event.option);
        return has ? context.selection.filter((o) => o !== event.option) : [...context.selection, event.option].sort();
      },
    }),
    recordAnswer: assign({
      record: ({ context, event }) => {
        assertEvent(event, 'SUBMIT');
        const question = context.questions[context.index];
        const now = timeOf(event);
        const answer: AnswerRecord = {
          selected: [...context.selection].sort(),
          correct: isCorrect(question, context.selection),
          at: now,
          latency: Math.max(0, now - context.shownAt),
        };
        return { ...context.record, answers: { ...context.record.answers, [question.id]: answer } };
      },
    }),
    nextQuestion: assign({
      index: ({ context }) => context.index + 1,
      selection: [],
      shownAt: ({ event }) => timeOf(event as { now?: number }),
    }),
    finish: assign({
      record: ({ context }) => {
        const score = scoreOf(context.questions, context.record);
        return context.set.graded
          ? { ...context.record, done: true, score, passed: score >= context.masteryScore }
          : { ...context.record, done: true };
      },
    }),
    startRetry: assign({
      record: ({ context }) => nextAttempt(context.record),
      questions: ({ context }) => attemptQuestions(context.set, context.seed, context.record.attempt + 1),
      index: 0,
      selection: [],
      shownAt: ({ event }) => timeOf(event as { now?: number }),
    }),
    restore: assign(({ context, event }) => {
      assertEvent(event, 'RESTORE');
      return initialContext(context, event.record);
    }),
    /** Tells the parent (the course, given as input) about the new record. */
    notify: enqueueActions(({ context, enqueue }) => {
      if (!context.parent) return;
      const event: QuizUpdatedEvent = { type: 'QUIZ.UPDATED', setId: context.set.id, record: context.record };
      enqueue.sendTo(context.parent, event);
    }),
  },
}).createMachine({
  id: 'quiz',
  context: ({ input }) => initialContext(input, input.record),
  initial: 'routing',
  on: { RESTORE: { target: '.routing', actions: 'restore' } },
  states: {
    /** Decide where a (resumed) record starts. */
    routing: {
      always: [{ guard: 'isDone', target: 'finished' }, { guard: 'currentAnswered', target: 'feedback' }, { target: 'answering' }],
    },
    answering: {
      on: {
        SELECT: { guard: 'isCurrentOption', actions: 'select' },
        TOGGLE: { guard: 'isCurrentOption', actions: 'toggle' },
        SUBMIT: [
          { guard: and(['hasSelection', 'finishesOnCheck']), target: 'finished', actions: ['recordAnswer', 'finish', 'notify'] },
          { guard: 'hasSelection', target: 'feedback', actions: ['recordAnswer', 'notify'] },
        ],
      },
    },
    feedback: {
      on: {
        NEXT: [
          { guard: 'hasMoreQuestions', target: 'answering', actions: 'nextQuestion' },
          { target: 'finished', actions: ['finish', 'notify'] },
        ],
      },
    },
    finished: {
      on: { RETRY: { guard: 'canRetry', target: 'answering', actions: ['startRetry', 'notify'] } },
    },
  },
});
