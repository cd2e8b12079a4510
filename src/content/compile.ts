import { MIN_BRAND_CONTRAST, contrastRatio } from './color.js';
import { parseRichText } from './rich-text.js';
import type { ChoiceQuestion, Course, Page, QuestionSet, TextField } from './types.js';

/** A content mistake: where (field path like `pages[3].questions[0].options`) and what. */
export interface ContentIssue {
  path: string;
  message: string;
}

/** Raw module file after schema validation (defaults applied). */
type Raw = Record<string, any>;

const RICH_FIELDS = ['body', 'intro', 'transcript', 'casus'] as const;

/**
 * Semantic checks the JSON schema cannot express. Returns every issue found (empty = fine).
 * `fileExists` answers whether a media file exists in the module folder.
 */
export function checkModule(raw: Raw, folderName: string, fileExists: (name: string) => boolean): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  if (raw.id !== folderName) add('id', `id "${raw.id}" must equal the folder name "${folderName}"`);

  const objectiveIds = new Set<string>();
  raw.objectives.forEach((o: Raw, i: number) => {
    if (objectiveIds.has(o.id)) add(`objectives[${i}].id`, `duplicate objective id "${o.id}"`);
    objectiveIds.add(o.id);
  });
  const checkObjective = (path: string, id: unknown) => {
    if (typeof id === 'string' && !objectiveIds.has(id)) add(path, `unknown objective "${id}" (not in objectives)`);
  };

  const pageIds = new Set<string>();
  const itemIds = new Map<string, string>();
  const claimItemId = (path: string, id: string, what: string) => {
    const earlier = itemIds.get(id);
    if (earlier) add(path, `duplicate ${what} id "${id}" (already used at ${earlier})`);
    else itemIds.set(id, path);
  };
  const checkMedia = (path: string, name: unknown) => {
    if (typeof name === 'string' && !fileExists(name)) add(path, `media file "${name}" not found in modules/${folderName}/`);
  };
  const checkRich = (path: string, source: unknown) => {
    if (typeof source !== 'string') return;
    const found: string[] = [];
    parseRichText(source, found);
    for (const message of found) add(path, message);
  };
  const checkQuestions = (path: string, questions: Raw[]) => {
    questions.forEach((q, qi) => {
      const qPath = `${path}[${qi}]`;
      claimItemId(`${qPath}.id`, q.id, 'question');
      checkObjective(`${qPath}.objective`, q.objective);
      const correct = q.options.filter((o: Raw) => o.correct).length;
      if (q.type === 'single' && correct !== 1) {
        add(`${qPath}.options`, `single-choice question "${q.id}" needs exactly one correct option, found ${correct}`);
      }
      if (q.type === 'multiple' && correct < 1) {
        add(`${qPath}.options`, `question "${q.id}" has no correct answer`);
      }
      const optionIds = new Set<string>();
      q.options.forEach((o: Raw, oi: number) => {
        if (optionIds.has(o.id)) add(`${qPath}.options[${oi}].id`, `duplicate option id "${o.id}" in question "${q.id}"`);
        optionIds.add(o.id);
      });
    });
  };

  let gradedQuizzes = 0;
  raw.pages.forEach((p: Raw, i: number) => {
    const path = `pages[${i}]`;
    if (pageIds.has(p.id)) add(`${path}.id`, `duplicate page id "${p.id}"`);
    pageIds.add(p.id);
    checkObjective(`${path}.objective`, p.objective);
    if (p.figure) checkMedia(`${path}.figure.src`, p.figure.src);
    for (const key of RICH_FIELDS) checkRich(`${path}.${key}`, p[key]);
    checkRich(`${path}.figure.textVersion`, p.figure?.textVersion);
    (p.persons ?? []).forEach((person: Raw, pi: number) => checkMedia(`${path}.persons[${pi}].portrait.src`, person.portrait?.src));
    checkMedia(`${path}.src`, p.src);
    checkMedia(`${path}.captions`, p.captions);
    if (p.type === 'video' && p.src && !p.captions) {
      add(`${path}.captions`, 'a video needs a WebVTT captions file (captions: <name>.vtt), so it can be followed without sound');
    }
    if (typeof p.captions === 'string' && !/\.vtt$/i.test(p.captions)) add(`${path}.captions`, 'captions must be a WebVTT file (.vtt)');
    if (p.type === 'mode' && !raw.teamMode) add(`${path}.type`, 'a "mode" page needs teamMode: true');
    if (p.type === 'teamcode' && !raw.teamMode) add(`${path}.type`, 'a "teamcode" page needs teamMode: true');
    if (Array.isArray(p.modes) && !raw.teamMode && p.modes.some((m: string) => m !== 'alone')) {
      add(`${path}.modes`, 'modes "team" and "joined" need teamMode: true');
    }
    if (p.type === 'quiz') {
      gradedQuizzes++;
      if (gradedQuizzes > 1) add(`${path}.type`, 'a module has at most one graded quiz page');
      checkQuestions(`${path}.questions`, p.questions);
      if (p.pool && p.pool.draw > p.questions.length) {
        add(`${path}.pool.draw`, `the pool draws ${p.pool.draw} questions but the quiz has only ${p.questions.length}`);
      }
    }
    if (p.activity) checkQuestions(`${path}.activity.questions`, p.activity.questions);
    for (const field of fieldsOf(p)) claimItemId(`${path}.${field.path}.id`, field.raw.id, 'field');
  });
  checkClosing(raw.pages, add);
  if (raw.teamMode && !raw.pages.some((p: Raw) => p.type === 'mode')) {
    add('teamMode', 'teamMode: true needs a page of type "mode"');
  }
  if (raw.teamObjective !== undefined) {
    checkObjective('teamObjective', raw.teamObjective);
    if (!raw.teamMode) add('teamObjective', 'teamObjective needs teamMode: true');
  }
  if (raw.teamMode) {
    const paths = ['alone', 'team', 'joined'];
    for (const mode of paths) {
      const pagesIn = raw.pages.filter((p: Raw) => !p.modes || p.modes.includes(mode));
      if (!pagesIn.some((p: Raw) => p.type === 'mode')) add('pages', `the "${mode}" path has no page of type "mode" (add "${mode}" to its modes)`);
    }
  }
  checkMedia('theme.logo', raw.theme?.logo);
  checkMedia('cover.image', raw.cover?.image);
  checkBrand(raw.theme?.brand, add);
  return issues;
}

