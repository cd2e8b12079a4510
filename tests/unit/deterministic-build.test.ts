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
  for (const entry of ['src', 'modules', 'packaging', 'rollup.config.mjs', 'tsconfig.json', 'tsconfig.build.json', 'package.json']) {
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
  it('two builds of the same source give byte-identical zips', () => {
    const a = buildCopy();
    expect(a.ok, a.stderr).toBe(true);
    const first = Object.fromEntries(
      readdirSync(join(a.dir, 'dist'))
        .filter((f) => f.endsWith('.zip'))
        .map((f) => [f, readFileSync(join(a.dir, 'dist', f))]),
    );
    expect(Object.keys(first).length).toBeGreaterThanOrEqual(4);
    rmSync(join(a.dir, 'dist'), { recursive: true, force: true });
    execFileSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), 'packaging/build.ts', '--quiet'], {
      cwd: a.dir,
      stdio: 'pipe',
    });
    for (const [name, bytes] of Object.entries(first)) {
      expect(Buffer.compare(readFileSync(join(a.dir, 'dist', name)), bytes), name).toBe(0);
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
