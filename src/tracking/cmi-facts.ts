/** Standard-neutral facts the LMS should hold, derived from course and learner state. */
import type { Course } from '../content/types.js';
import {
  gradedSet,
  participantsWithRoles,
  pageComplete,
  pageInMode,
  questionSets,
  quizOutcome,
  type LearnerState,
} from '../machines/learner-state.js';
import { attemptQuestions } from '../machines/quiz-order.js';
import { progress } from '../machines/selectors.js';
import { formatTeamCode } from '../machines/team-code.js';
import type { InteractionFacts, ObjectiveFacts, StatusFacts } from './cmi-mapping.js';

export function statusFacts(course: Course, learner: LearnerState): StatusFacts {
  return {
    completed: learner.completed,
    progress: progress(course, learner),
    outcome: quizOutcome(course, learner),
    hasGradedQuiz: !!gradedSet(course),
  };
}

/**
 * One entry per course objective: pages (on the learner's path) and graded questions that belong to it.
 * The team objective is completed once the team part is recorded (meeting ended here, or code typed).
 */
export function objectiveFacts(course: Course, learner: LearnerState): ObjectiveFacts[] {
  const graded = gradedSet(course);
  const record = graded ? learner.quizzes[graded.id] : undefined;
  // With a pool only the questions asked in this attempt count.
  const asked = graded && record ? attemptQuestions(graded, learner.seed ?? 0, record.attempt) : [];
  return course.objectives.map((objective) => {
    if (objective.id === course.teamObjective) {
      const team = learner.team;
      return {
        id: objective.id,
        completed: !!team,
        progress: team ? 1 : 0,
        ...(team ? { description: `Teamsessie ${team.date}, teamcode ${formatTeamCode(team.code)}` } : {}),
      };
    }
    const pages = course.pages.map((p, i) => ({ p, i })).filter(({ p }) => p.objective === objective.id && pageInMode(p, learner.mode));
    const done = pages.filter(({ i }) => pageComplete(course, learner, i)).length;
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
 * Graded quiz answers submitted after `after` (epoch ms), oldest first. Practice (ungraded) answers
 * stay in the learner state only, so the LMS interactions report holds the graded quiz alone.
 *
 * Responses are the AUTHORED option ids (a, b, c … in the order of the module file), never the
 * position on screen: options are shuffled per learner and attempt (quiz-order.ts), but `selected`
 * and `correctOptions` hold ids, so the LMS report reads the same for every learner.
 */
export function newInteractions(course: Course, learner: LearnerState, after: number): InteractionFacts[] {
  const out: InteractionFacts[] = [];
  for (const set of questionSets(course).filter((s) => s.graded)) {
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

/**
 * Text for the LMS comments field of a team session. Meeting run here: date, team code (once the
 * meeting ended) and participants with roles. Joined by code: date, team code and the learner's role.
 * The team code is the same in every participant's record, so a coordinator can tie them together.
 */
export function teamComment(course: Course, learner: LearnerState): string | null {
  const team = learner.team;
  if (learner.mode === 'joined') {
    if (!team) return null;
    const roleName = ownRoleName(course, learner);
    return `Teamsessie ${team.date}, teamcode ${formatTeamCode(team.code)}, rol: ${roleName ? roleName.toLowerCase() : 'niet opgegeven'}`;
  }
  if (learner.mode !== 'team') return null;
  const names = participantsWithRoles(course, learner, (role) => role.toLowerCase());
  if (!team && names.length === 0) return null;
  const head = `Teamsessie ${team?.date ?? learner.sessionDate ?? ''}${team ? `, teamcode ${formatTeamCode(team.code)}` : ''}`;
  return names.length ? `${head}: ${names.join('; ')}` : head;
}

/** Name of the role the learner picked when joining by code, if any. */
function ownRoleName(course: Course, learner: LearnerState): string | undefined {
  const page = course.pages.find((p) => p.type === 'mode');
  return page?.type === 'mode' ? page.roles.find((r) => r.id === learner.ownRole)?.name : undefined;
}
