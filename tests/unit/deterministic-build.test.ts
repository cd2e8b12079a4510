import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../support/ensure-built.js';

const copies: string[] = [];
afterAll(() => copies.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the sources (node_modules linked) in a temp folder, optionally changed, then built. */
function buildCopy(change?: (dir: string) => void): { dir: string; stderr: string; ok: boolean } {
  const dir = mkdtempSync(join(tmpdir(), 'samenspel-build-'));
  copies.push(dir);
  for (const entry of [
    'src',
    'modules',
    'packaging',
    'rollup.config.mjs',
    'tsconfig.json',
    'tsconfig.build.json',
    'package.json',
    'imsmanifest.xml',
  ]) {
    cpSync(entry, join(dir, entry), { recursive: true });
  }
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  change?.(dir);
  try {
    execFileSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), 'packaging/build.ts', '--quiet'], {
      cwd: dir,
      stdio: 'pipe',
    });
    return { dir, stderr: '', ok: true };
  } catch (error) {
    return { dir, stderr: String((error as { stderr: Buffer }).stderr), ok: false };
  }
}

describe('build', () => {
  it('a build of the same source in another folder gives zips byte-identical to dist/', () => {
    // dist/ is current (npm test builds it first; ensureBuilt builds it when older than its sources),
    // so this compares two builds: the repository's and a cold one in a temp folder (another path too).
    ensureBuilt();
    const a = buildCopy();
    expect(a.ok, a.stderr).toBe(true);
    const zips = readdirSync(join(a.dir, 'dist')).filter((f) => f.endsWith('.zip'));
    expect(zips.length).toBeGreaterThanOrEqual(4);
    expect(zips.sort()).toEqual(
      readdirSync('dist')
        .filter((f) => f.endsWith('.zip'))
        .sort(),
    );
    for (const name of zips) {
      expect(Buffer.compare(readFileSync(join(a.dir, 'dist', name)), readFileSync(join('dist', name))), name).toBe(0);
    }
  }, 400_000);

  it('a content mistake stops the build with file, line, field and message, and writes no package', () => {
    const bad = buildCopy((dir) => {
      const file = join(dir, 'modules', 'casusbespreking', 'module.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/type: quiz/, 'type: kwis'));
    });
    expect(bad.ok).toBe(false);
    expect(bad.stderr).toMatch(/no package was written/);
    expect(bad.stderr).toMatch(/modules[/\\]casusbespreking[/\\]module\.yaml:\d+ {2}pages\[\d+\] \([a-z0-9-]+\)\.type: unknown page type/);
    expect(() => readdirSync(join(bad.dir, 'dist'))).toThrow();
  }, 120_000);

  it('a page whose stated minutes are off stops the build with file, line and estimate, and writes no package', () => {
    const bad = buildCopy((dir) => {
      const file = join(dir, 'modules', 'casusbespreking', 'module.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/minutes: [\d.]+/, 'minutes: 30'));
    });
    expect(bad.ok).toBe(false);
    expect(bad.stderr).toMatch(/no package was written/);
    expect(bad.stderr).toMatch(
      /modules[/\\]casusbespreking[/\\]module\.yaml:\d+ {2}pages\[0\] \([a-z0-9-]+\)\.minutes: states 30 min but the estimate is [\d.]+ min \(\d+ words/,
    );
    expect(() => readdirSync(join(bad.dir, 'dist'))).toThrow();
  }, 120_000);
});
