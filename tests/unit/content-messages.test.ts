/**
 * Every author-facing message of issue 13, input → exact output: YAML mistakes explained with the fix
 * (first error only), page ids in paths, wrong types, length limits with their reason, CLI options.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError, parseOptions, type OptionSpecs } from '../../packaging/cli.js';
import { LIMITS } from '../../src/content/limits.js';
import { ContentError, loadModule, namePages } from '../../src/content/load-module.js';
import schema from '../../src/content/module.schema.json' with { type: 'json' };
import { FIXTURE_MODULES, REPO_ROOT } from '../support/fixtures.js';

const root = mkdtempSync(join(tmpdir(), 'samenspel-messages-'));
const folder = join(root, 'mini');
cpSync(join(FIXTURE_MODULES, 'mini'), folder, { recursive: true });
const original = readFileSync(join(folder, 'module.yaml'), 'utf8');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The build's message for the mini module after `edit`, with the temp folder shown as `mini`. */
function messageAfter(edit: (text: string) => string): string {
  const text = edit(original);
  expect(text, 'the edit must change the file').not.toBe(original);
  writeFileSync(join(folder, 'module.yaml'), text);
  try {
    loadModule(folder);
  } catch (error) {
    if (error instanceof ContentError) return error.message.replaceAll(folder, 'mini');
    throw error;
  }
  throw new Error('expected a content error');
}

const startTitle = (replacement: string) => (t: string) => t.replace('    title: Start\n', replacement);
const startMinutes = (replacement: string) => (t: string) =>
  t.replace('    minutes: 1\n    objective: doel-a', `${replacement}\n    objective: doel-a`);

describe('YAML mistakes: a short explanation with the fix, first error only', () => {
  const cases: [string, (t: string) => string, string][] = [
    // before: "YAML: Nested mappings are not allowed in compact mappings at line 18, column 12:"
    [
      'unquoted colon in a title',
      startTitle('    title: Start: welkom\n'),
      'mini/module.yaml:18  YAML: de tekst na "title:" bevat zelf een dubbele punt met spatie: zet de titel tussen aanhalingstekens: title: "Start: welkom"',
    ],
    // before: ten cascading lines starting with "YAML: Tabs are not allowed as indentation"
    [
      'a tab as indentation',
      startMinutes('\tminutes: 1'),
      'mini/module.yaml:19  YAML: deze regel springt in met een tab: gebruik spaties, geen tabs (2 spaties per niveau)',
    ],
    [
      'the same field twice',
      startTitle('    title: Start\n    title: Begin\n'),
      'mini/module.yaml:19  YAML: title staat twee keer in hetzelfde blok: verwijder of hernoem er één',
    ],
    [
      'a quote that is not closed (line of the opening quote)',
      startTitle('    title: "Start\n'),
      'mini/module.yaml:18  YAML: het aanhalingsteken " wordt niet gesloten: sluit de tekst af met " op dezelfde regel',
    ],
    [
      'text after the closing quote',
      startTitle('    title: "Start" hier\n'),
      'mini/module.yaml:18  YAML: na het sluitende " staat nog tekst: zet de hele tekst tussen aanhalingstekens en schrijf een " in de tekst als \\"',
    ],
    // before: a stack trace "ReferenceError: Unresolved alias (the anchor must be set before the alias): Start*"
    [
      'Markdown emphasis at the start of a value',
      startTitle('    title: *Start* hier\n'),
      'mini/module.yaml:18  YAML: een tekst die met * begint leest YAML als opmaakteken: zet de titel tussen aanhalingstekens: title: "*Start* hier"',
    ],
    // before: no YAML message at all; the title silently became empty
    [
      'an exclamation mark at the start',
      startTitle('    title: !Start\n'),
      'mini/module.yaml:18  YAML: een tekst die met ! begint leest YAML als opmaakteken: zet de titel tussen aanhalingstekens: title: "!Start"',
    ],
    [
      'a line indented too far',
      startMinutes('      minutes: 1'),
      'mini/module.yaml:18  YAML: deze regel springt verder in dan de regel erboven: zet hem recht onder het veld waar hij bij hoort (2 spaties per niveau)',
    ],
    [
      'a line indented too little',
      startMinutes('   minutes: 1'),
      'mini/module.yaml:19  YAML: de inspringing klopt niet: zet deze regel recht onder het veld waar hij bij hoort (2 spaties per niveau; een lijstitem begint met "- ")',
    ],
    [
      'a second document',
      (t) => t.replace('pages:\n', '---\npages:\n'),
      'mini/module.yaml:15  YAML: --- begint een tweede document: één module per bestand, haal de regel weg',
    ],
    [
      'a [ that is not closed (line of the [)',
      startTitle('    title: [Start\n'),
      'mini/module.yaml:18  YAML: de [ wordt niet gesloten: zet de titel tussen aanhalingstekens: title: "[Start"',
    ],
  ];
  for (const [name, edit, expected] of cases) it(name, () => expect(messageAfter(edit)).toBe(expected));
});

