/**
 * The one place where SCORM 1.2 and SCORM 2004 differ: API names, element names,
 * vocabularies and formats. Everything else in the tracking layer is standard-neutral.
 */
import { formatIso8601Duration, formatScorm12Time, formatScorm12Timespan, formatIsoTimestamp } from './time-format.js';

export type Standard = 'scorm12' | 'scorm2004';

/** Standard-neutral facts about the learner, computed from machine state. */
export interface StatusFacts {
  completed: boolean;
  /** 0–1 */
  progress: number;
  /** Last finished graded attempt, when there is one. */
  outcome: { score: number; passed: boolean } | null;
  hasGradedQuiz: boolean;
}

export interface InteractionFacts {
  id: string;
  prompt: string;
  selected: string[];
  correctOptions: string[];
  correct: boolean;
  latencyMs: number;
  at: number;
  objective?: string;
}

export interface ObjectiveFacts {
  id: string;
  completed: boolean;
  progress: number;
  /** Present when graded questions belong to the objective and the quiz is finished. */
  score?: number;
  passed?: boolean;
  /** Short note, e.g. the team session's date and code (SCORM 2004 only: 1.2 objectives have no description). */
  description?: string;
}

export type CmiPair = [element: string, value: string];

/**
 * What this launch may record: `full` (a normal attempt), `review` (a finished attempt reopened by the
 * LMS) or `browse` (browse mode or `credit = no-credit`). Only `full` writes anything.
 */
export type Recording = 'full' | 'review' | 'browse';

export interface CmiMapping {
  standard: Standard;
  /** Name of the API object on an LMS window. */
  apiName: 'API' | 'API_1484_11';
  calls: {
    initialize: string;
    terminate: string;
    getValue: string;
    setValue: string;
    commit: string;
    getLastError: string;
  };
  /** Initialize error codes that a retry cannot change (already initialized, session terminated). */
  initializeFinalErrors: number[];
  /** Max characters of suspend_data. */
  suspendLimit: number;
  element: {
    location: string;
    suspendData: string;
    exit: string;
    sessionTime: string;
    entry: string;
    learnerId: string;
    learnerName: string;
    interactionsCount: string;
    commentsCount?: string;
    /** `normal` / `review` / `browse`. */
    mode: string;
    /** `credit` / `no-credit`. */
    credit: string;
    objectivesCount: string;
  };
  /** Element holding the id of objective slot `n`. */
  objectiveId(n: number): string;
  /** What the launch may record, from the mode and credit values the LMS holds. */
  recording(get: (element: string) => string): Recording;
  /** Elements to read at launch to know what the LMS already holds. */
  readAtLaunch: string[];
  /** Score elements; always written before status. */
  score(outcome: { score: number }): CmiPair[];
  status(facts: StatusFacts): CmiPair[];
  /** Whether the LMS values read at launch mean the learner completed earlier. */
  completedInLms(get: (element: string) => string): boolean;
  objective(n: number, facts: ObjectiveFacts): CmiPair[];
  interaction(n: number, facts: InteractionFacts): CmiPair[];
  /** Team session comment. `n` is the comment slot for this session (2004). */
  comment(n: number, text: string, at: number, location: string): CmiPair[];
  /** Elements of comment slot `n`: its text, and where it was made (2004 only; 1.2 has one `cmi.comments`). */
  commentElements(n: number): { comment: string; location?: string };
  sessionTime(ms: number): string;
  exitValue(kind: 'suspend' | 'normal'): string;
}

/** Both standards share the vocabulary of mode and credit (only the element names differ). */
function recordingOf(mode: string, credit: string): Recording {
  if (mode === 'review') return 'review';
  return mode === 'browse' || credit === 'no-credit' ? 'browse' : 'full';
}

const score100 = (score: number) => String(Math.max(0, Math.min(100, Math.round(score))));

