import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ContentError, loadAllModules, loadModule } from '../../src/content/load-module.js';
import { parseRichText } from '../../src/content/rich-text.js';
import { richTextString } from '../../src/content/duration.js';
import type { Course } from '../../src/content/types.js';
import { FIXTURE_MODULES, REPO_ROOT } from '../support/fixtures.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Copies the mini module, lets `mutate` change its parsed YAML, and loads it. */
function loadMutated(mutate: (raw: any) => void): () => unknown {
  const root = mkdtempSync(join(tmpdir(), 'samenspel-content-'));
  dirs.push(root);
  const folder = join(root, 'mini');
  cpSync(join(FIXTURE_MODULES, 'mini'), folder, { recursive: true });
  const raw = parse(readFileSync(join(folder, 'module.yaml'), 'utf8'));
  mutate(raw);
  writeFileSync(join(folder, 'module.yaml'), stringify(raw));
  return () => loadModule(folder);
}

function errorOf(load: () => unknown): ContentError {
  try {
    load();
  } catch (e) {
    if (e instanceof ContentError) return e;
    throw e;
  }
  throw new Error('expected a ContentError');
}

describe('module content schema', () => {
  it('accepts the valid fixture and compiles rich text, defaults and media', () => {
    const course = loadModule(join(FIXTURE_MODULES, 'mini'));
    expect(course.id).toBe('mini');
    expect(course.pages).toHaveLength(9);
    expect(course.totalMinutes).toBe(9.5);
    expect(course.maxAttempts).toBe(0);
    expect(course.media).toEqual(['model.svg']);
    const quiz = course.pages.find((p) => p.type === 'quiz');
    expect(quiz?.type === 'quiz' && quiz.quiz.graded).toBe(true);
    const reflection = course.pages.find((p) => p.type === 'reflection');
    expect(reflection?.type === 'reflection' && reflection.fields[0].required).toBe(true);
  });

  it('compiles a pool onto the graded question set', () => {
    const course = loadMutated((raw) => (raw.pages[5].pool = { draw: 1 }))() as Course;
    const quiz = course.pages[5];
    expect(quiz.type === 'quiz' && quiz.quiz.pool).toEqual({ draw: 1 });
    expect('pool' in quiz).toBe(false);
  });

  it('accepts every real module in modules/', () => {
    const courses = loadAllModules(join(REPO_ROOT, 'modules'));
    expect(courses.map((c) => c.id)).toContain('casusbespreking');
  });

  const cases: [string, (raw: any) => void, RegExp][] = [
    ['missing field', (raw) => delete raw.pages[0].title, /pages\[0\] \([a-z0-9-]+\)\.title: is required but missing/],
    ['unknown page type', (raw) => (raw.pages[0].type = 'slideshow'), /pages\[0\] \([a-z0-9-]+\)\.type: unknown page type/],
    [
      'quiz without a correct answer',
      (raw) => raw.pages[5].questions[1].options.forEach((o: any) => (o.correct = false)),
      /pages\[5\] \([a-z0-9-]+\)\.questions\[1\]\.options: question "q2" has no correct answer/,
    ],
    [
      'single choice with two correct',
      (raw) => (raw.pages[5].questions[0].options[0].correct = true),
      /exactly one correct option, found 2/,
    ],
    ['duplicate page ids', (raw) => (raw.pages[1].id = 'start'), /pages\[1\] \([a-z0-9-]+\)\.id: duplicate page id "start"/],
    ['duplicate question ids', (raw) => (raw.pages[5].questions[1].id = 'oefen-1'), /duplicate question id "oefen-1"/],
    [
      'missing media file',
      (raw) => (raw.pages[0].figure.src = 'ontbreekt.svg'),
      /pages\[0\] \([a-z0-9-]+\)\.figure\.src: media file "ontbreekt.svg" not found/,
    ],
    ['unknown field (typo)', (raw) => (raw.pages[0].titel = 'x'), /pages\[0\] \([a-z0-9-]+\)\.titel: is not a known field here/],
    [
      'bad option id for SCORM 1.2',
      (raw) => (raw.pages[5].questions[0].options[0].id = 'A1'),
      /option id must be one lowercase letter or digit/,
    ],
    ['unknown objective', (raw) => (raw.pages[0].objective = 'doel-x'), /unknown objective "doel-x"/],
    ['id differs from folder', (raw) => (raw.id = 'other'), /must equal the folder name "mini"/],
    ['mode page without team mode', (raw) => (raw.teamMode = false), /a "mode" page needs teamMode: true/],
    [
      'pool larger than the quiz',
      (raw) => (raw.pages[5].pool = { draw: 5 }),
      /pages\[5\] \(toets\)\.pool\.draw: the pool draws 5 questions but the quiz has only 2/,
    ],
  ];
  it.each(cases)('rejects %s with file, line, field and message', (_name, mutate, expected) => {
    const error = errorOf(loadMutated(mutate));
    expect(error.message).toMatch(expected);
    expect(error.message).toMatch(/mini[/\\]module\.yaml:\d+ {2}/);
  });

  it('reports YAML syntax errors with a line number', () => {
    const root = mkdtempSync(join(tmpdir(), 'samenspel-content-'));
    dirs.push(root);
    cpSync(join(FIXTURE_MODULES, 'mini'), join(root, 'mini'), { recursive: true });
    writeFileSync(join(root, 'mini', 'module.yaml'), 'id: mini\ntitle: [unclosed\n');
    expect(errorOf(() => loadModule(join(root, 'mini'))).message).toMatch(/module\.yaml:\d+ .*YAML/);
  });
});

