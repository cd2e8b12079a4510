/**
 * The scripts stop on a wrong command line with a message (issue 13), before any work is done.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/fixtures.js';

const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: REPO_ROOT, encoding: 'utf8' });

describe('command lines', () => {
  const cases: [string, string[], number, string][] = [
    // before: "--exit=norml" silently built with the default (suspend)
    [
      'packaging/build.ts',
      ['--exit=norml'],
      2,
      '--exit=norml is not a choice: use --exit=suspend or --exit=normal (did you mean --exit=normal?)',
    ],
    ['packaging/build.ts', ['--qiet'], 2, 'Unknown option --qiet — did you mean --quiet?'],
    ['packaging/dev.ts', [], 2, 'Which module? Give its folder name, e.g. npm run dev -- casusbespreking'],
    ['packaging/dev.ts', ['mini', '--port=acht'], 2, '--port must be a number, not acht'],
    [
      'packaging/dev.ts',
      ['mini', '--standard=scorm13'],
      2,
      '--standard=scorm13 is not a choice: use --standard=scorm2004 or --standard=scorm12 (did you mean --standard=scorm12?)',
    ],
    ['packaging/dev.ts', ['bestaat-niet'], 1, 'No module "bestaat-niet": modules/bestaat-niet/module.yaml does not exist.'],
    ['packaging/new-module.ts', ['alleen-id'], 2, 'Give an id and a title, e.g. npm run new-module -- mijn-module "Mijn module"'],
  ];
  for (const [script, args, status, first] of cases) {
    it(`${script} ${args.join(' ')}`, () => {
      const result = run(script, ...args);
      expect(result.stderr.split('\n')[0]).toBe(first);
      expect(result.status).toBe(status);
    });
  }
});
