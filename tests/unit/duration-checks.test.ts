import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DURATION_EXEMPTIONS } from '../../src/content/duration-exemptions.js';
import { ContentError, loadAllModules, loadModule } from '../../src/content/load-module.js';
import { FIXTURE_MODULES, REPO_ROOT } from '../support/fixtures.js';

const CASES = join(FIXTURE_MODULES, 'duration-checks');
const file = (name: string) => join(CASES, name, 'module.yaml');
// A list's line is the line of its first item (how the loader locates every collection).

/** 1-based line of the `nth` line of the fixture that contains `text`. */
function lineOf(name: string, text: string, nth = 1): number {
  const lines = readFileSync(file(name), 'utf8').split('\n');
  const hits = lines.flatMap((l, i) => (l.includes(text) ? [i + 1] : []));
  if (hits.length < nth) throw new Error(`"${text}" not ${nth}× in ${name}`);
  return hits[nth - 1];
}

function messageOf(name: string, options = {}): string {
  try {
    loadModule(join(CASES, name), { exemptions: [], ...options });
  } catch (e) {
    if (e instanceof ContentError) return e.message;
    throw e;
  }
  throw new Error(`expected ${name} to fail the duration checks`);
}

describe('duration and quiz checks in the build', () => {
  it('accept a module that meets the rule', () => {
    expect(loadModule(join(CASES, 'passes'), { exemptions: [] }).id).toBe('passes');
  });

  it('stop on a page whose stated minutes lie outside the margin', () => {
    expect(messageOf('page-minutes')).toBe(
      `${file('page-minutes')}:${lineOf('page-minutes', 'minutes: 4')}  pages[0] (lezen).minutes: states 4 min but the estimate is 0.5 min ` +
        '(7 words, 0 questions, 0 fields to write, 0 figures); the stated minutes must lie within ±1 min of the estimate',
    );
  });

  it('stop when the individual path takes more than 20 minutes', () => {
    expect(messageOf('individual-path')).toBe(
      `${file('individual-path')}:${lineOf('individual-path', '- id: reflectie-1')}  pages: the individual path takes 22.5 min by the estimate ` +
        '(stated 22.5 min); at most 20 min is allowed',
    );
  });

  it('stop when the correct option is the longest in more than a third of the graded questions', () => {
    expect(messageOf('longest-correct')).toBe(
      `${file('longest-correct')}:${lineOf('longest-correct', '- id: q1')}  pages[1] (toets).questions: the correct option is the longest ` +
        'in 2 of 3 graded questions (q1, q2); at most 1 (one third) is allowed',
    );
  });

  it('stop on wrong-option feedback that opens with praise', () => {
    expect(messageOf('praise')).toBe(
      `${file('praise')}:${lineOf('praise', 'Juist gedacht')}  pages[1] (toets).questions[0].options[1].feedback: ` +
        'feedback of wrong option "b" in question "q1" starts with "Juist", a word of praise',
    );
  });

  it('stop on a multiple-choice question without a wrong option', () => {
    expect(messageOf('mc-no-wrong')).toBe(
      `${file('mc-no-wrong')}:${lineOf('mc-no-wrong', 'text: Voorzitter')}  pages[1] (toets).questions[2].options: ` +
        'multiple-choice question "q3" has no wrong option; it needs at least one',
    );
  });

  it('skip the checks for an exempt module with a warning that says how many issues are open', () => {
    const warnings: string[] = [];
    const course = loadModule(join(CASES, 'page-minutes'), { exemptions: ['page-minutes'], onWarning: (m) => warnings.push(m) });
    expect(course.id).toBe('page-minutes');
    expect(warnings).toEqual([
      'warning: duration and quiz checks skipped for "page-minutes" (temporary exemption in src/content/duration-exemptions.ts); ' +
        '1 issue(s) open (npx tsx packaging/estimate.ts page-minutes)',
    ]);
    const passing: string[] = [];
    loadModule(join(CASES, 'passes'), { exemptions: ['passes'], onWarning: (m) => passing.push(m) });
    expect(passing[0]).toMatch(/it meets the rule now: remove it from the list$/);
  });

  it('lists only real modules as exempt, and every other real module meets the rule', () => {
    const warnings: string[] = [];
    const ids = loadAllModules(join(REPO_ROOT, 'modules'), { onWarning: (m) => warnings.push(m) }).map((c) => c.id);
    for (const id of DURATION_EXEMPTIONS) expect(ids).toContain(id);
    expect(warnings).toHaveLength(DURATION_EXEMPTIONS.length);
  });

  it('also hold for the shared test fixtures', () => {
    for (const name of ['mini', 'pagetypes']) expect(loadModule(join(FIXTURE_MODULES, name), { exemptions: [] }).id).toBe(name);
  });
});