export const scorm12: CmiMapping = {
  standard: 'scorm12',
  apiName: 'API',
  calls: {
    initialize: 'LMSInitialize',
    terminate: 'LMSFinish',
    getValue: 'LMSGetValue',
    setValue: 'LMSSetValue',
    commit: 'LMSCommit',
    getLastError: 'LMSGetLastError',
  },
  // 101 is also the general exception: a refused LMSInitialize may be retried.
  initializeFinalErrors: [],
  suspendLimit: 4096,
  element: {
    location: 'cmi.core.lesson_location',
    suspendData: 'cmi.suspend_data',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    entry: 'cmi.core.entry',
    learnerId: 'cmi.core.student_id',
    learnerName: 'cmi.core.student_name',
    interactionsCount: 'cmi.interactions._count',
    mode: 'cmi.core.lesson_mode',
    credit: 'cmi.core.credit',
    objectivesCount: 'cmi.objectives._count',
  },
  objectiveId: (n) => `cmi.objectives.${n}.id`,
  recording: (get) => recordingOf(get('cmi.core.lesson_mode'), get('cmi.core.credit')),
  readAtLaunch: [
    'cmi.core.lesson_status',
    'cmi.core.score.raw',
    'cmi.core.score.min',
    'cmi.core.score.max',
    'cmi.core.lesson_location',
    'cmi.comments',
  ],
  score: ({ score }) => [
    ['cmi.core.score.min', '0'],
    ['cmi.core.score.max', '100'],
    ['cmi.core.score.raw', score100(score)],
  ],
  status: ({ completed, outcome, hasGradedQuiz }) => {
    if (!completed) return [['cmi.core.lesson_status', 'incomplete']];
    if (outcome) return [['cmi.core.lesson_status', outcome.passed ? 'passed' : 'failed']];
    // Completed but a retake is under way: keep what the LMS holds from the last attempt.
    return hasGradedQuiz ? [] : [['cmi.core.lesson_status', 'completed']];
  },
  completedInLms: (get) => ['completed', 'passed', 'failed'].includes(get('cmi.core.lesson_status')),
  objective: (n, o) => {
    const base = `cmi.objectives.${n}`;
    const status = o.passed !== undefined ? (o.passed ? 'passed' : 'failed') : o.completed ? 'completed' : 'incomplete';
    const pairs: CmiPair[] = [[`${base}.id`, o.id]];
    if (o.score !== undefined) {
      pairs.push([`${base}.score.min`, '0'], [`${base}.score.max`, '100'], [`${base}.score.raw`, score100(o.score)]);
    }
    pairs.push([`${base}.status`, status]);
    return pairs;
  },
  interaction: (n, i) => {
    const base = `cmi.interactions.${n}`;
    const pairs: CmiPair[] = [
      [`${base}.id`, i.id],
      [`${base}.type`, 'choice'],
    ];
    if (i.objective) pairs.push([`${base}.objectives.0.id`, i.objective]);
    pairs.push(
      [`${base}.time`, formatScorm12Time(i.at)],
      [`${base}.correct_responses.0.pattern`, i.correctOptions.join(',')],
      [`${base}.weighting`, '1'],
      [`${base}.student_response`, i.selected.join(',')],
      [`${base}.result`, i.correct ? 'correct' : 'wrong'],
      [`${base}.latency`, formatScorm12Timespan(i.latencyMs)],
    );
    return pairs;
  },
  comment: (_n, text) => [['cmi.comments', text.slice(0, 4096)]],
  commentElements: () => ({ comment: 'cmi.comments' }),
  sessionTime: formatScorm12Timespan,
  exitValue: (kind) => (kind === 'suspend' ? 'suspend' : ''),
};

