/**
 * A tiny static server on 127.0.0.1 for the preview and the end-to-end tests:
 * `/lms/*` the LMS harness, `/vendor/scorm-again/*` the LMS runtime, everything else from `root`.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsd': 'application/xml; charset=utf-8',
};

const HARNESS_DIR = fileURLToPath(new URL('./lms/', import.meta.url));
const VENDOR_DIR = fileURLToPath(new URL('../../node_modules/scorm-again/dist/esm/', import.meta.url));

export interface ServerOptions {
  /** Folder served at `/`. */
  root: string;
  port?: number;
  /** Extra headers for package files (e.g. a Content-Security-Policy). */
  packageHeaders?: Record<string, string>;
  /** Called for every request path (tests record what was asked). */
  onRequest?: (path: string) => void;
  /** Extra routes, tried first; return true when handled. */
  routes?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

function safeJoin(base: string, path: string): string | null {
  const target = resolve(base, `.${normalize(path)}`);
  return target === resolve(base) || target.startsWith(resolve(base) + sep) ? target : null;
}

function serveFile(res: ServerResponse, file: string | null, headers: Record<string, string> = {}): void {
  let target = file;
  if (target && existsSync(target) && statSync(target).isDirectory()) target = join(target, 'index.html');
  if (!target || !existsSync(target)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Niet gevonden');
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream',
    'cache-control': 'no-store',
    ...headers,
  });
  createReadStream(target).pipe(res);
}

export function startServer(options: ServerOptions): Promise<{ server: Server; url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    options.onRequest?.(path);
    if (options.routes?.(req, res)) return;
    if (path.startsWith('/lms/')) return serveFile(res, safeJoin(HARNESS_DIR, path.slice(4)));
    if (path.startsWith('/vendor/scorm-again/')) return serveFile(res, safeJoin(VENDOR_DIR, path.slice('/vendor/scorm-again'.length)));
    return serveFile(res, safeJoin(options.root, path), options.packageHeaders);
  });
  return new Promise((resolveStart) => {
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolveStart({
        server,
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}
