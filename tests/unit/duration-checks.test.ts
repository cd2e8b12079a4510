import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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

function messageOf(name: string): string {
  try {
    loadModule(join(CASES, name));
  } catch (e) {
    if (e instanceof ContentError) return e.message;
    throw e;
  }
  throw new Error(`expected ${name} to fail the duration checks`);
}

describe('duration and quiz checks in the build', () => {
  it('accept a module that meets the rule', () => {
    expect(loadModule(join(CASES, 'passes')).id).toBe('passes');
  });

  it('stop on a page whose stated minutes lie outside the margin', () => {
    expect(messageOf('page-minutes')).toBe(
      `${file('page-minutes')}:${lineOf('page-minutes', 'minutes: 4')}  pages[0] (lezen).minutes: states 4 min but the estimate is 0.5 min ` +
        '(7 words, 0 questions, 0 fields to write, 0 figures); the stated minutes must lie within ±1 min of the estimate',
    );
  });

  it('stop when the individual path takes more than 20 minutes', () => {
    expect(messageOf('individual-path')).toBe(
      `${file('individual-path')}:${lineOf('individual-path', '- id: reflectie-1')}  pages: the individual path takes 23 min by the estimate ` +
        '(stated 23 min); at most 20 min is allowed',
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

  it('hold for every real module', () => {
    expect(() => loadAllModules(join(REPO_ROOT, 'modules'))).not.toThrow();
  });

  it('also hold for the shared test fixtures', () => {
    for (const name of ['mini', 'pagetypes']) expect(loadModule(join(FIXTURE_MODULES, name)).id).toBe(name);
  });
});
