/**
 * `npm run bench`: weight, launch speed and LMS traffic of the built packages, side by side with
 * a minimal hand-written SCO (the floor), the same SCO rendered by one Lit element (the Lit floor:
 * what the required stack costs before any content) and, for launch CPU, each module's first page as
 * static HTML without script (the content floor, static-page.ts), plus the wall time of a full build.
 *
 *   tsx bench/run.ts [--runs=7] [--throttle=4] [--no-build] [--course-launch]
 *
 * Prints one table and writes everything to bench/results.json. Budgets are printed as
 * PASS/FAIL; the exit code is 0 whatever they say (non-zero only when nothing could be measured).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { unzipSync } from 'fflate';
import { CliError, parseOptions, usage, type OptionSpecs } from '../packaging/cli.js';
import { COURSE_ID, STANDARDS } from '../packaging/packages.js';
import { deterministicZip } from '../packaging/zip.js';
import type { Course } from '../src/content/types.js';
import { launchBrowser } from '../tests/support/browser.js';
import { timeBuild, type BuildTiming } from './build-time.js';
import { buildLitFloor } from './floor-lit.js';
import { launchOnce, type LaunchSample, type LaunchTarget } from './launch.js';
import { BUDGETS, buildRows, renderTable, type ColumnResult, type LaunchResult } from './report.js';
import { serveDir, serveZip, type Served } from './serve.js';
import { captureStaticFirstPage } from './static-page.js';
import { median, spread } from './stats.js';
import { playThrough } from './traffic.js';
import { courseFromHtml, measureWeight, measureZip } from './weight.js';

const OPTIONS = {
  runs: { type: 'string', help: 'launches per package (median, default 7)' },
  throttle: { type: 'string', help: 'CPU throttling factor (default 4)' },
  'no-build': { type: 'boolean', help: 'measure the existing dist/ without a timed build' },
  'course-launch': { type: 'boolean', help: 'also launch the full-course package' },
} as const satisfies OptionSpecs;
function readOptions() {
  try {
    const { values } = parseOptions(process.argv.slice(2), OPTIONS);
    for (const name of ['runs', 'throttle'] as const) {
      if (values[name] !== undefined && !/^\d+(\.\d+)?$/.test(values[name]))
        throw new CliError(`--${name} must be a number, not ${values[name]}`);
    }
    return values;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    console.error(`${error.message}\n\n${usage('npm run bench --', OPTIONS)}`);
    process.exit(2);
  }
}
const cli = readOptions();
const flag = (name: 'no-build' | 'course-launch') => cli[name] === true;
const option = (name: 'runs' | 'throttle', fallback: number) => (cli[name] !== undefined ? Number(cli[name]) : fallback);
const RUNS = Math.max(1, option('runs', 7));
const THROTTLE = option('throttle', 4);
const DIST = 'dist';
const FLOOR_DIR = join('bench', 'floor-sco');
/** Column names of the two references: every ratio is to FLOOR; LIT_FLOOR has a ratio too. */
const FLOOR = 'floor';
const LIT_FLOOR = 'floor (Lit)';
const RESULTS = join('bench', 'results.json');
const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);

interface Target extends LaunchTarget {
  column: ColumnResult;
  files: Record<string, Uint8Array>;
  samples: Record<string, LaunchSample[]>;
}

/** Files (path -> bytes; folder entries skipped) written to a temp dir and served. */
async function serveFiles(files: Record<string, Uint8Array>): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), 'samenspel-bench-'));
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return serveDir(dir, () => rmSync(dir, { recursive: true, force: true }));
}

