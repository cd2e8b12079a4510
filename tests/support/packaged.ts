/**
 * Packages modules (real ones and test fixtures) for browser tests: builds one SCORM package per
 * module with the same code as the build (`modulePackage`), writes each to `<root>/<id>/` in a temp
 * folder and serves that folder next to the LMS harness.
 *
 * The player bundle comes from `dist/build/` when it is newer than every file under `src/`
 * (`npm run build` / `npm test` made it); otherwise it is bundled in memory (slow, ~10–30 s).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundlePlayer } from '../../packaging/bundle.js';
import { modulePackage, type BuiltAssets } from '../../packaging/packages.js';
import { startServer } from '../../packaging/preview/server.js';
import type { Course } from '../../src/content/types.js';
import { REPO_ROOT } from './fixtures.js';
import type { Standard } from './browser.js';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    newest = Math.max(newest, stat.isDirectory() ? newestMtime(path) : stat.mtimeMs);
  }
  return newest;
}

let cached: Promise<BuiltAssets> | null = null;

/** The built player files: from `dist/build/` when up to date, else bundled now. */
function playerAssets(): Promise<BuiltAssets> {
  if (cached) return cached;
  const build = join(REPO_ROOT, 'dist', 'build');
  const names = ['player.js', 'player-later.js', 'embedded-lms-scorm12.js', 'embedded-lms-scorm2004.js'] as const;
  const fresh =
    names.every((n) => existsSync(join(build, n))) &&
    Math.min(...names.map((n) => statSync(join(build, n)).mtimeMs)) >= newestMtime(join(REPO_ROOT, 'src'));
  cached = fresh
    ? Promise.resolve({
        ...(Object.fromEntries(names.map((n) => [n, new Uint8Array(readFileSync(join(build, n)))])) as Record<
          (typeof names)[number],
          Uint8Array
        >),
        'player.css': new Uint8Array(readFileSync(join(REPO_ROOT, 'packaging', 'assets', 'player.css'))),
      })
    : bundlePlayer(join(REPO_ROOT, 'rollup.config.mjs'));
  return cached;
}

export interface ServedModules {
  url: string;
  /** The module's launch page, opened directly (standalone: the embedded LMS starts). */
  launchUrl(id: string): string;
  /** The LMS harness page that frames the module. */
  harnessUrl(id: string, extra?: Record<string, string>): string;
  close(): Promise<void>;
}

/** Packages every course (for `standard`) into `<tmp>/<id>/` and serves the folder. */
export async function serveModules(courses: { course: Course; dir: string }[], standard: Standard = 'scorm2004'): Promise<ServedModules> {
  const assets = await playerAssets();
  const root = mkdtempSync(join(tmpdir(), 'samenspel-a11y-'));
  for (const { course, dir } of courses) {
    for (const [path, bytes] of Object.entries(modulePackage(course, dir, standard, assets))) {
      const target = join(root, course.id, path);
      mkdirSync(join(target, '..'), { recursive: true });
      writeFileSync(target, bytes);
    }
  }
  const server = await startServer({ root });
  return {
    url: server.url,
    launchUrl: (id) => `${server.url}/${id}/index.html`,
    harnessUrl: (id, extra = {}) =>
      `${server.url}/lms/lms.html?${new URLSearchParams({ std: standard, launch: `/${id}/index.html`, ...extra })}`,
    async close() {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
