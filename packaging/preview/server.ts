/**
 * A tiny static server on 127.0.0.1 for the preview and the end-to-end tests:
 * `/lms/*` the LMS harness, `/vendor/scorm-again/*` the LMS runtime, everything else from `root`.
 * It answers every request and never falls over: a malformed path gets 400, a method other than
 * GET/HEAD gets 405, and nothing outside its three roots is ever served.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
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

const TEXT = { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' };

/** A short plain-text answer (Dutch first, English second). Safe to call at any moment. */
function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { ...TEXT, ...headers }).end(`${text}\n`);
}

export const MESSAGES = {
  badPath: 'Ongeldig adres / Malformed request path',
  badRequest: 'Ongeldig verzoek / Bad request',
  notFound: 'Niet gevonden / Not found',
  method: 'Methode niet toegestaan, alleen GET en HEAD / Method not allowed, only GET and HEAD',
  failed: 'Serverfout / Server error',
} as const;

/** The decoded path of a request URL, or null when it cannot be decoded (bad %-escape, NUL byte). */
export function requestPath(url: string | undefined): string | null {
  try {
    const path = decodeURIComponent(new URL(url ?? '/', 'http://127.0.0.1').pathname);
    return path.includes('\0') ? null : path;
  } catch {
    return null;
  }
}

function fileAt(file: string | null): string | null {
  try {
    if (!file) return null;
    let target = file;
    if (statSync(target, { throwIfNoEntry: false })?.isDirectory()) target = join(target, 'index.html');
    return statSync(target, { throwIfNoEntry: false })?.isFile() ? target : null;
  } catch {
    return null;
  }
}

function serveFile(res: ServerResponse, file: string | null, headers: Record<string, string> = {}): void {
  const target = fileAt(file);
  if (!target) return plain(res, 404, MESSAGES.notFound);
  const stream = createReadStream(target);
  stream.on('error', () => plain(res, 500, MESSAGES.failed));
  stream.once('open', () => {
    res.writeHead(200, {
      'content-type': TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headers,
    });
    stream.pipe(res);
  });
  res.on('close', () => stream.destroy());
}

function handle(options: ServerOptions, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, MESSAGES.method, { allow: 'GET, HEAD' });
  const path = requestPath(req.url);
  if (path === null) return plain(res, 400, MESSAGES.badPath);
  options.onRequest?.(path);
  if (options.routes?.(req, res)) return;
  if (path.startsWith('/lms/')) return serveFile(res, safeJoin(HARNESS_DIR, path.slice(4)));
  if (path.startsWith('/vendor/scorm-again/')) return serveFile(res, safeJoin(VENDOR_DIR, path.slice('/vendor/scorm-again'.length)));
  return serveFile(res, safeJoin(options.root, path), options.packageHeaders);
}

export function startServer(options: ServerOptions): Promise<{ server: Server; url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    req.on('error', () => undefined); // e.g. the client went away mid-request
    res.on('error', () => res.destroy());
    try {
      handle(options, req, res);
    } catch {
      plain(res, 500, MESSAGES.failed);
    }
  });
  // A client that half-closes after sending its request (`nc -N`, scripts) still gets its answer.
  (server as Server & { httpAllowHalfOpen: boolean }).httpAllowHalfOpen = true;
  // Requests Node cannot even parse (bad request line, oversized headers): answer 400 and close.
  server.on('clientError', (_error, socket) => {
    if (socket.writable)
      socket.end(
        `HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n${MESSAGES.badRequest}\n`,
      );
    else socket.destroy();
  });
  // CONNECT and protocol upgrades bypass the request handler: refuse them on the socket.
  const refuse = (_req: IncomingMessage, socket: Duplex) => {
    socket.on('error', () => socket.destroy());
    if (socket.writable)
      socket.end(
        `HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n${MESSAGES.method}\n`,
      );
    else socket.destroy();
  };
  server.on('connect', refuse);
  server.on('upgrade', refuse);
  return new Promise((resolveStart) => {
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolveStart({
        server,
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((r) => {
            server.close(() => r());
            server.closeAllConnections();
          }),
      });
    });
  });
}
