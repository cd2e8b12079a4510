/**
 * Where launch CPU goes: one package launched in the LMS harness frame, as `npm run bench` does,
 * with a V8 CPU profile and a Chromium timeline trace, cut to [frame start, first page interactive].
 *
 *   tsx bench/profile.ts [--package=casusbespreking|floor] [--dir=unzipped/package] [--standard=scorm2004] [--runs=5] [--throttle=1] [--top=25]
 *
 * Prints the main-thread time by kind (script compile, script run, style, layout, paint, ...) and the
 * JS self time by source file and by function, mapped through the source maps of the player bundles
 * (built in memory, byte-identical to the shipped ones). Medians over the runs. For finding work, not a budget.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { CliError, parseOptions, usage, type OptionSpecs } from '../packaging/cli.js';
import { bundlePlayer, type SourceMaps } from '../packaging/bundle.js';
import { unzipToDir } from '../packaging/zip.js';
import { launchBrowser, type Standard } from '../tests/support/browser.js';
import { serveDir } from './serve.js';
import { launchWindow, type TraceEvent } from './trace.js';
import { median } from './stats.js';
import { PROBE, PROBE_KEY } from './launch.js';

const OPTIONS = {
  package: { type: 'string', help: 'module id, or floor for the hand-written SCO (default casusbespreking)' },
  standard: { type: 'string', help: 'scorm12 or scorm2004 (default scorm2004)' },
  runs: { type: 'string', help: 'launches (median, default 5)' },
  throttle: { type: 'string', help: 'CPU throttling factor (default 1)' },
  top: { type: 'string', help: 'functions to list (default 25)' },
  dir: { type: 'string', help: 'profile this unzipped package folder as it is (no fresh bundle)' },
} as const satisfies OptionSpecs;

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Timeline event -> kind of work (self time is attributed to the innermost known event). */
const KINDS: Record<string, string> = {
  ParseHTML: 'parse HTML',
  'v8.compile': 'script compile',
  'v8.compileModule': 'script compile',
  'V8.CompileCode': 'script compile',
  'v8.parseOnBackground': 'script compile',
  EvaluateScript: 'script run',
  'v8.evaluateModule': 'script run',
  FunctionCall: 'script run',
  EventDispatch: 'script run',
  FireAnimationFrame: 'script run',
  RunMicrotasks: 'script run',
  TimerFire: 'script run',
  UpdateLayoutTree: 'style recalc',
  ScheduleStyleRecalculation: 'style recalc',
  ParseAuthorStyleSheet: 'style parse',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  PaintImage: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  'Document::updateStyleAndLayout': 'layout',
  HitTest: 'hit test',
  MinorGC: 'GC',
  MajorGC: 'GC',
  'V8.GC_SCAVENGER': 'GC',
  'BlinkGC.AtomicPhase': 'GC',
  ResourceReceivedData: 'loading',
  ResourceReceiveResponse: 'loading',
  ResourceFinish: 'loading',
  ResourceSendRequest: 'loading',
  'ThreadControllerImpl::RunTask': '(task overhead)',
  RunTask: '(task overhead)',
};

const add = (to: Record<string, number>, key: string, v: number) => (to[key] = (to[key] ?? 0) + v);

/** Self time (ms) per kind on the frame's main thread in the launch window. */
function timelineKinds(events: TraceEvent[]): { kinds: Record<string, number>; window: [number, number] } | null {
  const launch = launchWindow(events);
  if (!launch) return null;
  const { pid, tid } = launch;
  const start = { ts: launch.start };
  const end = { ts: launch.end };
  const spans = events
    .filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid && e.dur !== undefined && KINDS[e.name])
    .map((e) => ({
      from: Math.max(e.ts, start.ts),
      to: Math.min(e.ts + e.dur!, end.ts),
      kind: KINDS[e.name],
      // Share of the wall time the thread was on a CPU (thread time / wall time).
      rate: e.dur! > 0 && e.tdur !== undefined ? Math.min(1, e.tdur / e.dur!) : 1,
    }))
    .filter((s) => s.to > s.from)
    .sort((a, b) => a.from - b.from || b.to - a.to);
  // Sweep: every microsecond goes to the innermost span covering it, as CPU time at that span's rate.
  const kinds: Record<string, number> = {};
  const stack: { to: number; kind: string; rate: number }[] = [];
  let cursor = start.ts;
  const advance = (until: number) => {
    while (cursor < until) {
      while (stack.length && stack[stack.length - 1].to <= cursor) stack.pop();
      if (!stack.length) {
        cursor = until;
        break;
      }
      const top = stack[stack.length - 1];
      const step = Math.min(until, top.to);
      add(kinds, top.kind, ((step - cursor) * top.rate) / 1000);
      cursor = step;
    }
  };
  for (const s of spans) {
    advance(s.from);
    stack.push({ to: s.to, kind: s.kind, rate: s.rate });
  }
  advance(end.ts);
  return { kinds, window: [start.ts, end.ts] };
}

