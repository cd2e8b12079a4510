/**
 * Pages that fit the mode: the one place that says what a page shows on the learner's path.
 * The live team meeting (mode `team`) gets the facilitated screen: time boxes, timers, what the
 * voorzitter guards, discussion prompts, the notulist's notes. Every other path (alone, joined, or
 * a module without team mode) speaks to one reader: no team-only part is shown.
 *
 * Views render what this returns and mark team-only parts with `data-team-only` (tests query it).
 */
import type { PageMode, Page, QuestionSet, TextField } from '../content/types.js';

/** How the discussion prompts of a page are offered. */
type PromptsView =
  /** In the meeting: "Bespreek samen", for the whole team. */
  | 'discuss'
  /** To one reader: questions to think about or to bring to the next team meeting. */
  | 'reflect'
  /** Not shown. */
  | 'none';

export interface PageModeView {
  /** The page is a screen of the live team meeting. */
  meeting: boolean;
  /** Minutes shown under the page title: the agenda's time box in the meeting, the page's own (alone) minutes otherwise. */
  minutes: number;
  /** A timer (the meeting timer of an agenda item, or a discussion's time box). Team only. */
  timer: boolean;
  /** The step's "Tijd n minuten" card. Team only. */
  timebox: boolean;
  /** "De voorzitter bewaakt". Team only. */
  guard: boolean;
  prompts: PromptsView;
  /** The participants and their roles (mode page, printed actielijst). Team only. */
  participants: boolean;
  /** Practice questions of the page, if any, that the learner answers (none in the meeting: the team talks). */
  practice: QuestionSet | undefined;
  /** The notes field as the learner sees it (label, hint, required), if the page has one. */
  notes: (TextField & { hint?: string }) | undefined;
}

/** Does the learner work in the live team meeting? (`null`: no mode chosen yet, or a module without team mode = alone.) */
const inMeeting = (mode: PageMode | null): boolean => mode === 'team';

/**
 * A notes field for the mode: in the meeting the team's label and hint (`teamLabel`, `teamHint`,
 * falling back to `teamFallbackHint`) and never required (the notulist decides what is written);
 * otherwise the field for one reader as authored.
 */
export function notesFor(field: TextField, mode: PageMode | null, teamFallbackHint?: string): TextField {
  if (!inMeeting(mode)) return field;
  return {
    ...field,
    label: field.teamLabel ?? field.label,
    hint: field.teamHint ?? teamFallbackHint ?? field.hint,
    required: false,
  };
}

/** What `page` shows on the path of `mode`. `teamNotesHint`: the hint for team notes when the content gives none. */
export function pageModeView(page: Page, mode: PageMode | null, teamNotesHint?: string): PageModeView {
  const meeting = inMeeting(mode);
  const view: PageModeView = {
    meeting,
    minutes: page.minutes,
    timer: false,
    timebox: false,
    guard: false,
    prompts: 'none',
    participants: false,
    practice: undefined,
    notes: undefined,
  };
  switch (page.type) {
    case 'step':
      return {
        ...view,
        minutes: meeting ? page.timebox : page.minutes,
        timer: meeting,
        timebox: meeting,
        guard: meeting,
        prompts: meeting && page.prompts.length ? 'discuss' : 'none',
        practice: meeting ? undefined : page.activity,
        notes: notesFor(page.notes, mode, teamNotesHint),
      };
    case 'team':
      return {
        ...view,
        minutes: meeting ? page.timebox : page.minutes,
        timer: meeting,
        prompts: page.prompts.length ? (meeting ? 'discuss' : 'reflect') : 'none',
        notes: notesFor(page.notes, mode),
      };
    case 'actions':
      return {
        ...view,
        minutes: meeting && page.timebox ? page.timebox : page.minutes,
        timer: meeting && !!page.timebox,
        participants: meeting,
      };
    case 'mode':
      return { ...view, participants: meeting };
    case 'info':
      return { ...view, practice: page.activity };
    default:
      return view;
  }
}
