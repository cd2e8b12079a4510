/**
 * End-to-end support: real Chromium (Debian package) driven by playwright-core, and the
 * built packages unzipped and served on 127.0.0.1 next to the LMS harness.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { startServer, type ServerOptions } from '../../packaging/preview/server.js';
import { unzipToDir } from '../../packaging/zip.js';
import type { Standard } from '../../src/tracking/cmi-mapping.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export type { Standard };

export interface ServedPackage {
  url: string;
  dir: string;
  /** Paths requested from the server, in order. */
  requests: string[];
  /** URL of the harness page that launches `launch` (default: the package's index.html). */
  harnessUrl(standard: Standard, extra?: Record<string, string>, launch?: string): string;
  close(): Promise<void>;
}

/** Unzips `dist/<zipName>` into a temp folder and serves it with the LMS harness. */
export async function servePackage(zipName: string, options: Partial<ServerOptions> = {}): Promise<ServedPackage> {
  const dir = mkdtempSync(join(tmpdir(), 'samenspel-e2e-'));
  unzipToDir(new Uint8Array(readFileSync(join('dist', zipName))), dir);
  const requests: string[] = [];
  const server = await startServer({
    ...options,
    root: dir,
    onRequest: (path) => {
      requests.push(path);
      options.onRequest?.(path);
    },
  });
  return {
    url: server.url,
    dir,
    requests,
    harnessUrl(standard, extra = {}, launch = '/index.html') {
      const q = new URLSearchParams({ std: standard, launch, ...extra });
      return `${server.url}/lms/lms.html?${q}`;
    },
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The module's frame inside the harness page, once the player has rendered. */
export async function moduleFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe#sco');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no module frame');
  await frame.waitForSelector('sp-player');
  return frame;
}

/** What the harness LMS holds for an element. */
export function lmsValue(page: Page, element: string): Promise<string> {
  return page.evaluate((el) => (window as any).harness.get(el), element);
}

export function lmsCalls(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => ({ ...(window as any).harness.calls }));
}
