/**
 * SCORM 1.2 vs 2004 live in one mapping: no CMI element name and no LMS API call name appears in src/
 * outside src/tracking/cmi-mapping.ts (comments included, so none hides in a JSDoc example either).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scorm12, scorm2004 } from '../../src/tracking/cmi-mapping.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

describe('standard-specific names only in cmi-mapping.ts', () => {
  const files = sources('src').filter((f) => !f.endsWith(join('tracking', 'cmi-mapping.ts')));
  const callNames = [...Object.values(scorm12.calls), ...Object.values(scorm2004.calls)];
  const callPattern = new RegExp(`['"\`](${callNames.join('|')})['"\`]`);

  it('finds the files to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)('%s', (file) => {
    const lines = readFileSync(file, 'utf8').split('\n');
    const hits = lines.map((line, i) => ({ line, n: i + 1 })).filter(({ line }) => /\bcmi\.[a-z_]/.test(line) || callPattern.test(line));
    expect(hits.map(({ n, line }) => `${n}: ${line.trim()}`)).toEqual([]);
  });
});