/** The package's first page as static HTML (no script) with the package's other files. */
function serveStatic(files: Record<string, Uint8Array>, html: string, launch: string): Promise<Served> {
  const noScript = Object.entries(files).filter(([name]) => !name.endsWith('.js'));
  return serveFiles({ ...Object.fromEntries(noScript), [launch.replace(/^\//, '')]: new TextEncoder().encode(html) });
}

function readFloor(): Record<string, Uint8Array> {
  return Object.fromEntries(readdirSync(FLOOR_DIR).map((name) => [name, new Uint8Array(readFileSync(join(FLOOR_DIR, name)))]));
}

async function main(): Promise<void> {
  const started = performance.now();
  const load = loadavg();

  // 1. Build (always timed; unless --no-build). A failed build is reported, and the existing dist/ measured.
  let build: BuildTiming | null = null;
  if (!flag('no-build')) {
    progress('full build (timed)…');
    build = await timeBuild();
    if (!build.ok) progress(`build FAILED after ${build.seconds.toFixed(1)} s; measuring the existing ${DIST}/ if any:\n${build.error}`);
  }
  const zips = existsSync(DIST)
    ? readdirSync(DIST)
        .filter((f) => f.endsWith('.zip'))
        .sort()
    : [];
  if (zips.length === 0) {
    console.error(`No packages in ${DIST}/: run \`npm run build\` first (and fix what stops it).`);
    process.exit(1);
  }
  const distBuiltAt = new Date(Math.max(...zips.map((z) => statSync(join(DIST, z)).mtimeMs))).toISOString();

  // 2. Weight of every package (zip bytes read once: a concurrent rebuild cannot change them mid-run).
  const targets: Target[] = [];
  const servers: Served[] = [];
  // Columns: module packages, then the full-course package, each SCORM 1.2 then 2004; the two floors last.
  const packageNames = [...new Set(zips.map((z) => z.replace(/-(scorm12|scorm2004)\.zip$/, '')))].sort(
    (a, b) => Number(a === COURSE_ID) - Number(b === COURSE_ID) || a.localeCompare(b),
  );
  for (const name of packageNames) {
    for (const standard of STANDARDS) {
      const zipName = `${name}-${standard}.zip`;
      if (!zips.includes(zipName)) continue;
      const zip = new Uint8Array(readFileSync(join(DIST, zipName)));
      const kind = name === COURSE_ID ? 'course' : 'module';
      const files = unzipSync(zip);
      const launch =
        kind === 'module' ? '/index.html' : `/${Object.keys(files).find((f) => f.endsWith('/index.html') && !f.startsWith('shared/'))}`;
      const column: ColumnResult = { name, kind, standard, weight: measureZip(zip), launch: null, traffic: null };
      const measured = kind === 'module' || flag('course-launch');
      const served = measured ? await serveZip(zip) : null;
      if (served) servers.push(served);
      targets.push({ column, files, samples: {}, served: served as Served, standard, launch });
    }
  }
  const litFloorFiles = await buildLitFloor();
  const floors = [
    { name: FLOOR, files: readFloor(), served: await serveDir(FLOOR_DIR) },
    { name: LIT_FLOOR, files: litFloorFiles, served: await serveFiles(litFloorFiles) },
  ];
  for (const floor of floors) {
    servers.push(floor.served);
    for (const standard of STANDARDS) {
      const column: ColumnResult = {
        name: floor.name,
        kind: 'floor',
        standard,
        // The floors are references, not packages; zipped the same way for a comparable figure.
        weight: measureWeight(floor.files, deterministicZip(floor.files).length),
        launch: null,
        traffic: null,
      };
      targets.push({ column, files: floor.files, samples: {}, served: floor.served, standard, launch: '/index.html' });
    }
  }
  let launched = targets.filter((t) => t.served);
  const problems: string[] = [];

  const browser = await launchBrowser();
  try {
    // 2b. The content floor: each module's first page as static HTML, launched like the package.
    const statics = new Map<string, LaunchTarget & { samples: Record<string, LaunchSample[]> }>();
    for (const t of launched.filter((x) => x.column.kind === 'module' && x.standard === 'scorm2004')) {
      try {
        const html = await captureStaticFirstPage(browser, t.served, t.standard, t.launch);
        const served = await serveStatic(t.files, html, t.launch);
        servers.push(served);
        statics.set(t.column.name, { served, standard: t.standard, launch: t.launch, samples: {} });
      } catch (error) {
        problems.push(`${t.column.name}: static first page not captured (${String(error).split('\n')[0]})`);
      }
    }
    // 3. Launch: one warm-up per target, then RUNS rounds, interleaved (every target once per round,
    //    order rotated) so drift on a noisy machine hits packages and floor alike.
    const rates = ['1', String(THROTTLE)];
    progress(`launch: ${launched.length} targets × ${rates.length} CPU rates × ${RUNS} runs…`);
    for (const t of launched) {
      try {
        await launchOnce(browser, t, 1);
      } catch (error) {
        problems.push(`${t.column.name} ${t.standard}: did not become interactive, launch not measured (${String(error).split('\n')[0]})`);
      }
    }
    launched = launched.filter((t) => !problems.some((p) => p.startsWith(`${t.column.name} ${t.standard}:`)));
    const rounds: (LaunchTarget & { samples: Record<string, LaunchSample[]>; label: string })[] = [
      ...launched.map((t) => Object.assign(t, { label: `${t.column.name} ${t.standard}` })),
      ...[...statics].map(([name, t]) => Object.assign(t, { label: `${name} static first page` })),
    ];
    for (const t of statics.values()) await launchOnce(browser, t, 1).catch(() => undefined);
    for (let round = 0; round < RUNS; round++) {
      for (const r of rates) {
        for (let k = 0; k < rounds.length; k++) {
          const t = rounds[(k + round) % rounds.length];
          const samples = (t.samples[r] ??= []);
          try {
            samples.push(await launchOnce(browser, t, Number(r)));
          } catch (error) {
            problems.push(`${t.label}: one launch at ${r}× CPU failed and is left out (${String(error).split('\n')[0]})`);
          }
        }
      }
    }
    const medianOf = (t: Target | undefined, r: string) => median((t?.samples[r] ?? []).map((s) => s.interactive));
    for (const t of launched) {
      const floor = launched.find((f) => f.column.name === FLOOR && f.standard === t.standard);
      const isFloor = t === floor;
      const byRate: LaunchResult['byRate'] = {};
      for (const r of rates) {
        const samples = t.samples[r] ?? [];
        if (samples.length === 0) continue;
        const interactive = spread(samples.map((s) => s.interactive));
        const floorMedian = medianOf(floor, r);
        const cpuRuns = samples.map((s) => s.cpu).filter((v): v is number => v !== null);
        const cpu = cpuRuns.length ? spread(cpuRuns) : null;
        const cpuOf = (x: { samples: Record<string, LaunchSample[]> } | undefined) =>
          median((x?.samples[r] ?? []).map((s) => s.cpu).filter((v): v is number => v !== null));
        const floorCpu = cpuOf(floor);
        const staticCpu = t.column.kind === 'module' ? cpuOf(statics.get(t.column.name)) : NaN;
        byRate[r] = {
          interactive,
          cpu,
          cpuRatioToFloor: isFloor || !cpu || !Number.isFinite(floorCpu) ? null : cpu.median / floorCpu,
          staticCpu: Number.isFinite(staticCpu) ? staticCpu : null,
          cpuRatioToStatic: cpu && Number.isFinite(staticCpu) ? cpu.median / staticCpu : null,
          domContentLoaded: spread(samples.map((s) => s.domContentLoaded)),
          ratioToFloor: isFloor || !Number.isFinite(floorMedian) ? null : interactive.median / floorMedian,
          samples,
        };
      }
      const all = Object.values(t.samples).flat();
      if (all.length === 0) continue;
      const first = [...new Set(all[0].requests.map((p) => p.replace(/^\//, '')))];
      t.column.launch = {
        byRate,
        launchFiles: first,
        launchBytes: first.reduce((n, f) => n + (t.files[f]?.length ?? 0), 0),
        embeddedRequested: all.some((s) => s.requests.some((p) => p.endsWith('/embedded-lms.js'))),
        allInitialized: all.every((s) => s.initialized >= 1),
      };
    }

    // 4. LMS traffic: one full play-through per module package, driven by the course embedded in it.
    for (const t of launched.filter((x) => x.column.kind === 'module')) {
      progress(`play-through ${t.column.name} ${t.standard}…`);
      const course = courseFromHtml(new TextDecoder().decode(t.files['index.html'])) as Course;
      try {
        t.column.traffic = await playThrough(browser, t.served, t.standard, t.launch, course);
      } catch (error) {
        problems.push(`${t.column.name} ${t.standard}: play-through failed (${String(error).split('\n')[0]})`);
        continue;
      }
      if (t.column.traffic.requests.some((p) => p.endsWith('/embedded-lms.js')) && t.column.launch)
        t.column.launch.embeddedRequested = true;
    }
    const version = browser.version();

    // 5. Report.
    const columns = targets.map((t) => t.column);
    const rows = buildRows(columns, THROTTLE);
    const seconds = (performance.now() - started) / 1000;
    const header =
      `Samenspel bench · ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · Chromium ${version} · node ${process.versions.node} · ` +
      `${cpus().length} CPUs, load ${load[0].toFixed(1)} · median of ${RUNS} cold launches in the LMS harness frame`;
    let buildLine = build
      ? `Full build (npx tsx packaging/build.ts --quiet): ${build.seconds.toFixed(1)} s wall (budget ≤ ${BUDGETS.buildSeconds} s: ${build.ok && build.seconds <= BUDGETS.buildSeconds ? 'PASS' : 'FAIL'}, load ${load[0].toFixed(1)})${build.ok ? '' : ` — FAILED (exit ${build.exitCode}); figures above are from the existing ${DIST}/ of ${distBuiltAt}`}`
      : `Full build: not timed (--no-build); ${DIST}/ of ${distBuiltAt}`;
    if (build?.phases) {
      buildLine += `\nBuild phases: ${Object.entries(build.phases)
        .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`)
        .join(' · ')}`;
    }
    const notes = problems.map((p) => `PROBLEM ${p}\n`).join('');
    console.log(
      `${header}\n\n${renderTable(columns, rows)}\n\n${notes}${buildLine}\nBench: ${seconds.toFixed(0)} s. ✗ = over budget. JSON: ${RESULTS}`,
    );

    writeFileSync(
      RESULTS,
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          machine: {
            cpus: cpus().length,
            cpuModel: cpus()[0]?.model,
            loadAverageAtStart: load,
            node: process.versions.node,
            chromium: version,
          },
          settings: { runs: RUNS, cpuThrottle: THROTTLE, gzipLevel: 9, courseLaunch: flag('course-launch') },
          budgets: BUDGETS,
          verdicts: rows.filter((r) => r.verdict).map((r) => ({ line: r.label, budget: r.budget, verdict: r.verdict })),
          build,
          problems,
          dist: { builtAt: distBuiltAt, packages: zips },
          columns,
          benchSeconds: seconds,
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