export const scorm2004: CmiMapping = {
  standard: 'scorm2004',
  apiName: 'API_1484_11',
  calls: {
    initialize: 'Initialize',
    terminate: 'Terminate',
    getValue: 'GetValue',
    setValue: 'SetValue',
    commit: 'Commit',
    getLastError: 'GetLastError',
  },
  initializeFinalErrors: [103, 104],
  suspendLimit: 64000,
  element: {
    location: 'cmi.location',
    suspendData: 'cmi.suspend_data',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    entry: 'cmi.entry',
    learnerId: 'cmi.learner_id',
    learnerName: 'cmi.learner_name',
    interactionsCount: 'cmi.interactions._count',
    commentsCount: 'cmi.comments_from_learner._count',
    mode: 'cmi.mode',
    credit: 'cmi.credit',
    objectivesCount: 'cmi.objectives._count',
  },
  objectiveId: (n) => `cmi.objectives.${n}.id`,
  recording: (get) => recordingOf(get('cmi.mode'), get('cmi.credit')),
  readAtLaunch: [
    'cmi.completion_status',
    'cmi.success_status',
    'cmi.progress_measure',
    'cmi.score.scaled',
    'cmi.score.raw',
    'cmi.score.min',
    'cmi.score.max',
    'cmi.location',
  ],
  score: ({ score }) => [
    ['cmi.score.min', '0'],
    ['cmi.score.max', '100'],
    ['cmi.score.raw', score100(score)],
    ['cmi.score.scaled', String(Number(score100(score)) / 100)],
  ],
  status: ({ completed, outcome, progress }) => {
    const pairs: CmiPair[] = [['cmi.progress_measure', String(progress)]];
    if (outcome) pairs.push(['cmi.success_status', outcome.passed ? 'passed' : 'failed']);
    pairs.push(['cmi.completion_status', completed ? 'completed' : 'incomplete']);
    return pairs;
  },
  completedInLms: (get) => get('cmi.completion_status') === 'completed',
  objective: (n, o) => {
    const base = `cmi.objectives.${n}`;
    const pairs: CmiPair[] = [[`${base}.id`, o.id]];
    if (o.score !== undefined) {
      pairs.push(
        [`${base}.score.min`, '0'],
        [`${base}.score.max`, '100'],
        [`${base}.score.raw`, score100(o.score)],
        [`${base}.score.scaled`, String(Number(score100(o.score)) / 100)],
      );
    }
    if (o.description) pairs.push([`${base}.description`, o.description.slice(0, 250)]);
    if (o.passed !== undefined) pairs.push([`${base}.success_status`, o.passed ? 'passed' : 'failed']);
    pairs.push([`${base}.progress_measure`, String(o.progress)], [`${base}.completion_status`, o.completed ? 'completed' : 'incomplete']);
    return pairs;
  },
  interaction: (n, i) => {
    const base = `cmi.interactions.${n}`;
    const pairs: CmiPair[] = [
      [`${base}.id`, i.id],
      [`${base}.type`, 'choice'],
      [`${base}.description`, i.prompt.slice(0, 250)],
    ];
    if (i.objective) pairs.push([`${base}.objectives.0.id`, i.objective]);
    pairs.push(
      [`${base}.timestamp`, formatIsoTimestamp(i.at)],
      [`${base}.correct_responses.0.pattern`, i.correctOptions.join('[,]')],
      [`${base}.weighting`, '1'],
      [`${base}.learner_response`, i.selected.join('[,]')],
      [`${base}.result`, i.correct ? 'correct' : 'incorrect'],
      [`${base}.latency`, formatIso8601Duration(i.latencyMs)],
    );
    return pairs;
  },
  comment: (n, text, at, location) => [
    [`cmi.comments_from_learner.${n}.comment`, text.slice(0, 4000)],
    [`cmi.comments_from_learner.${n}.location`, location],
    [`cmi.comments_from_learner.${n}.timestamp`, formatIsoTimestamp(at)],
  ],
  commentElements: (n) => ({ comment: `cmi.comments_from_learner.${n}.comment`, location: `cmi.comments_from_learner.${n}.location` }),
  sessionTime: formatIso8601Duration,
  exitValue: (kind) => kind,
};

export const mappings: Record<Standard, CmiMapping> = { scorm12, scorm2004 };
