/**
 * Tests that read `dist/` build it first when it is missing or older than its inputs, so a bare
 * `npx vitest run tests/e2e/x.test.ts` on a clean clone works (`npm test` builds before vitest,
 * and then this does nothing).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './fixtures.js';

/** What the build reads: a change in any of these makes the packages in dist/ stale. */
const INPUTS = ['src', 'modules', 'packaging', 'rollup.config.mjs', 'package-lock.json', 'tsconfig.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

/** The zips one build writes: two per module plus the full course, one per standard. */
function expectedZips(): string[] {
  const modules = readdirSync(join(REPO_ROOT, 'modules')).filter((name) => existsSync(join(REPO_ROOT, 'modules', name, 'module.yaml')));
  return [...modules, 'samenspel-course'].flatMap((id) => [`${id}-scorm12.zip`, `${id}-scorm2004.zip`]);
}

/** Why dist/ must be built, or null when it is current. */
function staleReason(): string | null {
  const dist = join(REPO_ROOT, 'dist');
  const missing = expectedZips().filter((zip) => !existsSync(join(dist, zip)));
  if (missing.length > 0) return `is missing ${missing.length === 1 ? missing[0] : `${missing.length} packages`}`;
  const oldest = Math.min(...expectedZips().map((zip) => statSync(join(dist, zip)).mtimeMs));
  const newestInput = Math.max(...INPUTS.map((p) => newestMtime(join(REPO_ROOT, p))));
  return newestInput > oldest ? 'is older than its sources' : null;
}

/** Builds the packages (as `npm run build -- --quiet`) when dist/ is missing or stale. */
export function ensureBuilt(): void {
  const reason = staleReason();
  if (!reason) return;
  console.log(`dist/ ${reason}: building the packages first (tsx packaging/build.ts --quiet)`);
  const tsx = join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  execFileSync(process.execPath, [tsx, 'packaging/build.ts', '--quiet'], { cwd: REPO_ROOT, stdio: 'inherit' });
}
