/**
 * Fuzz test of the content compiler (issue 16): seeded mutations of every real module file (and the
 * fixtures). Every run either compiles (and packs) or ends with at least one `file:line  path: message`
 * line and no stack trace; the build CLI on a few broken copies writes no package.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError, loadModule } from '../../src/content/load-module.js';
import { launchHtml, modulePackage, type BuiltAssets } from '../../packaging/packages.js';
import { FIXTURE_MODULES, REPO_ROOT } from '../support/fixtures.js';

export const RUNS_PER_MODULE = 40;
const SEED = 130_016;

const work = mkdtempSync(join(tmpdir(), 'samenspel-fuzz-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const sources = [
  ...readdirSync(join(REPO_ROOT, 'modules')).map((name) => join(REPO_ROOT, 'modules', name)),
  join(FIXTURE_MODULES, 'mini'),
  join(FIXTURE_MODULES, 'pagetypes'),
].filter((dir) => existsSync(join(dir, 'module.yaml')));

const stubAssets = {
  'player.js': new Uint8Array(),
  'player-later.js': new Uint8Array(),
  'player.css': new Uint8Array(),
  'embedded-lms-scorm12.js': new Uint8Array(),
  'embedded-lms-scorm2004.js': new Uint8Array(),
} satisfies BuiltAssets;

// ---------------------------------------------------------------- mutations of the file's lines
type Mutation = (lines: string[], at: number) => void;
const longText = (n: number) => 'lang '.repeat(n);
const insertAt = (line: string, pos: number, text: string) => {
  const p = line.length ? pos % (line.length + 1) : 0;
  return line.slice(0, p) + text + line.slice(p);
};
const wrongValues = [
  '[1, 2]',
  '{ a: 1 }',
  '12',
  '-3.5',
  'true',
  'null',
  '~',
  '""',
  "''",
  '[]',
  '{}',
  '0x1F',
  '2026-12-01',
  '!!binary aGk=',
  '*nope',
  '&anchor x',
  '|',
  '>-',
];
const inserts = [
  '\t',
  ': ',
  ':',
  '"',
  "'",
  '#',
  '- ',
  '[',
  '{',
  '}',
  ']',
  '&a ',
  '*a',
  '!!str ',
  '%YAML 1.2',
  '---',
  '...',
  '\u0000',
  '\uFEFF',
  'é',
  '日本語',
  '😀',
  '\u202e',
  '\u2028',
  '<script>alert(1)</script>',
  '**',
  '\\',
  '${x}',
];

const mutation: fc.Arbitrary<{ name: string; apply: Mutation }> = fc.oneof(
  fc.constant({ name: 'delete line', apply: (l: string[], at: number) => void l.splice(at, 1) }),
  fc.constant({ name: 'duplicate line', apply: (l: string[], at: number) => void l.splice(at, 0, l[at]) }),
  fc.nat().map((d) => ({
    name: 'swap lines',
    apply: (l: string[], at: number) => {
      const b = (at + 1 + (d % 5)) % l.length;
      [l[at], l[b]] = [l[b], l[at]];
    },
  })),
  fc.integer({ min: -4, max: 4 }).map((d) => ({
    name: `indent ${d}`,
    apply: (l: string[], at: number) =>
      void (l[at] = d > 0 ? ' '.repeat(d) + l[at] : l[at].slice(Math.min(-d, l[at].length - l[at].trimStart().length))),
  })),
  fc.tuple(fc.constantFrom(...inserts), fc.nat()).map(([text, pos]) => ({
    name: `insert ${JSON.stringify(text)}`,
    apply: (l: string[], at: number) => void (l[at] = insertAt(l[at], pos, text)),
  })),
  fc
    .tuple(fc.string({ unit: 'binary', maxLength: 20 }), fc.nat())
    .map(([text, pos]) => ({ name: 'insert unicode', apply: (l: string[], at: number) => void (l[at] = insertAt(l[at], pos, text)) })),
  fc.integer({ min: 100, max: 3000 }).map((n) => ({
    name: `long string ${n * 5}`,
    apply: (l: string[], at: number) => void (l[at] = l[at].replace(/:\s+(.+)$/, `: ${longText(n)}`)),
  })),
  fc
    .constantFrom(...wrongValues)
    .map((v) => ({ name: `wrong type ${v}`, apply: (l: string[], at: number) => void (l[at] = l[at].replace(/:\s+(.+)$/, `: ${v}`)) })),
  fc.constantFrom(...wrongValues).map((v) => ({
    name: `list item ${v}`,
    apply: (l: string[], at: number) => void (l[at] = l[at].replace(/^(\s*)- (.+)$/, `$1- ${v}`)),
  })),
);
const mutations = fc.array(fc.tuple(mutation, fc.nat()), { minLength: 1, maxLength: 3 });

function mutate(text: string, steps: [{ name: string; apply: Mutation }, number][]): string {
  const lines = text.split('\n');
  for (const [m, at] of steps) if (lines.length > 0) m.apply(lines, at % lines.length);
  return lines.join('\n');
}

const LOCATED = /^\S+module\.yaml:\d+ {2}\S.*: \S/;
const STACK = /^\s+at \S/;

/** Loads the mutated module in-process; returns 'built', or the error text (checked by the caller). */
function compileCase(folder: string, text: string): { built: boolean; message: string } {
  writeFileSync(join(folder, 'module.yaml'), text);
  try {
    const course = loadModule(folder);
    for (const standard of ['scorm12', 'scorm2004'] as const) {
      modulePackage(course, folder, standard, stubAssets);
      launchHtml(course, standard, '');
    }
    return { built: true, message: '' };
  } catch (error) {
    if (error instanceof ContentError) return { built: false, message: error.message };
    throw new Error(`not a content message (would print a stack trace): ${(error as Error)?.stack ?? error}`, { cause: error });
  }
}

