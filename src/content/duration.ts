/**
 * Duration estimate and quiz pattern figures, computed from the typed course (pure, no I/O).
 * The rule is documented in docs/module-format.md ("Duration estimate"); keep both in step.
 *
 * Per page, on the alone (individual) path:
 * - reading: every word the learner sees, at {@link WORDS_PER_MINUTE};
 * - answering: {@link ANSWER_MINUTES} per choice question;
 * - writing: {@link WRITE_MINUTES} per open text field ({@link LONG_WRITE_MINUTES} above
 *   {@link LONG_FIELD_CHARS} characters);
 * - a figure adds {@link FIGURE_MINUTES} to look at it;
 * - the closing page adds {@link REVIEW_MINUTES} to look back at the result and one's own answers.
 * The sum is rounded to the nearest half minute (at least half a minute). Team time boxes are not
 * part of the individual path; the team meeting's time is the sum of the time boxes of its pages.
 */
import type { Block, ChoiceQuestion, Course, Page, QuestionSet, RichText, TextField } from './types.js';

const WORDS_PER_MINUTE = 200;
/** Time to choose an answer to one question. */
const ANSWER_MINUTES = 0.25;
/** Time to write one open answer. */
const WRITE_MINUTES = 1.5;
/** Time to write one long open answer (maxLength above {@link LONG_FIELD_CHARS}). */
const LONG_WRITE_MINUTES = 2.5;
const LONG_FIELD_CHARS = 600;
/** Time to look at a figure (model, chart). */
const FIGURE_MINUTES = 0.5;
/** Time to look back over the closing page's result, goals and one's own answers. */
const REVIEW_MINUTES = 0.5;
/** The stated minutes may differ from the estimate by at most max(MARGIN_MINUTES, MARGIN_SHARE × estimate). */
const MARGIN_MINUTES = 1;
const MARGIN_SHARE = 0.25;
/** A module's individual path may take at most this many minutes. */
export const MAX_INDIVIDUAL_MINUTES = 20;
/** A graded set may have the correct option as its longest in at most this share of its questions. */
export const MAX_LONGEST_CORRECT_SHARE = 1 / 3;
/** Words of praise a wrong option's feedback must not open with (lower case). */
const PRAISE_WORDS = [
  'juist',
  'goed',
  'klopt',
  'precies',
  'prima',
  'terecht',
  'correct',
  'inderdaad',
  'helemaal goed',
  'mooi',
  'uitstekend',
] as const;

/** The paths a page can belong to (see `modes` on a page; absent = every path). */
type Path = 'alone' | 'team';

export interface PageEstimate {
  /** Index in `course.pages` (= index in the module file's `pages`). */
  index: number;
  id: string;
  type: string;
  /** `minutes` as written in the module file. */
  stated: number;
  /** Rounded estimate in minutes (alone path). */
  estimated: number;
  /** Words read. */
  words: number;
  /** Choice questions answered. */
  questions: number;
  /** Open text fields to write. */
  fields: number;
  /** Figures to look at. */
  figures: number;
  /** Team time box of this page, if it has one (not part of the estimate). */
  timebox?: number;
  /** Whether the page is on the alone path (pages limited to the team paths are not). */
  alone: boolean;
  /** Whether the page is on the team meeting path. */
  team: boolean;
  /** Whether `stated` lies within the margin of `estimated`. */
  withinMargin: boolean;
}

export interface ModuleEstimate {
  id: string;
  pages: PageEstimate[];
  /** Sum of stated minutes of the pages on the alone path. */
  statedIndividual: number;
  /** Sum of page estimates on the alone path. */
  estimatedIndividual: number;
  /** Sum of the time boxes of the pages on the team path (0 without team mode). */
  teamMeeting: number;
}

/** Counts the words in a text: whitespace-separated tokens that contain a letter or a digit. */
export function countWords(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) n++;
  return n;
}

/** All visible text of compiled rich text, blocks separated by a space. */
export function richTextString(blocks: RichText | undefined): string {
  if (!blocks) return '';
  const runs = (b: Block): string =>
    'parts' in b
      ? b.parts.map((part) => [part.title.map((r) => r.t).join(''), ...part.body.map(runs)].join(' ')).join(' ')
      : 'items' in b
        ? b.items.map((item) => item.map((r) => r.t).join('')).join(' ')
        : b.runs.map((r) => r.t).join('');
  return blocks.map(runs).join(' ');
}

/** Rounds to the nearest half minute, at least half a minute. */
export function roundToHalf(minutes: number): number {
  return Math.max(0.5, Math.round(minutes * 2) / 2);
}

/** The allowed difference between stated and estimated minutes. */
export function marginFor(estimated: number): number {
  return Math.max(MARGIN_MINUTES, MARGIN_SHARE * estimated);
}

export function isWithinMargin(stated: number, estimated: number): boolean {
  // A tiny epsilon so 25 % of e.g. 6.5 (1.625) is compared without float noise.
  return Math.abs(stated - estimated) <= marginFor(estimated) + 1e-9;
}

