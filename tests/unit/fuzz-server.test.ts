/**
 * Fuzz test of the preview server (issue 16): seeded random and hostile raw HTTP requests over plain
 * TCP sockets (so malformed paths reach the server unchanged). After every request the server must
 * still answer `/`, and every 200 body must be a file from one of its three roots.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES, requestPath, startServer } from '../../packaging/preview/server.js';

export const SERVER_FUZZ_RUNS = 2500;
const SEED = 160_016;

const HARNESS_DIR = fileURLToPath(new URL('../../packaging/preview/lms/', import.meta.url));
const VENDOR_DIR = fileURLToPath(new URL('../../node_modules/scorm-again/dist/esm/', import.meta.url));

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function hashesUnder(dir: string, into: Set<string>): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) hashesUnder(path, into);
    else into.add(sha(readFileSync(path)));
  }
}

interface RawResponse {
  status: number;
  headers: string;
  body: Buffer;
}

/** Sends bytes as-is over a fresh socket and reads the whole answer (the server closes or we time out). */
function rawRequest(port: number, request: Buffer): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => socket.destroy(), 2000);
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', () => undefined); // a reset after the answer is fine; the answer is checked below
    socket.on('close', () => {
      clearTimeout(timer);
      const all = Buffer.concat(chunks);
      const split = all.indexOf('\r\n\r\n');
      const head = split >= 0 ? all.subarray(0, split).toString('latin1') : all.toString('latin1');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0);
      if (!status) reject(new Error(`no HTTP answer to ${JSON.stringify(request.toString('latin1').slice(0, 200))}`));
      else resolve({ status, headers: head, body: split >= 0 ? all.subarray(split + 4) : Buffer.alloc(0) });
    });
    socket.write(request);
    socket.end();
  });
}

/** Removes chunked transfer framing when the server used it. */
function bodyOf(res: RawResponse): Buffer {
  if (!/transfer-encoding: chunked/i.test(res.headers)) return res.body;
  const out: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = res.body.indexOf('\r\n', at);
    if (eol < 0) break;
    const size = parseInt(res.body.subarray(at, eol).toString('latin1'), 16);
    if (!size) break;
    out.push(res.body.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(out);
}

// ---------------------------------------------------------------- generators
const hostileSegment = fc.constantFrom(
  '..',
  '.',
  '%2e%2e',
  '%2E%2E',
  '.%2e',
  '%2e.',
  '..%2f',
  '..%2F',
  '..%5c',
  '%5c',
  '\\',
  '%2f',
  '//',
  '%00',
  '%',
  '%%',
  '%E0%A4%A',
  '%C0%AE%C0%AE',
  '%uff0e',
  '%25',
  '%252e%252e',
  '%ff',
  '%zz',
  'secret.txt',
  'outside',
  'index.html',
  'lms',
  'vendor',
  'scorm-again',
  'lms.html',
  'package.json',
  'etc',
  'passwd',
  '~',
  '?',
  '#',
  ';',
  '*',
  ' ',
  '%20',
  'é',
  '日本',
  '😀',
  '\u202e',
  '\uFEFF',
  'con',
  'nul',
  '.git',
  'server.ts',
);
const prefix = fc.constantFrom('/', '/lms/', '/vendor/scorm-again/', '', '//', '/lms', 'http://127.0.0.1/', '*', '/./');
const path = fc.oneof(
  {
    weight: 12,
    arbitrary: fc
      .tuple(prefix, fc.array(fc.oneof(hostileSegment, fc.string({ maxLength: 12 })), { maxLength: 10 }))
      .map(([p, s]) => p + s.join('/')),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }).map((s) => `/${s}`) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 70_000 }).map((n) => `/${'a/'.repeat(n / 2)}`) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.integer({ min: 0, max: 255 }), { maxLength: 30 })
      .map((b) => `/${b.map((x) => `%${x.toString(16).padStart(2, '0')}`).join('')}`),
  },
);
/** Half the paths are %-escaped where a request line needs it, so they reach the handler; the rest go raw. */
const escapeOdd = (p: string) =>
  p.replace(/[^\x21-\x7e]/gu, (c) => [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''));