/** Every module ends on its closing page, on every path: exactly one page of type "closing", the last one. */
function checkClosing(pages: Raw[], add: (path: string, message: string) => void): void {
  const last = pages.length - 1;
  pages.forEach((p, i) => {
    if (p.type === 'closing' && i !== last) add(`pages[${i}].type`, 'the closing page must be the last page (there is one closing page per module)');
  });
  if (pages[last]?.type !== 'closing') {
    add(`pages[${last}].type`, 'a module ends on a page of type "closing" (result, goals reached, Mijn verslag, what next, Afronden): add it as the last page');
  }
}

/** The brand colour is the background of white text (header, primary buttons): it needs 4.5:1 with white. */
function checkBrand(brand: unknown, add: (path: string, message: string) => void): void {
  if (typeof brand !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(brand)) return;
  const ratio = contrastRatio(brand, '#ffffff');
  if (ratio < MIN_BRAND_CONTRAST) {
    add(
      'theme.brand',
      `brand colour "${brand}" has a contrast of ${(Math.floor(ratio * 100) / 100).toFixed(2)}:1 with white text; ` +
        `at least ${MIN_BRAND_CONTRAST}:1 is needed (WCAG 1.4.3): choose a darker shade`,
    );
  }
}

function fieldsOf(page: Raw): { path: string; raw: Raw }[] {
  if (page.type === 'reflection') return page.fields.map((f: Raw, i: number) => ({ path: `fields[${i}]`, raw: f }));
  if (page.type === 'team' || page.type === 'step') return [{ path: 'notes', raw: page.notes }];
  return [];
}

/** Turns a validated raw module into the typed course. Call only when `checkModule` found nothing. */
export function compileModule(raw: Raw): Course {
  const media = new Set<string>();
  const pages: Page[] = raw.pages.map((p: Raw) => compilePage(p, media));
  if (raw.theme?.logo) media.add(raw.theme.logo);
  if (raw.cover) media.add(raw.cover.image);
  // The estimate is for the solo path (the default before a learner picks a mode).
  const totalMinutes = pages.filter((p) => !p.modes || p.modes.includes('alone')).reduce((sum, p) => sum + p.minutes, 0);
  return {
    id: raw.id,
    version: raw.version,
    title: raw.title,
    description: raw.description,
    language: 'nl',
    masteryScore: raw.masteryScore ?? 70,
    maxAttempts: raw.maxAttempts ?? 0,
    teamMode: raw.teamMode ?? false,
    ...(raw.teamObjective ? { teamObjective: raw.teamObjective } : {}),
    objectives: raw.objectives.map((o: Raw) => ({ id: o.id, title: o.title })),
    pages,
    ...(raw.theme ? { theme: { ...raw.theme } } : {}),
    ...(raw.cover ? { cover: { image: raw.cover.image, alt: raw.cover.alt } } : {}),
    totalMinutes: Math.round(totalMinutes * 10) / 10,
    media: [...media].sort(),
  };
}

function compilePage(p: Raw, media: Set<string>): Page {
  const page: Raw = { ...p };
  for (const key of RICH_FIELDS) if (typeof p[key] === 'string') page[key] = parseRichText(p[key]);
  if (p.figure) {
    media.add(p.figure.src);
    page.figure = { ...p.figure, ...(p.figure.textVersion ? { textVersion: parseRichText(p.figure.textVersion) } : {}) };
  }
  if (p.src) media.add(p.src);
  for (const person of p.persons ?? []) if (person.portrait) media.add(person.portrait.src);
  if (p.captions) media.add(p.captions);
  if (p.fields) page.fields = p.fields.map(compileField);
  if (p.notes) page.notes = compileField(p.notes);
  if (p.type === 'step' || p.type === 'team') page.prompts = p.prompts ?? [];
  if (p.type === 'actions') page.maxRows = p.maxRows ?? 8;
  if (p.type === 'closing') page.next = [...p.next];
  if (p.activity) page.activity = questionSet(p.id, false, p.activity.questions);
  if (p.type === 'quiz') {
    page.quiz = { ...questionSet(p.id, true, p.questions), ...(p.pool ? { pool: { draw: p.pool.draw } } : {}) };
    delete page.questions;
    delete page.pool;
  }
  return page as Page;
}

function compileField(f: Raw): TextField {
  return { id: f.id, label: f.label, ...(f.hint ? { hint: f.hint } : {}), ...(f.teamLabel ? { teamLabel: f.teamLabel } : {}), ...(f.teamHint ? { teamHint: f.teamHint } : {}), maxLength: f.maxLength ?? 500, required: f.required ?? true };
}

function questionSet(id: string, graded: boolean, questions: Raw[]): QuestionSet {
  return { id, graded, questions: questions.map((q) => ({ ...q }) as ChoiceQuestion) };
}