/** Minutes to write one field. */
function writingMinutes(field: TextField): number {
  return field.maxLength > LONG_FIELD_CHARS ? LONG_WRITE_MINUTES : WRITE_MINUTES;
}

const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/**
 * Words read for one question: prompt, every option, and the feedback shown after answering:
 * the feedback of the correct option(s) plus the average feedback of the wrong options.
 */
export function questionWords(q: ChoiceQuestion): number {
  const options = q.options.reduce((n, o) => n + countWords(o.text), 0);
  const correctFeedback = q.options.filter((o) => o.correct).reduce((n, o) => n + countWords(o.feedback), 0);
  const wrongFeedback = mean(q.options.filter((o) => !o.correct).map((o) => countWords(o.feedback)));
  return countWords(q.prompt) + options + correctFeedback + wrongFeedback;
}

/** How many questions of a set a learner answers per attempt (a pool asks `draw` of them). */
export function askedCount(set: QuestionSet): number {
  return set.pool ? Math.min(set.pool.draw, set.questions.length) : set.questions.length;
}

/** Words and questions of one attempt at a set (with a pool: the average question times the draw). */
function questionSetLoad(set: QuestionSet | undefined): { words: number; questions: number } {
  if (!set || set.questions.length === 0) return { words: 0, questions: 0 };
  const asked = askedCount(set);
  const words = mean(set.questions.map(questionWords)) * asked;
  return { words, questions: asked };
}

interface Load {
  text: string[];
  extraWords: number;
  questions: number;
  fields: TextField[];
  figures: number;
  writeExtra: number;
  /** Minutes to look back over one's own work (closing page). */
  reviewExtra: number;
}

/** What a learner reads, answers and writes on a page in alone mode. */
function pageLoad(page: Page): Load {
  const load: Load = { text: [page.title], extraWords: 0, questions: 0, fields: [], figures: 0, writeExtra: 0, reviewExtra: 0 };
  const addSet = (set: QuestionSet | undefined) => {
    const s = questionSetLoad(set);
    load.extraWords += s.words;
    load.questions += s.questions;
  };
  const addFigure = (figure: { caption?: string } | undefined) => {
    if (!figure) return;
    load.figures++;
    if (figure.caption) load.text.push(figure.caption);
  };
  const p = page as Page & { body?: RichText };
  switch (page.type) {
    case 'info':
      load.text.push(richTextString(page.body));
      addFigure(page.figure);
      addSet(page.activity);
      break;
    case 'casus':
      load.text.push(richTextString(page.intro), richTextString(page.body));
      for (const person of page.persons) load.text.push(person.name, person.role, person.description);
      addFigure(page.figure);
      break;
    case 'video':
      load.text.push(richTextString(page.body), richTextString(page.transcript));
      break;
    case 'reflection':
      load.text.push(richTextString(page.body));
      load.fields.push(...page.fields);
      break;
    case 'team':
      load.text.push(richTextString(page.body), ...page.prompts);
      load.fields.push(page.notes);
      break;
    case 'step':
      // Alone: the facts (purpose, guard, pitfall), the explanation, the casus material and a field.
      load.text.push(page.purpose, page.guard, page.pitfall, richTextString(page.body), richTextString(page.casus));
      load.fields.push(page.notes);
      addSet(page.activity);
      break;
    case 'quiz':
      load.text.push(richTextString(page.body));
      addSet(page.quiz);
      break;
    case 'summary':
      load.text.push(richTextString(page.body), ...page.tips);
      break;
    case 'closing':
      // The next steps to read, and a look back at the result, the goals and the learner's own answers.
      load.text.push(richTextString(page.body), ...page.next);
      load.reviewExtra += REVIEW_MINUTES;
      break;
    case 'actions':
      // The learner is asked to write down actions: counted as one open field.
      load.text.push(richTextString(page.body));
      load.writeExtra += WRITE_MINUTES;
      break;
    default:
      // mode and any other page type: title and body.
      load.text.push(richTextString(p.body));
  }
  for (const f of load.fields) load.text.push(f.label, f.hint ?? '');
  return load;
}

function pathsOf(page: Page): Set<Path> {
  const modes = (page as { modes?: string[] }).modes;
  if (!modes) return new Set<Path>(['alone', 'team']);
  return new Set<Path>(modes.filter((m): m is Path => m === 'alone' || m === 'team'));
}

/** Estimate for one page (its index is the page's index in the course). */
export function estimatePage(page: Page, index: number): PageEstimate {
  const load = pageLoad(page);
  const words = load.text.reduce((n, t) => n + countWords(t), 0) + load.extraWords;
  const raw =
    words / WORDS_PER_MINUTE +
    load.questions * ANSWER_MINUTES +
    load.fields.reduce((n, f) => n + writingMinutes(f), 0) +
    load.writeExtra +
    load.reviewExtra +
    load.figures * FIGURE_MINUTES;
  const estimated = roundToHalf(raw);
  const paths = pathsOf(page);
  const timebox = (page as { timebox?: number }).timebox;
  return {
    index,
    id: page.id,
    type: page.type,
    stated: page.minutes,
    estimated,
    words: Math.round(words),
    questions: load.questions,
    fields: load.fields.length + (load.writeExtra > 0 ? 1 : 0),
    figures: load.figures,
    ...(typeof timebox === 'number' ? { timebox } : {}),
    alone: paths.has('alone'),
    team: paths.has('team'),
    withinMargin: isWithinMargin(page.minutes, estimated),
  };
}