describe('schema mistakes: page ids in paths, wrong types, length limits', () => {
  const cases: [string, (t: string) => string, string][] = [
    // before: "pages[0].figure.src: media file …"
    [
      'the path names the page id',
      (t) => t.replace('src: model.svg', 'src: modle.svg'),
      'mini/module.yaml:27  pages[0] (start).figure.src: media file "modle.svg" not found in modules/mini/',
    ],
    // before: "pages[0].title: must be string"
    [
      'a number where text is needed',
      startTitle('    title: 2026\n'),
      'mini/module.yaml:18  pages[0] (start).title: moet tekst zijn, maar YAML leest 2026 als getal: zet het tussen aanhalingstekens: title: "2026"',
    ],
    [
      'an empty value',
      startTitle('    title:\n'),
      'mini/module.yaml:18  pages[0] (start).title: is leeg: vul een waarde in (of haal de regel weg als het veld niet verplicht is)',
    ],
    [
      'text where a number is needed',
      startMinutes('    minutes: een'),
      'mini/module.yaml:19  pages[0] (start).minutes: moet een getal zijn (zonder aanhalingstekens), niet "een"',
    ],
    // before: a 150-character title passed
    [
      'a module title too long for the phone header',
      (t) => t.replace('title: Mini-module voor tests', `title: ${'Samen met mantelzorgers '.repeat(6).trim()}`),
      'mini/module.yaml:5  title: is 143 tekens lang, hooguit 100: de moduletitel staat in de kop; op een telefoon (320 px breed) past hooguit 100 tekens in drie regels',
    ],
    [
      'a page title too long',
      startTitle(`    title: ${'Start '.repeat(15).trim()}\n`),
      'mini/module.yaml:18  pages[0] (start).title: is 89 tekens lang, hooguit 80: de paginatitel staat als kop boven de pagina en in de paginalijst; langer dan 80 tekens wordt op een telefoon meer dan twee regels',
    ],
    [
      'a role name too long',
      (t) => t.replace('name: Voorzitter,', `name: ${'Voorzitter'.repeat(4)},`),
      'mini/module.yaml:38  pages[1] (modus).roles[0].name: is 40 tekens lang, hooguit 30: de rolnaam staat in een keuzelijst naast de naam van de deelnemer; hooguit 30 tekens',
    ],
  ];
  for (const [name, edit, expected] of cases) it(name, () => expect(messageAfter(edit)).toBe(expected));

  it('namePages adds the id only for a page with a usable id', () => {
    const raw = { pages: [{ id: 'start' }, { id: 12 }, {}] };
    expect(namePages('pages[0].figure.src', raw)).toBe('pages[0] (start).figure.src');
    expect(namePages('pages[1].title', raw)).toBe('pages[1].title');
    expect(namePages('pages[7].title', raw)).toBe('pages[7].title');
    expect(namePages('objectives[0].id', raw)).toBe('objectives[0].id');
  });

  it('every length limit is also in the schema (editors warn while typing) with the same number', () => {
    for (const limit of LIMITS) {
      const node = limit.schema.reduce<any>((n, k) => n?.[k], schema);
      expect(node?.maxLength, limit.schema.join('/')).toBe(limit.max);
    }
  });
});

describe('editor support', () => {
  it('every module file starts with the schema line', () => {
    for (const name of readdirSync(join(REPO_ROOT, 'modules'))) {
      const first = readFileSync(join(REPO_ROOT, 'modules', name, 'module.yaml'), 'utf8').split('\n')[0];
      expect(first, name).toBe('# yaml-language-server: $schema=../../src/content/module.schema.json');
    }
  });

  it('every field in the schema has a Dutch / English description', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'if') continue;
        if (key === 'properties') {
          for (const [name, prop] of Object.entries(value as object)) {
            if (typeof prop === 'object' && !/^.+ \/ .+$/.test((prop as { description?: string }).description ?? ''))
              missing.push(`${path}.${name}`);
          }
        }
        walk(value, `${path}.${key}`);
      }
    };
    walk(schema, '');
    expect(missing).toEqual([]);
  });
});

describe('command-line options (parseArgs)', () => {
  const specs = {
    quiet: { type: 'boolean', help: '' },
    exit: { type: 'string', choices: ['suspend', 'normal'], help: '' },
    out: { type: 'string', help: '' },
  } satisfies OptionSpecs;
  const messageOf = (argv: string[], positionals = 0) => {
    try {
      parseOptions(argv, specs, { positionals });
    } catch (error) {
      if (error instanceof CliError) return error.message;
      throw error;
    }
    return 'accepted';
  };
  it('accepts known options', () => {
    expect(parseOptions(['--quiet', '--exit=normal', '--out', 'x'], specs).values).toEqual({ quiet: true, exit: 'normal', out: 'x' });
  });
  // before: "--exit=norml" silently built with the default
  it('a misspelled value', () =>
    expect(messageOf(['--exit=norml'])).toBe(
      '--exit=norml is not a choice: use --exit=suspend or --exit=normal (did you mean --exit=normal?)',
    ));
  it('a misspelled option', () => expect(messageOf(['--qiuet'])).toBe('Unknown option --qiuet — did you mean --quiet?'));
  it('an unknown option', () => expect(messageOf(['--verbose'])).toBe('Unknown option --verbose'));
  it('a value for a switch', () => expect(messageOf(['--quiet=yes'])).toBe('--quiet takes no value'));
  it('a missing value', () => expect(messageOf(['--out'])).toBe('--out needs a value: --out=…'));
  it('an unexpected argument', () => {
    expect(messageOf(['mini'])).toBe('Unexpected argument mini');
    expect(messageOf(['mini', 'extra'], 1)).toBe('Unexpected argument extra');
  });
});
