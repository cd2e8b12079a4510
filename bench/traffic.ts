/**
 * LMS traffic of one scripted play-through (alone mode, right answers), read from the harness's
 * call log: call counts, commits per page change, SetValues that repeat the previous write of the
 * element, and the largest suspend_data.
 */
import type { Browser, Frame, Page } from 'playwright-core';
import type { Course } from '../src/content/types.js';
import { moduleFrame, type Standard } from '../tests/support/browser.js';
import { clickNext, completePage } from '../tests/support/learner.js';
import { packageRequests, type Served } from './serve.js';

export interface LogEntry {
  call: 'Initialize' | 'Terminate' | 'GetValue' | 'SetValue' | 'Commit';
  element: string;
  value: string;
  result: string;
}

/** Half-open ranges [from, to) of log indices. */
export interface Windows {
  launch: [number, number];
  /** One per NEXT click: from just before the click until the next page settled. */
  pageChanges: { to: string; range: [number, number] }[];
  finish: [number, number];
}

export interface Traffic {
  calls: Record<LogEntry['call'], number>;
  commitsPerPageChange: { max: number; mean: number; perChange: number[] };
  commitsAtLaunch: number;
  commitsWhileAnswering: number;
  commitsAtFinish: number;
  unchangedSetValues: number;
  unchangedExamples: string[];
  rejectedSetValues: number;
  setValueChars: number;
  maxSuspendData: number;
  pageChanges: number;
  /** Package files requested during the play-through (must not include embedded-lms.js). */
  requests: string[];
}

const count = (log: LogEntry[], [from, to]: [number, number], call: LogEntry['call']) =>
  log.slice(from, to).filter((e) => e.call === call).length;

/** Pure analysis of a harness call log. */
export function analyzeLog(log: LogEntry[], windows: Windows): Omit<Traffic, 'requests'> {
  const calls = { Initialize: 0, Terminate: 0, GetValue: 0, SetValue: 0, Commit: 0 };
  const lastWrite = new Map<string, string>();
  let unchanged = 0;
  const unchangedExamples: string[] = [];
  let rejected = 0;
  let chars = 0;
  let maxSuspend = 0;
  for (const e of log) {
    calls[e.call]++;
    if (e.call !== 'SetValue') continue;
    if (lastWrite.get(e.element) === e.value) {
      unchanged++;
      if (unchangedExamples.length < 5) unchangedExamples.push(`${e.element}=${e.value.slice(0, 40)}`);
    }
    lastWrite.set(e.element, e.value);
    if (e.result !== 'true') rejected++;
    chars += e.element.length + e.value.length;
    if (e.element === 'cmi.suspend_data') maxSuspend = Math.max(maxSuspend, e.value.length);
  }
  const perChange = windows.pageChanges.map((w) => count(log, w.range, 'Commit'));
  const launch = count(log, windows.launch, 'Commit');
  const finish = count(log, windows.finish, 'Commit');
  return {
    calls,
    commitsPerPageChange: {
      max: perChange.length ? Math.max(...perChange) : 0,
      mean: perChange.length ? perChange.reduce((a, b) => a + b, 0) / perChange.length : 0,
      perChange,
    },
    commitsAtLaunch: launch,
    commitsAtFinish: finish,
    commitsWhileAnswering: calls.Commit - launch - finish - perChange.reduce((a, b) => a + b, 0),
    unchangedSetValues: unchanged,
    unchangedExamples,
    rejectedSetValues: rejected,
    setValueChars: chars,
    maxSuspendData: maxSuspend,
    pageChanges: perChange.length,
  };
}

const logLength = (page: Page) => page.evaluate(() => (window as unknown as { harness: { log: unknown[] } }).harness.log.length);

/** Lets timers queued by the last action (the tracker syncs on a 0 ms timeout) run. */
const settle = (frame: Frame) => frame.evaluate(() => new Promise<void>((r) => setTimeout(() => requestAnimationFrame(() => r()), 100)));

export async function playThrough(browser: Browser, served: Served, standard: Standard, launch: string, course: Course): Promise<Traffic> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  try {
    const page = await context.newPage();
    const before = served.requests.length;
    await page.goto(served.harnessUrl(standard, launch, `bench-play-${process.pid}-${standard}`));
    const frame = await moduleFrame(page);
    await frame.getByRole('heading', { level: 2, name: course.pages[0].title, exact: true }).waitFor();
    await settle(frame);
    const windows: Windows = { launch: [0, await logLength(page)], pageChanges: [], finish: [0, 0] };
    const last = course.pages.length - 1;
    for (let i = 0; i <= last; i++) {
      await completePage(frame, course.pages[i], { mode: 'alone', quiz: 'right' });
      if (i === last) break;
      await settle(frame);
      const from = await logLength(page);
      await clickNext(frame, course.pages[i + 1].title);
      await settle(frame);
      windows.pageChanges.push({ to: course.pages[i + 1].id, range: [from, await logLength(page)] });
    }
    await settle(frame);
    const from = await logLength(page);
    // Unload the module frame only (pagehide → final values, Commit, Terminate); the harness keeps the log.
    await page.evaluate(() => ((document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank'));
    await page.waitForFunction(() => (window as unknown as { harness: { calls: { Terminate: number } } }).harness.calls.Terminate > 0);
    const log = await page.evaluate(() =>
      (window as unknown as { harness: { log: { call: string; args: unknown[]; result: string }[] } }).harness.log.map((e) => ({
        call: e.call,
        element: String(e.args[0] ?? ''),
        value: String(e.args[1] ?? ''),
        result: e.result,
      })),
    );
    windows.finish = [from, log.length];
    return { ...analyzeLog(log as LogEntry[], windows), requests: packageRequests(served.requests.slice(before)) };
  } finally {
    await context.close();
  }
}