/** JS self time (ms) by file and by function, within the window, mapped through the source maps. */
function profileSelf(profile: Profile, window: [number, number], maps: Record<string, TraceMap>) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const names = new Map<number, string>();
  const nameOf = (node: ProfileNode): string => {
    const known = names.get(node.id);
    if (known !== undefined) return known;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const file = url ? url.replace(/^.*\//, '').replace(/\?.*$/, '') : '';
    let name = `${functionName || '(anonymous)'}${file ? ` ${file}` : ''}`;
    const map = maps[file];
    if (map && lineNumber >= 0) {
      const pos = originalPositionFor(map, { line: lineNumber + 1, column: columnNumber });
      if (pos.source)
        name = `${pos.name ?? functionName ?? '(anonymous)'} ${pos.source.replace(/^.*?(node_modules\/|src\/)/, '$1')}:${pos.line}`;
    }
    names.set(node.id, name);
    return name;
  };
  const files: Record<string, number> = {};
  const functions: Record<string, number> = {};
  const inclusive: Record<string, number> = {};
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    const next = i + 1 < profile.samples.length ? t + profile.timeDeltas[i + 1] : t;
    const from = Math.max(t, window[0]);
    const to = Math.min(next, window[1]);
    if (to <= from) continue;
    const node = byId.get(profile.samples[i]);
    if (!node) continue;
    const { functionName, url } = node.callFrame;
    const file = url ? url.replace(/^.*\//, '').replace(/\?.*$/, '') : functionName || '(anonymous)';
    const ms = (to - from) / 1000;
    add(files, file, ms);
    add(functions, nameOf(node), ms);
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const name = nameOf(byId.get(id)!);
      if (!seen.has(name)) add(inclusive, name, ms);
      seen.add(name);
    }
  }
  return { files, functions, inclusive };
}

function medianTable(runs: Record<string, number>[]): [string, number][] {
  const keys = [...new Set(runs.flatMap((r) => Object.keys(r)))];
  return keys.map((k) => [k, median(runs.map((r) => r[k] ?? 0))] as [string, number]).sort((a, b) => b[1] - a[1]);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseOptions(process.argv.slice(2), OPTIONS));
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    console.error(`${error.message}\n\n${usage('tsx bench/profile.ts', OPTIONS)}`);
    process.exit(2);
  }
  const id = values.package ?? 'casusbespreking';
  const standard = (values.standard ?? 'scorm2004') as Standard;
  const runs = Number(values.runs ?? 5);
  const throttle = Number(values.throttle ?? 1);
  const top = Number(values.top ?? 25);

  const maps: SourceMaps = {};
  const assets = (await bundlePlayer('rollup.config.mjs', {}, maps)) as unknown as Record<string, Uint8Array>;
  const dir = mkdtempSync(join(tmpdir(), 'samenspel-profile-'));
  const asIs = id === 'floor' || values.dir !== undefined;
  if (asIs) cpSync(values.dir ?? join('bench', 'floor-sco'), dir, { recursive: true });
  else unzipToDir(new Uint8Array(readFileSync(join('dist', `${id}-${standard}.zip`))), dir);
  // The fresh bundle differs only by its source-map comment when it is the shipped one.
  const code = (bytes: Uint8Array) =>
    Buffer.from(bytes)
      .toString('utf8')
      .replace(/\n\/\/# sourceMappingURL=\S+\n?$/, '\n');
  for (const file of asIs ? [] : Object.keys(maps)) {
    if (code(readFileSync(join(dir, file))) !== code(assets[file]))
      console.error(`note: ${file} in dist/ differs from a fresh bundle (rebuild with npm run build); profiling the fresh one`);
    writeFileSync(join(dir, file), assets[file]);
  }
  const traceMaps = Object.fromEntries(Object.entries(maps).map(([f, m]) => [f, new TraceMap(m as never)]));
  const served = await serveDir(dir, () => rmSync(dir, { recursive: true, force: true }));
  const browser = await launchBrowser();
  const kindRuns: Record<string, number>[] = [];
  const fileRuns: Record<string, number>[] = [];
  const fnRuns: Record<string, number>[] = [];
  const inclusiveRuns: Record<string, number>[] = [];
  const totals: number[] = [];
  try {
    for (let run = 0; run <= runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      await context.addInitScript(PROBE);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'blink.user_timing', '__metadata', 'toplevel'] });
      await page.goto(served.harnessUrl(standard, '/index.html', `profile-${process.pid}-${run}`), { waitUntil: 'commit' });
      await page.waitForFunction(
        (key) => !!(document.getElementById('sco') as HTMLIFrameElement | null)?.contentWindow?.[key as never],
        PROBE_KEY,
        { polling: 50, timeout: 30_000 },
      );
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      await context.close();
      if (process.env.PROFILE_DUMP) writeFileSync(`${process.env.PROFILE_DUMP}-${run}.json`, JSON.stringify({ trace, profile }));
      if (run === 0) continue; // warm-up (disk cache of the browser binary, not of the package)
      const timeline = timelineKinds(trace.traceEvents);
      if (!timeline) throw new Error('launch marks missing from the trace');
      kindRuns.push(timeline.kinds);
      totals.push(Object.values(timeline.kinds).reduce((a, b) => a + b, 0));
      const self = profileSelf(profile, timeline.window, traceMaps);
      fileRuns.push(self.files);
      fnRuns.push(self.functions);
      inclusiveRuns.push(self.inclusive);
    }
  } finally {
    await browser.close();
    await served.close();
  }
  const fmt = (rows: [string, number][], n = rows.length) =>
    rows
      .slice(0, n)
      .map(([k, v]) => `  ${v.toFixed(1).padStart(6)} ms  ${k}`)
      .join('\n');
  console.log(
    `${id} ${standard}, ${runs} launches at ${throttle}× CPU, medians; main-thread CPU time in window: ${median(totals).toFixed(1)} ms`,
  );
  console.log(`\nBy kind (timeline self CPU time):\n${fmt(medianTable(kindRuns))}`);
  console.log(`\nJS self time by file (CPU profile):\n${fmt(medianTable(fileRuns))}`);
  console.log(`\nJS self time by function (top ${top}):\n${fmt(medianTable(fnRuns), top)}`);
  console.log(`\nJS total time (self + callees) by function (top ${top}):\n${fmt(medianTable(inclusiveRuns), top)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
