/**
 * The typed course: what a module file (`modules/<id>/module.yaml`) becomes after
 * validation and compilation. The player only ever sees this shape.
 *
 * Rich text (`RichText`) is authored as a small Markdown subset and compiled to blocks
 * at build time, so the runtime never parses or injects HTML.
 */

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

export interface Figure {
  /** File name inside the module folder (SVG, PNG, JPG or WebP). */
  src: string;
  /** Short text alternative, read by screen readers. */
  alt: string;
  /** Full text version of the model, shown under a disclosure. */
  textVersion?: RichText;
  caption?: string;
}

export interface ChoiceOption {
  id: string;
  text: string;
  correct: boolean;
  /** Explains why this option is (not) right. Shown after answering. */
  feedback: string;
}

export interface ChoiceQuestion {
  /** Unique within the module; becomes part of the LMS interaction id. */
  id: string;
  type: 'single' | 'multiple';
  prompt: string;
  options: ChoiceOption[];
  /** Learning objective this question belongs to. */
  objective?: string;
}

/** A set of questions. Graded sets count for the score; ungraded ones are practice activities. */
export interface QuestionSet {
  id: string;
  graded: boolean;
  questions: ChoiceQuestion[];
  /** Ask only `draw` of the questions per attempt, drawn per learner and attempt. */
  pool?: { draw: number };
}

export interface TextField {
  /** Unique within the module; key of the learner's text in the saved state. */
  id: string;
  /** Label for one reader (alone mode). */
  label: string;
  /** Label shown instead of `label` in the team meeting (the notulist writes for the team). */
  teamLabel?: string;
  hint?: string;
  /** Hint shown instead of `hint` in team mode (step and team pages). */
  teamHint?: string;
  /** Max characters the learner can type. */
  maxLength: number;
  required: boolean;
}

export interface Person {
  name: string;
  role: string;
  description: string;
  /** Illustrated portrait in the module folder, with its text alternative. */
  portrait?: { src: string; alt: string };
}

/** The paths a learner can follow: alone, the live team meeting, or joined (took part, types the team code). */
export type PageMode = 'alone' | 'team' | 'joined';

interface PageBase {
  id: string;
  /** Paths this page belongs to; absent = every path. */
  modes?: PageMode[];
  title: string;
  /** Estimated minutes for this page (reading + activity). */
  minutes: number;
  /** Learning objective this page contributes to. */
  objective?: string;
}

export interface InfoPage extends PageBase {
  type: 'info';
  body: RichText;
  figure?: Figure;
  /** Optional practice questions (ungraded) that must be answered to complete the page. */
  activity?: QuestionSet;
}

export interface CasusPage extends PageBase {
  type: 'casus';
  intro: RichText;
  persons: Person[];
  body: RichText;
  figure?: Figure;
}

export interface VideoPage extends PageBase {
  type: 'video';
  /** Video file in the module folder; optional: the page works without it. */
  src?: string;
  /** WebVTT captions file in the module folder. */
  captions?: string;
  transcript: RichText;
  body?: RichText;
}

export interface ReflectionPage extends PageBase {
  type: 'reflection';
  body: RichText;
  fields: TextField[];
}

export interface TeamPage extends PageBase {
  type: 'team';
  body: RichText;
  prompts: string[];
  /** Time box for the discussion, in minutes. */
  timebox: number;
  /** Where the team writes its conclusions. */
  notes: TextField;
}

/** One step of a structured discussion (casusbespreking). Team mode shows it as a facilitated screen. */
export interface StepPage extends PageBase {
  type: 'step';
  step: number;
  /** The step's question, shown large in the meeting's presentation view. */
  question?: string;
  purpose: string;
  timebox: number;
  /** What the voorzitter guards in this step. */
  guard: string;
  pitfall: string;
  body: RichText;
  /** Casus material for this step. */
  casus?: RichText;
  /** Discussion prompts shown in team mode. */
  prompts: string[];
  /** Alone: reflection field; team: the notulist's notes. */
  notes: TextField;
  activity?: QuestionSet;
}

export interface QuizPage extends PageBase {
  type: 'quiz';
  body?: RichText;
  quiz: QuestionSet;
}

/** Team set-up: mode choice, participants and roles. Only meaningful when the module has team mode. */
export interface ModePage extends PageBase {
  type: 'mode';
  body: RichText;
  roles: { id: string; name: string; description: string }[];
}

/** Actielijst (wie / wat / wanneer) plus notes summary, printable. */
export interface ActionsPage extends PageBase {
  type: 'actions';
  body: RichText;
  /** Max rows the learner can add. */
  maxRows: number;
  /** Minutes on the meeting agenda (team mode): the actielijst is the meeting's last item. */
  timebox?: number;
}

/** End of the team meeting: the team code, large, with how participants get their credit. */
export interface TeamCodePage extends PageBase {
  type: 'teamcode';
  body: RichText;
}

export interface SummaryPage extends PageBase {
  type: 'summary';
  body: RichText;
  tips: string[];
}

/**
 * The closing page, last on every path: result and pass rule in words, the learning goals reached, the
 * learner's own work (*Mijn verslag*, printable), what to do next, and *Afronden*. The engine fills in the
 * learner's part; the module authors only the short intro and the next steps.
 */
export interface ClosingPage extends PageBase {
  type: 'closing';
  body?: RichText;
  /** What to do next, one short step per item (authored per module). */
  next: string[];
}

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

export type PageType = Page['type'];

export interface Objective {
  id: string;
  title: string;
}

export interface Theme {
  /** Brand colour (hex); used for accents. Contrast is checked at build time. */
  brand?: string;
  /** Logo file in the module folder. */
  logo?: string;
  organisation?: string;
}

export interface Course {
  id: string;
  /** Content version; bump when pages or questions change (saved state is migrated by id). */
  version: number;
  title: string;
  description: string;
  language: 'nl';
  /** Percentage (0–100) of graded questions to answer correctly to pass. */
  masteryScore: number;
  /** Allowed attempts at the graded quiz; 0 = unlimited. */
  maxAttempts: number;
  /** Whether the learner may choose "Met het team". */
  teamMode: boolean;
  /** Objective that records the team part (meeting run here, or team code typed). */
  teamObjective?: string;
  objectives: Objective[];
  pages: Page[];
  theme?: Theme;
  /** Cover illustration (module folder), shown on the module's cover. */
  cover?: { image: string; alt: string };
  /** Sum of page minutes, computed at build time. */
  totalMinutes: number;
  /** Media files (relative to the module folder) referenced by the content. */
  media: string[];
}
