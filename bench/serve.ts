/**
 * Serves a folder (an unzipped package or the floor SCO) with the LMS harness, exactly as the
 * end-to-end tests do (packaging/preview/server.ts), and records every requested path.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../packaging/preview/server.js';
import { unzipToDir } from '../packaging/zip.js';
import type { Standard } from '../tests/support/browser.js';

export interface Served {
  url: string;
  /** Paths requested from the server, in order. */
  requests: string[];
  /** The harness page launching `launch` (a path inside the served folder). */
  harnessUrl(standard: Standard, launch: string, key: string): string;
  close(): Promise<void>;
}

export async function serveDir(root: string, cleanup?: () => void): Promise<Served> {
  const requests: string[] = [];
  const server = await startServer({ root, onRequest: (path) => requests.push(path) });
  return {
    url: server.url,
    requests,
    harnessUrl(standard, launch, key) {
      return `${server.url}/lms/lms.html?${new URLSearchParams({ std: standard, launch, key })}`;
    },
    async close() {
      await server.close();
      cleanup?.();
    },
  };
}

/** Unzips a package (bytes read once, so a concurrent rebuild cannot change it mid-run) and serves it. */
export function serveZip(zip: Uint8Array): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), 'samenspel-bench-'));
  unzipToDir(zip, dir);
  return serveDir(dir, () => rmSync(dir, { recursive: true, force: true }));
}

/** Requests for package files (not the harness page or the LMS runtime). */
export const packageRequests = (paths: string[]) => paths.filter((p) => !p.startsWith('/lms/') && !p.startsWith('/vendor/'));
