/** Standard-neutral facts the LMS should hold, derived from course and learner state. */
import type { Course } from '../content/types.js';
import {
  gradedSet,
  participantsWithRoles,
  pageComplete,
  progressMeasure,
  questionSets,
  quizOutcome,
  type LearnerState,
} from '../machines/learner-state.js';
import { attemptQuestions } from '../machines/quiz-order.js';
import type { InteractionFacts, ObjectiveFacts, StatusFacts } from './cmi-mapping.js';

export function statusFacts(course: Course, learner: LearnerState): StatusFacts {
  return {
    completed: learner.completed,
    progress: learner.completed ? 1 : progressMeasure(course, learner),
    outcome: quizOutcome(course, learner),
    hasGradedQuiz: !!gradedSet(course),
  };
}

/** One entry per course objective: pages and graded questions that belong to it. */
export function objectiveFacts(course: Course, learner: LearnerState): ObjectiveFacts[] {
  const graded = gradedSet(course);
  const record = graded ? learner.quizzes[graded.id] : undefined;
  return course.objectives.map((objective) => {
    const pages = course.pages.map((p, i) => ({ p, i })).filter(({ p }) => p.objective === objective.id);
    const done = pages.filter(({ i }) => pageComplete(course, learner, i)).length;
    // With a pool only the questions asked in this attempt count.
    const asked = graded && record ? attemptQuestions(graded, learner.seed ?? 0, record.attempt) : [];
    const questions = asked.filter((q) => q.objective === objective.id);
    const facts: ObjectiveFacts = {
      id: objective.id,
      completed: learner.completed || (pages.length > 0 && done === pages.length),
      progress: learner.completed || pages.length === 0 ? (learner.completed ? 1 : 0) : Math.round((done / pages.length) * 100) / 100,
    };
    if (questions.length > 0 && record?.done) {
      const right = questions.filter((q) => record.answers[q.id]?.correct).length;
      facts.score = Math.round((right / questions.length) * 100);
      facts.passed = facts.score >= course.masteryScore;
    }
    return facts;
  });
}

/** Interaction id: set, question and attempt; no spaces, unique per answer. */
export function interactionId(setId: string, questionId: string, attempt: number): string {
  return `${setId}__${questionId}__a${attempt}`;
}

/**
 * Answers submitted after `after` (epoch ms), oldest first.
 *
 * Responses are the AUTHORED option ids (a, b, c … in the order of the module file), never the
 * position on screen: options are shuffled per learner and attempt (quiz-order.ts), but `selected`
 * and `correctOptions` hold ids, so the LMS report reads the same for every learner.
 */
export function newInteractions(course: Course, learner: LearnerState, after: number): InteractionFacts[] {
  const out: InteractionFacts[] = [];
  for (const set of questionSets(course)) {
    const record = learner.quizzes[set.id];
    if (!record) continue;
    for (const q of set.questions) {
      const answer = record.answers[q.id];
      if (!answer || answer.at <= after) continue;
      out.push({
        id: interactionId(set.id, q.id, record.attempt),
        prompt: q.prompt,
        selected: answer.selected,
        correctOptions: q.options.filter((o) => o.correct).map((o) => o.id),
        correct: answer.correct,
        latencyMs: answer.latency,
        at: answer.at,
        objective: q.objective,
      });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Text for the LMS comments field of a team session: date and participants with roles. */
export function teamComment(course: Course, learner: LearnerState): string | null {
  if (learner.mode !== 'team' || learner.participants.every((n) => !n.trim())) return null;
  const names = participantsWithRoles(course, learner, (role) => role.toLowerCase());
  return `Teamsessie ${learner.sessionDate ?? ''}: ${names.join('; ')}`;
}