const failures: string[] = [];

describe('content compiler under fuzzing', () => {
  let built = 0;
  let refused = 0;
  for (const source of sources) {
    const name = source.split('/').pop()!;
    it(`${name}: ${RUNS_PER_MODULE} seeded mutations either compile or give file:line messages`, () => {
      const folder = join(work, name);
      cpSync(source, folder, { recursive: true });
      const original = readFileSync(join(source, 'module.yaml'), 'utf8');
      fc.assert(
        fc.property(mutations, (steps) => {
          const text = mutate(original, steps);
          const result = compileCase(folder, text);
          if (result.built) {
            built++;
            return;
          }
          refused++;
          const lines = result.message.split('\n');
          expect(
            lines.some((l) => LOCATED.test(l)),
            result.message,
          ).toBe(true);
          expect(
            lines.filter((l) => STACK.test(l)),
            result.message,
          ).toEqual([]);
          if (failures.length < 3 && name === 'mini') failures.push(text);
        }),
        { seed: SEED, numRuns: RUNS_PER_MODULE },
      );
    });
  }

  it('the build CLI on broken copies ends with file:line messages, no stack trace, and writes no package', () => {
    console.log(
      `content fuzz: ${sources.length} module files × ${RUNS_PER_MODULE} = ${sources.length * RUNS_PER_MODULE} mutations (seed ${SEED}): ${built} compiled, ${refused} refused with messages`,
    );
    expect(failures.length).toBeGreaterThan(0);
    for (const [i, text] of failures.entries()) {
      const modules = join(work, `cli-${i}`, 'modules');
      const out = join(work, `cli-${i}`, 'dist');
      cpSync(join(FIXTURE_MODULES, 'mini'), join(modules, 'mini'), { recursive: true });
      writeFileSync(join(modules, 'mini', 'module.yaml'), text);
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'packaging/build.ts', '--quiet', `--modules=${modules}`, `--out=${out}`],
        {
          cwd: REPO_ROOT,
          encoding: 'utf8',
        },
      );
      expect(run.status, run.stderr).toBe(1);
      const lines = run.stderr.split('\n');
      expect(lines[0]).toBe('Content errors — no package was written:');
      expect(
        lines.some((l) => LOCATED.test(l)),
        run.stderr,
      ).toBe(true);
      expect(lines.filter((l) => STACK.test(l))).toEqual([]);
      expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    }
  }, 60_000);
});
