/**
 * Launch time: from the module frame's navigation start to the first page being interactive
 * (an h2 visible and the "Volgende" button rendered; it may wait for the page's own work), measured inside the frame.
 *
 * An init script (runs in every frame before any page script) polls on requestAnimationFrame
 * and stores `performance.now()` of the first frame in which the condition holds. In the module
 * frame `performance.now()` counts from that frame's own navigation start, so the figure does
 * not include the harness page or any round trip to node. The same probe runs for the floor SCO.
 */
import type { Browser } from 'playwright-core';
import type { Standard } from '../tests/support/browser.js';
import { packageRequests, type Served } from './serve.js';
import { FRAME_START_MARK, INTERACTIVE_MARK, TRACE_CATEGORIES, launchCpuMs } from './trace.js';

export interface LaunchSample {
  /** ms from navigation start of the module frame to first page interactive. */
  interactive: number;
  /** Main-thread CPU ms of the frame's renderer from document start to interactive (Chromium trace); null if not traced. */
  cpu: number | null;
  /** ms to the end of DOMContentLoaded of the module frame (to read the figure by). */
  domContentLoaded: number;
  /** LMS calls made by the frame until it was interactive. */
  initialized: number;
  commits: number;
  /** Package files the launch requested (paths), until the browser context closed. */
  requests: string[];
}

/** Where the probe stores `{ interactive }` in the module frame's window once the first page is interactive. */
export const PROBE_KEY = '__samenspelBench';

export const PROBE = `(() => {
  if (window === window.top || !/^https?:/.test(location.protocol)) return;
  const KEY = '${PROBE_KEY}';
  performance.mark('${FRAME_START_MARK}');
  const check = () => {
    const player = document.querySelector('sp-player');
    const root = player ? player.shadowRoot : document;
    const h2 = root && root.querySelector('h2');
    const rect = h2 && h2.getBoundingClientRect();
    const visible = !!rect && rect.width > 0 && rect.height > 0 && (!h2.checkVisibility || h2.checkVisibility({ visibilityProperty: true }));
    const next = visible && Array.from(root.querySelectorAll('button')).find((b) => b.textContent.trim() === 'Volgende');
    // Rendered and operable: Volgende is on screen (it may wait for the page's own work, e.g. a practice question).
    if (next && !next.disabled) {
      window[KEY] = { interactive: performance.now() };
      performance.mark('${INTERACTIVE_MARK}');
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

export interface LaunchTarget {
  served: Served;
  standard: Standard;
  /** Path of the launch page inside the served folder. */
  launch: string;
}

let counter = 0;

/** One cold launch in a fresh browser context (empty storage, no cache: the server sends no-store). */
export async function launchOnce(browser: Browser, target: LaunchTarget, cpuThrottle: number): Promise<LaunchSample> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  try {
    await context.addInitScript(PROBE);
    const page = await context.newPage();
    if (cpuThrottle !== 1) {
      // Same-origin iframe: same renderer as the page, so the page's session throttles the frame too.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
    }
    const before = target.served.requests.length;
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    let tracing = true;
    try {
      await page.goto(target.served.harnessUrl(target.standard, target.launch, `bench-${process.pid}-${++counter}`), {
        waitUntil: 'commit',
      });
      const handle = await page.waitForFunction(
        (key) => {
          const frame = document.getElementById('sco') as HTMLIFrameElement | null;
          const win = frame?.contentWindow as (Window & Record<string, { interactive: number } | undefined>) | null | undefined;
          const probe = win?.[key];
          if (!probe || !win) return null;
          const nav = win.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          const harness = (window as unknown as { harness: { calls: Record<string, number> } }).harness;
          return {
            interactive: probe.interactive,
            domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN,
            initialized: harness.calls.Initialize,
            commits: harness.calls.Commit,
          };
        },
        PROBE_KEY,
        { polling: 50, timeout: 30_000 },
      );
      const sample = (await handle.jsonValue()) as Omit<LaunchSample, 'requests' | 'cpu'>;
      tracing = false;
      const cpu = launchCpuMs((await browser.stopTracing()).toString('utf8'));
      // Let late requests (media further down the first page) arrive before recording what was loaded.
      await page.waitForLoadState('load').catch(() => undefined);
      const requests = packageRequests(target.served.requests.slice(before));
      return { ...sample, cpu, requests };
    } finally {
      if (tracing) await browser.stopTracing().catch(() => undefined);
    }
  } finally {
    await context.close();
  }
}
