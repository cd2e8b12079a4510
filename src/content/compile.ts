import { MIN_BRAND_CONTRAST, contrastRatio } from './color.js';
import { parseRichText } from './rich-text.js';
import type { RawField, RawFigure, RawModule, RawPage, RawQuestion } from './module-schema.js';
import type { Course, Figure, Page, QuestionSet, TextField } from './types.js';

/** A content mistake: where (field path like `pages[3].questions[0].options`) and what. */
export interface ContentIssue {
  path: string;
  message: string;
}

/**
 * Semantic checks the JSON schema cannot express. Returns every issue found (empty = fine).
 * `fileExists` answers whether a media file exists in the module folder.
 */
export function checkModule(raw: RawModule, folderName: string, fileExists: (name: string) => boolean): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  if (raw.id !== folderName) add('id', `id "${raw.id}" must equal the folder name "${folderName}"`);

  const objectiveIds = new Set<string>();
  raw.objectives.forEach((o, i) => {
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
  const checkQuestions = (path: string, questions: RawQuestion[]) => {
    questions.forEach((q, qi) => {
      const qPath = `${path}[${qi}]`;
      claimItemId(`${qPath}.id`, q.id, 'question');
      checkObjective(`${qPath}.objective`, q.objective);
      const correct = q.options.filter((o) => o.correct).length;
      if (q.type === 'single' && correct !== 1) {
        add(`${qPath}.options`, `single-choice question "${q.id}" needs exactly one correct option, found ${correct}`);
      }
      if (q.type === 'multiple' && correct < 1) {
        add(`${qPath}.options`, `question "${q.id}" has no correct answer`);
      }
      const optionIds = new Set<string>();
      q.options.forEach((o, oi) => {
        if (optionIds.has(o.id)) add(`${qPath}.options[${oi}].id`, `duplicate option id "${o.id}" in question "${q.id}"`);
        optionIds.add(o.id);
      });
    });
  };

  let gradedQuizzes = 0;
  raw.pages.forEach((p, i) => {
    const path = `pages[${i}]`;
    if (pageIds.has(p.id)) add(`${path}.id`, `duplicate page id "${p.id}"`);
    pageIds.add(p.id);
    checkObjective(`${path}.objective`, p.objective);
    if ('figure' in p && p.figure) checkMedia(`${path}.figure.src`, p.figure.src);
    for (const [key, source] of richFieldsOf(p)) checkRich(`${path}.${key}`, source);
    if ('figure' in p) checkRich(`${path}.figure.textVersion`, p.figure?.textVersion);
    if (p.type === 'casus') p.persons.forEach((person, pi) => checkMedia(`${path}.persons[${pi}].portrait.src`, person.portrait?.src));
    if (p.type === 'video') {
      checkMedia(`${path}.src`, p.src);
      checkMedia(`${path}.captions`, p.captions);
      if (p.src && !p.captions) {
        add(`${path}.captions`, 'a video needs a WebVTT captions file (captions: <name>.vtt), so it can be followed without sound');
      }
      if (typeof p.captions === 'string' && !/\.vtt$/i.test(p.captions)) add(`${path}.captions`, 'captions must be a WebVTT file (.vtt)');
    }
    if (p.type === 'mode' && !raw.teamMode) add(`${path}.type`, 'a "mode" page needs teamMode: true');
    if (p.type === 'teamcode' && !raw.teamMode) add(`${path}.type`, 'a "teamcode" page needs teamMode: true');
    if (Array.isArray(p.modes) && !raw.teamMode && p.modes.some((m) => m !== 'alone')) {
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
    if ('activity' in p && p.activity) checkQuestions(`${path}.activity.questions`, p.activity.questions);
    for (const field of fieldsOf(p)) claimItemId(`${path}.${field.path}.id`, field.raw.id, 'field');
  });
  checkClosing(raw.pages, add);
  if (raw.teamMode && !raw.pages.some((p) => p.type === 'mode')) {
    add('teamMode', 'teamMode: true needs a page of type "mode"');
  }
  if (raw.teamObjective !== undefined) {
    checkObjective('teamObjective', raw.teamObjective);
    if (!raw.teamMode) add('teamObjective', 'teamObjective needs teamMode: true');
  }
  if (raw.teamMode) {
    const paths = ['alone', 'team', 'joined'] as const;
    for (const mode of paths) {
      const pagesIn = raw.pages.filter((p) => !p.modes || p.modes.includes(mode));
      if (!pagesIn.some((p) => p.type === 'mode'))
        add('pages', `the "${mode}" path has no page of type "mode" (add "${mode}" to its modes)`);
    }
  }
  checkMedia('theme.logo', raw.theme?.logo);
  checkMedia('cover.image', raw.cover?.image);
  checkBrand(raw.theme?.brand, add);
  return issues;
}

/** Every module ends on its closing page, on every path: exactly one page of type "closing", the last one. */
function checkClosing(pages: RawPage[], add: (path: string, message: string) => void): void {
  const last = pages.length - 1;
  pages.forEach((p, i) => {
    if (p.type === 'closing' && i !== last)
      add(`pages[${i}].type`, 'the closing page must be the last page (there is one closing page per module)');
  });
  if (pages[last]?.type !== 'closing') {
    add(
      `pages[${last}].type`,
      'a module ends on a page of type "closing" (result, goals reached, Mijn verslag, what next, Afronden): add it as the last page',
    );
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

const RICH_FIELDS = ['body', 'intro', 'transcript', 'casus'] as const;

/** The authored rich-text fields of a page, by field name. */
function richFieldsOf(page: RawPage): [string, string][] {
  const fields: Partial<Record<(typeof RICH_FIELDS)[number], string>> = page;
  return RICH_FIELDS.flatMap((key) => (typeof fields[key] === 'string' ? [[key, fields[key]] as [string, string]] : []));
}

function fieldsOf(page: RawPage): { path: string; raw: RawField }[] {
  if (page.type === 'reflection') return page.fields.map((f, i) => ({ path: `fields[${i}]`, raw: f }));
  if (page.type === 'team' || page.type === 'step') return [{ path: 'notes', raw: page.notes }];
  return [];
}

/** Turns a validated raw module into the typed course. Call only when `checkModule` found nothing. */
export function compileModule(raw: RawModule): Course {
  const media = new Set<string>();
  const pages: Page[] = raw.pages.map((p) => compilePage(p, media));
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
    objectives: raw.objectives.map((o) => ({ id: o.id, title: o.title })),
    pages,
    ...(raw.theme ? { theme: { ...raw.theme } } : {}),
    ...(raw.cover ? { cover: { image: raw.cover.image, alt: raw.cover.alt } } : {}),
    totalMinutes: Math.round(totalMinutes * 10) / 10,
    media: [...media].sort(),
  };
}

/** One page: rich text parsed, defaults filled in, media collected. Fields the compiler does not change pass through. */
function compilePage(p: RawPage, media: Set<string>): Page {
  const figure = (f: RawFigure | undefined): { figure?: Figure } => {
    if (!f) return {};
    media.add(f.src);
    const { textVersion, ...rest } = f;
    return { figure: { ...rest, ...(textVersion ? { textVersion: parseRichText(textVersion) } : {}) } };
  };
  switch (p.type) {
    case 'info': {
      const { activity, figure: f, ...rest } = p;
      return {
        ...rest,
        body: parseRichText(p.body),
        ...figure(f),
        ...(activity ? { activity: questionSet(p.id, false, activity.questions) } : {}),
      };
    }
    case 'casus': {
      for (const person of p.persons) if (person.portrait) media.add(person.portrait.src);
      const { figure: f, ...rest } = p;
      return { ...rest, intro: parseRichText(p.intro), body: parseRichText(p.body), ...figure(f) };
    }
    case 'video': {
      if (p.src) media.add(p.src);
      if (p.captions) media.add(p.captions);
      const { body, ...rest } = p;
      return { ...rest, transcript: parseRichText(p.transcript), ...(body !== undefined ? { body: parseRichText(body) } : {}) };
    }
    case 'reflection':
      return { ...p, body: parseRichText(p.body), fields: p.fields.map(compileField) };
    case 'team':
      return { ...p, body: parseRichText(p.body), prompts: p.prompts ?? [], notes: compileField(p.notes) };
    case 'step': {
      const { casus, activity, ...rest } = p;
      return {
        ...rest,
        body: parseRichText(p.body),
        ...(casus !== undefined ? { casus: parseRichText(casus) } : {}),
        prompts: p.prompts ?? [],
        notes: compileField(p.notes),
        ...(activity ? { activity: questionSet(p.id, false, activity.questions) } : {}),
      };
    }
    case 'quiz': {
      const { questions, pool, body, ...rest } = p;
      return {
        ...rest,
        ...(body !== undefined ? { body: parseRichText(body) } : {}),
        quiz: { ...questionSet(p.id, true, questions), ...(pool ? { pool: { draw: pool.draw } } : {}) },
      };
    }
    case 'actions':
      return { ...p, body: parseRichText(p.body), maxRows: p.maxRows ?? 8 };
    case 'mode':
    case 'teamcode':
    case 'summary':
      return { ...p, body: parseRichText(p.body) };
    case 'closing': {
      const { body, ...rest } = p;
      return { ...rest, ...(body !== undefined ? { body: parseRichText(body) } : {}), next: [...p.next] };
    }
  }
}

function compileField(f: RawField): TextField {
  return {
    id: f.id,
    label: f.label,
    ...(f.hint ? { hint: f.hint } : {}),
    ...(f.teamLabel ? { teamLabel: f.teamLabel } : {}),
    ...(f.teamHint ? { teamHint: f.teamHint } : {}),
    maxLength: f.maxLength ?? 500,
    required: f.required ?? true,
  };
}

function questionSet(id: string, graded: boolean, questions: RawQuestion[]): QuestionSet {
  return { id, graded, questions: questions.map((q) => ({ ...q })) };
}
