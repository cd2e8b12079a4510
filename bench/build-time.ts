/** Wall time of a full build, as a separate process (the way `npm run build` runs it). */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface BuildTiming {
  ok: boolean;
  seconds: number;
  exitCode: number | null;
  /** Phases the build wrote to dist/build/phases.json (ms by phase). */
  phases?: Record<string, number>;
  /** Last lines of the build's error output when it failed. */
  error?: string;
}

export function timeBuild(): Promise<BuildTiming> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('npx', ['tsx', 'packaging/build.ts', '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const ok = code === 0;
      const file = 'dist/build/phases.json';
      const phases = ok && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')).phases as Record<string, number>) : undefined;
      resolve({ ok, seconds, exitCode: code, phases, ...(ok ? {} : { error: stderr.trim().split('\n').slice(0, 12).join('\n') }) });
    });
  });
}
