/**
 * Helpers for browser tests that inject faults around the LMS harness (`packaging/preview/lms/lms.js`):
 * reading what the harness LMS stored, finding the module frame wherever it is nested,
 * a wrapper page for a second origin, and emulating a hidden tab.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Frame, Page } from 'playwright-core';
import type { Standard } from './browser.js';

/** The harness's localStorage key for a launch with `key=<key>`. */
export const harnessKey = (standard: Standard, key: string) => `harness:${standard}:${key}`;

/** The CMI data the harness LMS persisted (on Commit/Terminate) for `key`, read from any page of the package origin. */
export async function storedCmi(page: Page, standard: Standard, key: string): Promise<any> {
  return page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), harnessKey(standard, key));
}

/** Removes the module's device backup (`samenspel:*` in localStorage) so a relaunch can only resume from the LMS. */
export async function forgetDeviceBackup(page: Page, url: string): Promise<void> {
  const probe = await page.context().newPage();
  await probe.goto(`${url}/lms/lms.css`);
  await probe.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('samenspel:'))
      .forEach((k) => localStorage.removeItem(k)),
  );
  await probe.close();
}

/** Completion, success and score as the LMS holds them, the same shape for both standards. */
export function lmsOutcome(standard: Standard, cmi: any): { completion: string; success: string; score: string } {
  if (!cmi) return { completion: '', success: '', score: '' };
  if (standard === 'scorm12') {
    const status = cmi.core?.lesson_status ?? '';
    return {
      completion: ['completed', 'passed', 'failed'].includes(status) ? 'completed' : status,
      success: status === 'passed' || status === 'failed' ? status : 'unknown',
      score: cmi.core?.score?.raw ?? '',
    };
  }
  return { completion: cmi.completion_status ?? '', success: cmi.success_status ?? '', score: cmi.score?.raw ?? '' };
}

/** Waits for a frame whose URL starts with `prefix` and whose player has rendered. */
export async function frameByUrl(page: Page, prefix: string, timeout = 15_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((f) => f.url().startsWith(prefix));
    if (frame) {
      await frame.waitForSelector('sp-player', { timeout: Math.max(1, deadline - Date.now()) });
      return frame;
    }
    if (Date.now() > deadline) throw new Error(`no frame at ${prefix}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The same server on a second origin: `http://127.0.0.1:<port>` → `http://localhost:<port>`. */
export const otherOrigin = (url: string) => url.replace('//127.0.0.1:', '//localhost:');

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Server route `/xo/wrapper.html?src=<url>`: a page with no API that only frames `src`
 * (an LMS player shell, a portal, a wrapper on another origin).
 */
export function wrapperRoute(req: IncomingMessage, res: ServerResponse): boolean {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname !== '/xo/wrapper.html') return false;
  const src = url.searchParams.get('src') ?? 'about:blank';
  res
    .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
    .end(
      `<!doctype html><html lang="nl"><title>Wrapper</title><body><iframe id="inner" title="Module" src="${escapeAttr(src)}" width="1200" height="800"></iframe></body></html>`,
    );
  return true;
}

/**
 * Emulates the tab going to the background (phone locked, app switched) in `frame`: visibilityState → hidden.
 * Returns how many Commits the harness LMS (on the parent window) received while the event was handled.
 */
export function emulateHidden(frame: Frame): Promise<number> {
  return frame.evaluate(() => {
    const calls = (window.parent as any).harness?.calls;
    const before = calls?.Commit ?? 0;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
    return (calls?.Commit ?? 0) - before;
  });
}

export interface HarnessCall {
  call: string;
  args: string[];
  result: string;
  at: number;
}

export function harnessLog(page: Page): Promise<HarnessCall[]> {
  return page.evaluate(() => (window as any).harness.log);
}

/** SetValue calls that repeat the value the element already had from the previous SetValue. */
export function repeatedSets(log: HarnessCall[]): HarnessCall[] {
  const last = new Map<string, string>();
  const repeats: HarnessCall[] = [];
  for (const entry of log) {
    if (entry.call !== 'SetValue') continue;
    const [element, value] = entry.args;
    if (last.get(element) === value) repeats.push(entry);
    last.set(element, value);
  }
  return repeats;
}
