/**
 * LMS traffic of one scripted play-through (alone mode, right answers), read from the harness's
 * call log: call counts, commits per page change, SetValues that repeat the previous write of the
 * element, the largest suspend_data, and the commits caused by typing: on the first page with a text
 * field the learner types steadily for a few seconds, then stops (how many commits, how long from the
 * last keystroke until the LMS committed the whole text).
 */
import type { Browser, Frame, Page } from 'playwright-core';
import { pathIndices } from '../src/machines/learner-state.js';
import type { Course } from '../src/content/types.js';
import { moduleFrame, type Standard } from '../tests/support/browser.js';
import { clickNext, completePage } from '../tests/support/learner.js';
import { packageRequests, type Served } from './serve.js';

interface LogEntry {
  call: 'Initialize' | 'Terminate' | 'GetValue' | 'SetValue' | 'Commit';
  element: string;
  value: string;
  result: string;
}

/** Half-open ranges [from, to) of log indices. */
interface Windows {
  launch: [number, number];
  /** One per NEXT click: from just before the click until the next page settled. */
  pageChanges: { to: string; range: [number, number] }[];
  finish: [number, number];
  /** From the first keystroke of the typing stretch until its text was committed (or the wait gave up). */
  typing?: [number, number];
}

/** What the typing stretch caused. */
export interface Typing {
  /** Seconds from first to last keystroke. */
  seconds: number;
  keystrokes: number;
  /** Seconds from the first keystroke until the text was committed (or the wait gave up). */
  spanSeconds: number;
  /** Commits from the first keystroke until the text was committed. */
  commits: number;
  /** Milliseconds from the last keystroke until a successful Commit that holds the whole text; null: not committed. */
  lastKeyToCommitMs: number | null;
}

export interface Traffic {
  calls: Record<LogEntry['call'], number>;
  commitsPerPageChange: { max: number; mean: number; perChange: number[] };
  commitsAtLaunch: number;
  commitsWhileAnswering: number;
  commitsAtFinish: number;
  /** The typing stretch (null when the module has no text field). */
  typing: Typing | null;
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
function analyzeLog(log: LogEntry[], windows: Windows): Omit<Traffic, 'requests' | 'typing'> {
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
  const typed = windows.typing ? count(log, windows.typing, 'Commit') : 0;
  return {
    calls,
    commitsPerPageChange: {
      max: perChange.length ? Math.max(...perChange) : 0,
      mean: perChange.length ? perChange.reduce((a, b) => a + b, 0) / perChange.length : 0,
      perChange,
    },
    commitsAtLaunch: launch,
    commitsAtFinish: finish,
    commitsWhileAnswering: calls.Commit - launch - finish - typed - perChange.reduce((a, b) => a + b, 0),
    unchangedSetValues: unchanged,
    unchangedExamples,
    rejectedSetValues: rejected,
    setValueChars: chars,
    maxSuspendData: maxSuspend,
    pageChanges: perChange.length,
  };
}

/** Text typed in the typing stretch: one keystroke every TYPING_DELAY_MS. */
const TYPING_TEXT = 'Ik bel de mantelzorger morgen en vraag wat zij zelf wil.';
const TYPING_DELAY_MS = 120;
/** How long to wait after the last keystroke for the commit holding the text. */
const TYPING_WAIT_MS = 5000;

/** Label of the first text field on a page, if any. */
function textFieldLabel(page: Course['pages'][number]): string | null {
  if (page.type === 'reflection') return page.fields[0]?.label ?? null;
  if (page.type === 'step' || page.type === 'team') return page.notes.label;
  return null;
}

interface HarnessEntry {
  call: string;
  args: unknown[];
  result: string;
  at: number;
}

const harnessEntries = (page: Page, from: number) =>
  page.evaluate((n) => (window as unknown as { harness: { log: HarnessEntry[] } }).harness.log.slice(n), from);

/** Index (in `entries`) of the first successful Commit after a suspend_data write that holds `text`. */
function commitHolding(entries: HarnessEntry[], text: string): number {
  let written = false;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e.call === 'SetValue' && String(e.args[0]) === 'cmi.suspend_data') written = String(e.args[1]).includes(text);
    else if (written && e.call === 'Commit' && e.result === 'true') return i;
  }
  return -1;
}

/** Types steadily into a field, then waits (up to TYPING_WAIT_MS) for the LMS to commit the text. */
async function typeStretch(page: Page, frame: Frame, label: string): Promise<{ range: [number, number]; typing: Typing }> {
  const from = await logLength(page);
  const field = frame.getByRole('textbox', { name: label });
  await field.click();
  // Keystroke times as the page saw them (the text changing: input events; the same clock as the harness log).
  await field.evaluate((el) => {
    const w = window as unknown as { keysAt: number[] };
    w.keysAt = [];
    el.addEventListener('input', () => w.keysAt.push(Date.now()));
  });
  await field.pressSequentially(TYPING_TEXT, { delay: TYPING_DELAY_MS });
  const keysAt = await frame.evaluate(() => (window as unknown as { keysAt: number[] }).keysAt);
  const [firstKeyAt, lastKeyAt] = [keysAt[0], keysAt.at(-1)!];
  let entries: HarnessEntry[] = [];
  let hit = -1;
  while (Date.now() - lastKeyAt < TYPING_WAIT_MS) {
    entries = await harnessEntries(page, from);
    hit = commitHolding(entries, TYPING_TEXT);
    if (hit >= 0) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const end = hit >= 0 ? hit + 1 : entries.length;
  return {
    range: [from, from + end],
    typing: {
      seconds: (lastKeyAt - firstKeyAt) / 1000,
      keystrokes: keysAt.length,
      spanSeconds: ((hit >= 0 ? entries[hit].at : Date.now()) - firstKeyAt) / 1000,
      commits: entries.slice(0, end).filter((e) => e.call === 'Commit').length,
      lastKeyToCommitMs: hit >= 0 ? Math.max(0, entries[hit].at - lastKeyAt) : null,
    },
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
    // The solo path (pages of other paths, e.g. the team code page, are skipped).
    const path = pathIndices(course, { mode: 'alone' });
    let typing: Typing | null = null;
    for (const [k, i] of path.entries()) {
      const label = typing ? null : textFieldLabel(course.pages[i]);
      if (label) {
        const stretch = await typeStretch(page, frame, label);
        typing = stretch.typing;
        windows.typing = stretch.range;
      }
      await completePage(frame, course.pages[i], { mode: 'alone', quiz: 'right' });
      if (k === path.length - 1) break;
      const nextPage = course.pages[path[k + 1]];
      await settle(frame);
      const from = await logLength(page);
      await clickNext(frame, nextPage.title);
      await settle(frame);
      windows.pageChanges.push({ to: nextPage.id, range: [from, await logLength(page)] });
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
    return { ...analyzeLog(log as LogEntry[], windows), typing, requests: packageRequests(served.requests.slice(before)) };
  } finally {
    await context.close();
  }
}