/** Estimate for a module: every page, the individual path and the team meeting. */
export function estimateModule(course: Course): ModuleEstimate {
  const pages = course.pages.map(estimatePage);
  const alone = pages.filter((p) => p.alone);
  const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 10) / 10;
  return {
    id: course.id,
    pages,
    statedIndividual: sum(alone.map((p) => p.stated)),
    estimatedIndividual: sum(alone.map((p) => p.estimated)),
    teamMeeting: course.teamMode ? sum(pages.filter((p) => p.team).map((p) => p.timebox ?? 0)) : 0,
  };
}

// ---------------------------------------------------------------------------------------------
// Quiz patterns

export interface QuestionPattern {
  id: string;
  type: 'single' | 'multiple';
  /** Length alone gives the answer away: every correct option is longer than every wrong one. */
  longestCorrect: boolean;
  /** Authored positions (0 = first option) of the correct options. */
  correctPositions: number[];
  /** Ids of wrong options whose feedback opens with a word of praise. */
  praisedWrong: string[];
  /** A multiple-choice question without any wrong option. */
  noWrongOption: boolean;
}

export interface QuizPattern {
  /** Index of the page that holds the set. */
  pageIndex: number;
  setId: string;
  graded: boolean;
  questions: QuestionPattern[];
  /** Questions where the correct option is the longest. */
  longestCorrect: number;
  /** Share of such questions (0–1). */
  longestCorrectShare: number;
  /** How often each authored position (a, b, c …) is correct, over all questions of the set. */
  positionCounts: number[];
  /** Multiple-choice questions in the set. */
  multiple: number;
  /** The set has multiple-choice questions and option a is correct in every one of them. */
  multipleAlwaysFirst: boolean;
}

/** Does `feedback` open with a word of praise (Juist, Goed, Helemaal goed …)? Returns the word or null. */
export function praiseOpening(feedback: string): string | null {
  const start = feedback.trimStart().toLowerCase();
  for (const word of PRAISE_WORDS) {
    if (start.startsWith(word) && !/[\p{L}\p{N}]/u.test(start.charAt(word.length))) return word;
  }
  return null;
}

export function questionPattern(q: ChoiceQuestion): QuestionPattern {
  const correct = q.options.filter((o) => o.correct);
  const wrong = q.options.filter((o) => !o.correct);
  const shortestCorrect = Math.min(...correct.map((o) => o.text.trim().length));
  const longestWrong = Math.max(...wrong.map((o) => o.text.trim().length));
  return {
    id: q.id,
    type: q.type,
    longestCorrect: correct.length > 0 && wrong.length > 0 && shortestCorrect > longestWrong,
    correctPositions: q.options.flatMap((o, i) => (o.correct ? [i] : [])),
    praisedWrong: wrong.filter((o) => praiseOpening(o.feedback) !== null).map((o) => o.id),
    noWrongOption: q.type === 'multiple' && wrong.length === 0,
  };
}

export function quizPattern(set: QuestionSet, pageIndex: number): QuizPattern {
  const questions = set.questions.map(questionPattern);
  const longestCorrect = questions.filter((q) => q.longestCorrect).length;
  const width = Math.max(0, ...set.questions.map((q) => q.options.length));
  const positionCounts = Array.from({ length: width }, () => 0);
  for (const q of questions) for (const i of q.correctPositions) positionCounts[i]++;
  const multiple = questions.filter((q) => q.type === 'multiple');
  return {
    pageIndex,
    setId: set.id,
    graded: set.graded,
    questions,
    longestCorrect,
    longestCorrectShare: questions.length === 0 ? 0 : longestCorrect / questions.length,
    positionCounts,
    multiple: multiple.length,
    multipleAlwaysFirst: multiple.length > 0 && multiple.every((q) => q.correctPositions.includes(0)),
  };
}

/** Every question set of a course (graded quiz and practice activities), in page order. */
function questionSetsOf(course: Course): { set: QuestionSet; pageIndex: number }[] {
  const out: { set: QuestionSet; pageIndex: number }[] = [];
  course.pages.forEach((p, pageIndex) => {
    if (p.type === 'quiz') out.push({ set: p.quiz, pageIndex });
    if ((p.type === 'info' || p.type === 'step') && p.activity) out.push({ set: p.activity, pageIndex });
  });
  return out;
}

export function quizPatterns(course: Course): QuizPattern[] {
  return questionSetsOf(course).map(({ set, pageIndex }) => quizPattern(set, pageIndex));
}

/** Position letter of an authored option index: 0 → a. */
export const positionLetter = (i: number): string => String.fromCharCode(97 + i);