const requestTarget = fc.tuple(path, fc.boolean()).map(([p, raw]) => (raw ? p : escapeOdd(p)));
const method = fc.oneof(
  { weight: 12, arbitrary: fc.constant('GET') },
  { weight: 1, arbitrary: fc.constant('HEAD') },
  fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'CONNECT', 'PROPFIND', 'get', 'G ET', ''),
  fc.string({ maxLength: 8 }),
);
const headerName = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'Host',
      'Range',
      'Content-Length',
      'Transfer-Encoding',
      'Accept-Encoding',
      'If-None-Match',
      'Cookie',
      'X-Forwarded-For',
      'Expect',
      'Upgrade',
      'Connection',
    ),
  },
  fc.string({ maxLength: 20 }),
);
const headerValue = fc.oneof(
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  fc.constantFrom(
    'bytes=0-0',
    'bytes=-1',
    'bytes=999999999-',
    '-1',
    '99999999999999999999',
    'chunked',
    'gzip, br',
    '100-continue',
    'websocket',
    'keep-alive',
    '',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 0, max: 20_000 }).map((n) => 'x'.repeat(n)),
);
const request = fc.record({
  method,
  path: requestTarget,
  version: fc.oneof({ weight: 8, arbitrary: fc.constant('HTTP/1.1') }, fc.constantFrom('HTTP/1.0', 'HTTP/2.0', 'HTTP/9', '')),
  headers: fc.oneof(
    { weight: 2, arbitrary: fc.constant([] as [string, string][]) },
    fc.array(fc.tuple(headerName, headerValue), { maxLength: 4 }),
  ),
  body: fc.oneof(fc.constant(''), fc.string({ maxLength: 50 })),
});

// ---------------------------------------------------------------- test
let work: string;
let root: string;
let server: Awaited<ReturnType<typeof startServer>>;
let port: number;
const allowed = new Set<string>();
let rootIndex: Buffer;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'samenspel-fuzz-server-'));
  root = join(work, 'root');
  mkdirSync(join(root, 'sub'), { recursive: true });
  rootIndex = Buffer.from('<!doctype html><title>root</title>');
  writeFileSync(join(root, 'index.html'), rootIndex);
  writeFileSync(join(root, 'sub', 'page.json'), '{"ok":true}');
  // Files next to the roots that must never be served.
  writeFileSync(join(work, 'secret.txt'), 'SECRET-OUTSIDE-THE-ROOT');
  writeFileSync(join(work, 'rootsecret'), 'SECRET-SIBLING');
  for (const dir of [root, HARNESS_DIR, VENDOR_DIR]) hashesUnder(dir, allowed);
  server = await startServer({ root });
  port = Number(new URL(server.url).port);
});

afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('preview server under fuzzing', () => {
  it('decodes paths or refuses them, never throws', () => {
    expect(requestPath('/%E0%A4%A')).toBeNull();
    expect(requestPath('/a%00b')).toBeNull();
    expect(requestPath('/lms/lms.html?x=%')).toBe('/lms/lms.html');
    expect(requestPath('/caf%C3%A9')).toBe('/café');
  });

  it('answers the malformed path of the report with 400 and a short text, and keeps running', async () => {
    const res = await rawRequest(port, Buffer.from('GET /%E0%A4%A HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'));
    expect(res.status).toBe(400);
    expect(bodyOf(res).toString('utf8')).toBe(`${MESSAGES.badPath}\n`);
    const again = await rawRequest(port, Buffer.from('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'));
    expect(again.status).toBe(200);
  });

  it('answers methods other than GET and HEAD with 405', async () => {
    for (const m of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
      const res = await rawRequest(port, Buffer.from(`${m} / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n`));
      expect(res.status, m).toBe(405);
      expect(res.headers).toMatch(/allow: GET, HEAD/i);
    }
    const head = await rawRequest(port, Buffer.from('HEAD / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'));
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('listens on 127.0.0.1 only', () => {
    expect((server.server.address() as { address: string }).address).toBe('127.0.0.1');
  });

  it(`survives ${SERVER_FUZZ_RUNS} seeded hostile requests, still answers / and serves nothing outside its roots`, async () => {
    const statuses = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const head = `${r.method} ${r.path} ${r.version}`.trimEnd();
        const lines = [head, 'Host: 127.0.0.1', ...r.headers.map(([n, v]) => `${n}: ${v}`), 'Connection: close', '', r.body];
        const res = await rawRequest(port, Buffer.from(lines.join('\r\n'), 'utf8'));
        const body = bodyOf(res);
        const kind = res.status === 400 && body.toString().startsWith(MESSAGES.badRequest) ? '400 unparsable' : String(res.status);
        statuses.set(kind, (statuses.get(kind) ?? 0) + 1);
        if (res.status === 200 && body.length > 0) {
          expect(allowed.has(sha(body)), `served a file outside the roots for ${JSON.stringify(r.path)}`).toBe(true);
        }
        expect(res.body.toString('latin1')).not.toContain('SECRET-');
        const check = await rawRequest(port, Buffer.from('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n'));
        expect(check.status).toBe(200);
        expect(bodyOf(check).equals(rootIndex)).toBe(true);
      }),
      { seed: SEED, numRuns: SERVER_FUZZ_RUNS },
    );
    console.log(`server fuzz: ${SERVER_FUZZ_RUNS} requests (seed ${SEED}); status counts ${JSON.stringify(Object.fromEntries(statuses))}`);
  }, 60_000);
});
