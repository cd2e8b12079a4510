/**
 * Authoring loop: `npm run dev -- <module>` validates and builds one module (one standard), serves it
 * in the LMS harness on 127.0.0.1, watches the module folder, and on every save rebuilds and reloads
 * the browser over a local event stream (SSE). A content mistake is printed in the terminal and shown
 * as an overlay in the browser; the last good version stays on screen.
 *
 * Content-only changes never re-run rollup: the course is inline JSON in index.html, so a save
 * rewrites that page and the media, nothing else. The player is bundled once at start.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, watch, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { ContentError, loadModule, MODULE_FILE } from '../src/content/load-module.js';
import type { Course } from '../src/content/types.js';
import { bundlePlayer } from './bundle.js';
import { CliError, parseOptions, usage, type OptionSpecs } from './cli.js';
import type { Standard } from './manifest.js';
import { modulePackage, type BuiltAssets, type FileMap } from './packages.js';
import { startServer } from './preview/server.js';

const OPTIONS = {
  modules: { type: 'string', help: 'folder with the module folders (default modules)' },
  out: { type: 'string', help: 'where the preview files go (default dist/dev)' },
  port: { type: 'string', help: 'port on 127.0.0.1 (default 8080, 0 = any free port)' },
  standard: { type: 'string', choices: ['scorm2004', 'scorm12'], help: 'LMS standard of the preview (default scorm2004)' },
  help: { type: 'boolean', help: 'show this help' },
} as const satisfies OptionSpecs;

const CLIENT = fileURLToPath(new URL('./dev/client.js', import.meta.url));
/** Player bundles by source hash, so a restart without code changes skips rollup. */
const CACHE = join('node_modules', '.cache', 'samenspel-dev');
const ASSET_NAMES = ['player.js', 'player-later.js', 'player.css', 'embedded-lms-scorm12.js', 'embedded-lms-scorm2004.js'] as const;
const SITE = 'site';

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

function readOptions() {
  try {
    const { values, positionals } = parseOptions(process.argv.slice(2), OPTIONS, { positionals: 1 });
    if (values.help) {
      console.log(usage('npm run dev --', OPTIONS, '<module>'));
      process.exit(0);
    }
    if (!positionals[0]) throw new CliError('Which module? Give its folder name, e.g. npm run dev -- casusbespreking');
    if (values.port !== undefined && !/^\d{1,5}$/.test(values.port)) throw new CliError(`--port must be a number, not ${values.port}`);
    return { ...values, id: positionals[0] };
  } catch (error) {
    if (error instanceof CliError) fail(`${error.message}\n\n${usage('npm run dev --', OPTIONS, '<module>')}`);
    throw error;
  }
}

/** Build number; a page from an older build that connects to the event stream is reloaded at once. */
let version = 0;

/** The module page with the live-reload client. */
function withClient(files: FileMap): FileMap {
  version++;
  const page = new TextDecoder()
    .decode(files['index.html'])
    .replace('</head>', `<script src="/__dev/client.js?v=${version}" defer></script>\n</head>`);
  return { ...files, 'index.html': new TextEncoder().encode(page) };
}

/** What is on disk, so a save rewrites only the files that changed (usually just index.html). */
const written = new Map<string, Uint8Array>();
const same = (a: Uint8Array | undefined, b: Uint8Array) => a !== undefined && a.length === b.length && Buffer.compare(a, b) === 0;

function writeFiles(root: string, files: FileMap, only?: (path: string) => boolean): void {
  for (const [path, bytes] of Object.entries(files)) {
    if ((only && !only(path)) || same(written.get(join(root, path)), bytes)) continue;
    written.set(join(root, path), bytes);
    const target = join(root, path);
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, bytes);
  }
}

const cli = readOptions();
const modulesDir = cli.modules ?? 'modules';
const moduleDir = join(modulesDir, cli.id);
const outDir = resolve(cli.out ?? join('dist', 'dev'));
const standard = (cli.standard ?? 'scorm2004') as Standard;
if (!existsSync(join(moduleDir, MODULE_FILE))) fail(`No module "${cli.id}": ${join(moduleDir, MODULE_FILE)} does not exist.`, 1);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.test.ts') ? [] : [path];
  });
}