describe('rich text subset', () => {
  it('compiles paragraphs, lists, headings, quotes and emphasis without HTML', () => {
    const blocks = parseRichText('## Kop\n\nEen **sterk** en *zacht* woord <script>.\n\n- een\n- twee\n\n1. a\n2. b\n\n> citaat');
    expect(blocks.map((b) => b.kind)).toEqual(['h', 'p', 'ul', 'ol', 'quote']);
    expect(blocks[1]).toEqual({
      kind: 'p',
      runs: [{ t: 'Een ' }, { t: 'sterk', m: 's' }, { t: ' en ' }, { t: 'zacht', m: 'e' }, { t: ' woord <script>.' }],
    });
  });
});

describe('rich text groups: cards and accordion (issue #12)', () => {
  const source =
    'Inleiding.\n\n::: kaarten\n### **Stap 1** Inbreng\nDe inbrenger vertelt.\n\n- kort\n- concreet\n### Stap 2\nVragen stellen.\n:::\n\nSlot.';

  it('compiles a fenced group to parts with a title and their own blocks, text around it stays', () => {
    const issues: string[] = [];
    const blocks = parseRichText(source, issues);
    expect(issues).toEqual([]);
    expect(blocks.map((b) => b.kind)).toEqual(['p', 'cards', 'p']);
    expect(blocks[1]).toEqual({
      kind: 'cards',
      parts: [
        {
          title: [{ t: 'Stap 1', m: 's' }, { t: ' Inbreng' }],
          body: [
            { kind: 'p', runs: [{ t: 'De inbrenger vertelt.' }] },
            { kind: 'ul', items: [[{ t: 'kort' }], [{ t: 'concreet' }]] },
          ],
        },
        { title: [{ t: 'Stap 2' }], body: [{ kind: 'p', runs: [{ t: 'Vragen stellen.' }] }] },
      ],
    });
    expect(parseRichText(source.replace('kaarten', 'uitklappen'))[1].kind).toBe('accordion');
    expect(parseRichText(source.replace('kaarten', 'stappen'))[1].kind).toBe('steps');
  });

  it('keeps every word for the reading-time estimate (titles and parts count)', () => {
    expect(richTextString(parseRichText(source)).split(/\s+/)).toHaveLength(14);
  });

  it('names each authoring mistake', () => {
    const issuesOf = (text: string) => {
      const issues: string[] = [];
      parseRichText(text, issues);
      return issues;
    };
    expect(issuesOf('::: tegels\n### a\nx\n### b\ny\n:::')).toEqual([
      'unknown group "::: tegels" (use "::: kaarten", "::: stappen" or "::: uitklappen")',
      'a closing ":::" without an opening "::: kaarten", "::: stappen" or "::: uitklappen"',
    ]);
    expect(issuesOf('::: kaarten\n### a\nx')).toEqual(['"::: kaarten" is not closed by a line ":::" before the end of the text']);
    expect(issuesOf('::: kaarten\n### a\nx\n:::')).toEqual(['"::: kaarten" needs at least two parts, each starting with "### title"']);
    expect(issuesOf('::: uitklappen\nlos\n### a\nx\n### b\ny\n:::')).toEqual([
      '"::: uitklappen": text before the first part; start each part with "### title"',
    ]);
  });

  it('stops the build with page, field and message on a broken group', () => {
    const error = errorOf(
      loadMutated((raw) => {
        raw.pages[0].body = '::: kaarten\n### Alleen\nTekst.';
      }),
    );
    expect(error.message).toMatch(/pages\[0\][^:]*\.body: "::: kaarten" is not closed by a line ":::" before the end of the text/);
  });
});

describe('team session content (issue #10)', () => {
  it('stops the build on a team objective that is not an objective, and on a path without the mode page', () => {
    expect(errorOf(loadMutated((raw) => (raw.teamObjective = 'bestaat-niet'))).message).toMatch(
      /teamObjective: unknown objective "bestaat-niet"/,
    );
    const modeOnlyAlone = errorOf(
      loadMutated((raw) => {
        raw.pages.find((p: any) => p.type === 'mode').modes = ['alone'];
      }),
    );
    expect(modeOnlyAlone.message).toMatch(/the "team" path has no page of type "mode"/);
    expect(errorOf(loadMutated((raw) => (raw.pages[0].modes = ['samen']))).message).toMatch(
      /modes\[0\]: must be one of: alone, team, joined/,
    );
  });

  it('a module without team mode cannot have team pages or team paths', () => {
    const error = errorOf(
      loadMutated((raw) => {
        raw.teamMode = false;
        raw.pages = raw.pages.filter((p: any) => p.type !== 'mode');
        raw.pages[0].modes = ['team'];
      }),
    );
    expect(error.message).toMatch(/modes "team" and "joined" need teamMode: true/);
  });
});
