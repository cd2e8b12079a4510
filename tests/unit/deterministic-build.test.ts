import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const copies: string[] = [];
afterAll(() => copies.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the sources (node_modules linked) in a temp folder, optionally changed, then built. */
function buildCopy(change?: (dir: string) => void): { dir: string; stderr: string; ok: boolean } {
  const dir = mkdtempSync(join(tmpdir(), 'samenspel-build-'));
  copies.push(dir);
  for (const entry of ['src', 'modules', 'packaging', 'rollup.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(entry, join(dir, entry), { recursive: true });
  }
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  change?.(dir);
  try {
    execFileSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), 'packaging/build.ts', '--quiet'], { cwd: dir, stdio: 'pipe' });
    return { dir, stderr: '', ok: true };
  } catch (error) {
    return { dir, stderr: String((error as { stderr: Buffer }).stderr), ok: false };
  }
}

describe('build', () => {
  it('a second build of the same source gives byte-identical zips', () => {
    // dist/ was built by `npm test` just before; build the same sources again elsewhere and compare.
    const again = buildCopy();
    expect(again.ok, again.stderr).toBe(true);
    const zips = readdirSync('dist').filter((f) => f.endsWith('.zip'));
    expect(zips.length).toBeGreaterThanOrEqual(4);
    for (const name of zips) {
      expect(Buffer.compare(readFileSync(join(again.dir, 'dist', name)), readFileSync(join('dist', name))), name).toBe(0);
    }
  }, 300_000);

  it('a content mistake stops the build with file, line, field and message, and writes no package', () => {
    const bad = buildCopy((dir) => {
      const file = join(dir, 'modules', 'casusbespreking', 'module.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/type: quiz/, 'type: kwis'));
    });
    expect(bad.ok).toBe(false);
    expect(bad.stderr).toMatch(/no package was written/);
    expect(bad.stderr).toMatch(/modules[/\\]casusbespreking[/\\]module\.yaml:\d+ {2}pages\[\d+\]\.type: unknown page type/);
    expect(() => readdirSync(join(bad.dir, 'dist'))).toThrow();
  }, 120_000);
});
