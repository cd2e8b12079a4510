/**
 * The typed course: what a module file (`modules/<id>/module.yaml`) becomes after
 * validation and compilation. The player only ever sees this shape.
 *
 * Every type here is derived from the raw (authored) types of `module-schema.ts`, the one source of
 * the module file's fields: only what compiling changes is spelled out (rich text parsed to blocks,
 * defaults filled in, the quiz's questions gathered into a question set, totals added).
 *
 * Rich text (`RichText`) is authored as a small Markdown subset and compiled to blocks
 * at build time, so the runtime never parses or injects HTML.
 */
import type { RawFigure, RawField, RawModule, RawPageOf, RawQuestion } from './module-schema.js';

export type { PageMode } from './module-schema.js';

/** Inline run of text: plain, strong (`**x**`) or emphasis (`*x*`). */
export interface InlineRun {
  t: string;
  /** s = strong, e = emphasis; absent = plain. */
  m?: 's' | 'e';
}

/** One part of a group of parallel parts: a title and its own (flat) rich text. */
export interface GroupItem {
  title: InlineRun[];
  body: TextBlock[];
}

/** Blocks that hold text only (paragraphs, headings, lists, quotes). */
export type TextBlock =
  | { kind: 'p'; runs: InlineRun[] }
  | { kind: 'h'; runs: InlineRun[] }
  | { kind: 'ul' | 'ol'; items: InlineRun[][] }
  | { kind: 'quote'; runs: InlineRun[] };

/**
 * Parallel parts shown side by side as cards (`::: kaarten`), as numbered cards for steps in order
 * (`::: stappen`) or as an accordion of disclosures (`::: uitklappen`); each part starts with `### title`.
 */
export type GroupBlock = { kind: 'cards' | 'steps' | 'accordion'; parts: GroupItem[] };

export type Block = TextBlock | GroupBlock;

export type RichText = Block[];

/** `T` with the fields in `Changed` replaced by their compiled form. */
type Compiled<T, Changed> = Omit<T, keyof Changed> & Changed;

/** A figure; its text version is compiled rich text. */
export type Figure = Compiled<RawFigure, { textVersion?: RichText }>;

export type ChoiceQuestion = RawQuestion;

/** A set of questions. Graded sets count for the score; ungraded ones are practice activities. */
export interface QuestionSet {
  /** The page id. */
  id: string;
  graded: boolean;
  questions: ChoiceQuestion[];
  /** Ask only `draw` of the questions per attempt, drawn per learner and attempt. */
  pool?: { draw: number };
}

/** A text field with its defaults filled in (`maxLength` 500, `required` true). */
export type TextField = Compiled<RawField, { maxLength: number; required: boolean }>;

export type InfoPage = Compiled<RawPageOf<'info'>, { body: RichText; figure?: Figure; activity?: QuestionSet }>;
export type CasusPage = Compiled<RawPageOf<'casus'>, { intro: RichText; body: RichText; figure?: Figure }>;
export type VideoPage = Compiled<RawPageOf<'video'>, { transcript: RichText; body?: RichText }>;
export type ReflectionPage = Compiled<RawPageOf<'reflection'>, { body: RichText; fields: TextField[] }>;
export type TeamPage = Compiled<RawPageOf<'team'>, { body: RichText; notes: TextField }>;
/** One step of a structured discussion (casusbespreking). Team mode shows it as a facilitated screen. */
export type StepPage = Compiled<RawPageOf<'step'>, { body: RichText; casus?: RichText; notes: TextField; activity?: QuestionSet }>;
/** The graded quiz: the authored `questions` and `pool` become one question set. */
export type QuizPage = Compiled<Omit<RawPageOf<'quiz'>, 'questions' | 'pool'>, { body?: RichText; quiz: QuestionSet }>;
/** Team set-up: mode choice, participants and roles. Only meaningful when the module has team mode. */
export type ModePage = Compiled<RawPageOf<'mode'>, { body: RichText }>;
/** Actielijst (wie / wat / wanneer) plus notes summary, printable; `maxRows` defaults to 8. */
export type ActionsPage = Compiled<RawPageOf<'actions'>, { body: RichText; maxRows: number }>;
/** End of the team meeting: the team code, large, with how participants get their credit. */
export type TeamCodePage = Compiled<RawPageOf<'teamcode'>, { body: RichText }>;
export type SummaryPage = Compiled<RawPageOf<'summary'>, { body: RichText }>;

/**
 * The closing page, last on every path: result and pass rule in words, the learning goals reached, the
 * learner's own work (*Mijn verslag*, printable), what to do next, and *Afronden*. The engine fills in the
 * learner's part; the module authors only the short intro and the next steps.
 */
export type ClosingPage = Compiled<RawPageOf<'closing'>, { body?: RichText }>;

export type Page =
  | ClosingPage
  | InfoPage
  | CasusPage
  | VideoPage
  | ReflectionPage
  | TeamPage
  | StepPage
  | QuizPage
  | ModePage
  | ActionsPage
  | TeamCodePage
  | SummaryPage;

export type Objective = RawModule['objectives'][number];

/** The compiled module: defaults filled in, plus what the build computes. */
export type Course = Compiled<
  RawModule,
  {
    pages: Page[];
    /** Percentage (0–100) of graded questions to answer correctly to pass. */
    masteryScore: number;
    /** Allowed attempts at the graded quiz; 0 = unlimited. */
    maxAttempts: number;
    /** Whether the learner may choose "Met het team". */
    teamMode: boolean;
    /** Sum of page minutes on the solo path, computed at build time. */
    totalMinutes: number;
    /** Media files (relative to the module folder) referenced by the content. */
    media: string[];
  }
>;