/** The player bundle: from the cache when src/, the rollup config and the lock file are unchanged. */
async function playerAssets(): Promise<{ assets: BuiltAssets; cached: boolean }> {
  const hash = createHash('sha256');
  for (const file of [
    ...sourceFiles('src'),
    'rollup.config.mjs',
    'tsconfig.json',
    'tsconfig.build.json',
    'package-lock.json',
    'packaging/assets/player.css',
  ].sort()) {
    hash.update(file).update('\0').update(readFileSync(file));
  }
  const dir = join(CACHE, hash.digest('hex').slice(0, 20));
  if (ASSET_NAMES.every((name) => existsSync(join(dir, name)))) {
    return {
      assets: Object.fromEntries(ASSET_NAMES.map((n) => [n, new Uint8Array(readFileSync(join(dir, n)))])) as unknown as BuiltAssets,
      cached: true,
    };
  }
  const assets = await bundlePlayer();
  rmSync(CACHE, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of ASSET_NAMES) writeFileSync(join(dir, name), assets[name]);
  return { assets, cached: false };
}

/** Validates and compiles; on a mistake prints it and returns the message text. */
function compile(): { course: Course } | { error: string } {
  try {
    return { course: loadModule(moduleDir) };
  } catch (error) {
    if (error instanceof ContentError) return { error: error.message };
    return { error: `${moduleDir}/${MODULE_FILE}  (root): ${(error as Error).message}` };
  }
}

const clients = new Set<ServerResponse>();
function broadcast(event: string, data: unknown): void {
  for (const res of clients) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

const started = performance.now();
const first = compile();
const { assets, cached } = await playerAssets();
const site = join(outDir, SITE);
rmSync(site, { recursive: true, force: true });
let lastError = '';
if ('error' in first) {
  // No good version yet: a placeholder page shows the messages until the file is fixed.
  lastError = first.error;
  console.error(`Content errors — fix them and save; the browser reloads when the module builds:\n${first.error}`);
  const placeholder = '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Inhoudsfout</title></head><body></body></html>';
  writeFiles(site, withClient({ 'index.html': new TextEncoder().encode(placeholder) }));
} else {
  writeFiles(site, withClient(modulePackage(first.course, moduleDir, standard, assets)));
}

/** Rebuild after a save: content and media only (the player bundle is kept). */
function rebuild(): void {
  const t0 = performance.now();
  const result = compile();
  if ('error' in result) {
    if (result.error !== lastError)
      console.error(
        `\n✗ ${new Date().toLocaleTimeString('nl-NL')} content errors — the browser keeps the last good version:\n${result.error}`,
      );
    lastError = result.error;
    broadcast('content-error', { text: result.error });
    return;
  }
  try {
    const files = withClient(modulePackage(result.course, moduleDir, standard, assets));
    writeFiles(site, files);
  } catch (error) {
    // e.g. a media file removed between the check and the copy: report it like a content error.
    const text = `${moduleDir}/${MODULE_FILE}  (root): ${(error as Error).message}`;
    console.error(`\n✗ ${text}`);
    lastError = text;
    broadcast('content-error', { text });
    return;
  }
  lastError = '';
  console.log(`✓ ${new Date().toLocaleTimeString('nl-NL')} rebuilt ${cli.id} in ${(performance.now() - t0).toFixed(0)} ms`);
  broadcast('ok', {});
  broadcast('reload', {});
}

const launch = `/${SITE}/index.html`;
const harness = `/lms/lms.html?${new URLSearchParams({ std: standard, launch, key: `dev:${cli.id}` })}`;
const server = await startServer({
  root: outDir,
  port: cli.port !== undefined ? Number(cli.port) : Number(process.env.PORT ?? 8080),
  routes: (req, res) => {
    const [path, query = ''] = (req.url ?? '/').split('?');
    if (path === '/') {
      res.writeHead(302, { location: harness }).end();
      return true;
    }
    if (path === '/__dev/client.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(readFileSync(CLIENT));
      return true;
    }
    if (path === '/__dev/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': samenspel dev\n\n');
      if (lastError) res.write(`event: content-error\ndata: ${JSON.stringify({ text: lastError })}\n\n`);
      else if (new URLSearchParams(query).get('v') !== String(version)) res.write('event: reload\ndata: {}\n\n');
      clients.add(res);
      res.on('close', () => clients.delete(res));
      return true;
    }
    return false;
  },
});

let timer: NodeJS.Timeout | undefined;
const watcher = watch(moduleDir, () => {
  clearTimeout(timer);
  timer = setTimeout(rebuild, 25); // editors write a file in several steps
});
watcher.on('error', (error) => console.error(`Watching ${moduleDir} stopped: ${error.message}`));

console.log(
  `Samenspel dev: ${server.url}/  —  ${cli.id} (${standard}), ready in ${((performance.now() - started) / 1000).toFixed(1)} s` +
    `${cached ? ' (player from cache: src/ unchanged)' : ''}\n` +
    `Watching ${moduleDir}/ — save a file to rebuild and reload the browser. Ctrl+C to stop.`,
);

const stop = () => {
  watcher.close();
  for (const res of clients) res.end();
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
