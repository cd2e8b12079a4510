/**
 * Runs the rollup configuration in memory and returns the built files by name.
 *
 * The player is two classic scripts (see rollup.config.mjs):
 * 1. the launch graph (src/main.ts) is resolved;
 * 2. the later script (src/later.ts) is bundled with every module of the launch graph external,
 *    read from the global `SamenspelShared` (so nothing is shipped twice);
 * 3. the launch script is generated with exactly those shared modules exported on that global.
 * The embedded-LMS bundles (large, rarely changed) are cached under node_modules/.cache by the
 * hash of every file they were built from plus the build configuration.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { rollup, type Plugin, type SourceMap, type WarningHandlerWithDefault } from 'rollup';
import type { BuiltAssets } from './packages.js';

interface BundleEntry {
  input: string;
  file: string;
  name?: string;
}
/** `compileHint: false` for bundles most of whose code never runs (the embedded LMS); default true. */
interface PluginOptions {
  compileHint?: boolean;
}
interface RollupConfigModule {
  plugins: (options?: PluginOptions) => Plugin[];
  sharedPlugins: () => { plugins: (options?: PluginOptions) => Plugin[]; close: () => void };
  onwarn: WarningHandlerWithDefault;
  PLAYER: { launch: BundleEntry; later: BundleEntry; sharedGlobal: string };
  EMBEDDED: BundleEntry[];
}

/** Source maps of the player scripts by file name (only when asked for: bench/breakdown.ts). */
export type SourceMaps = Record<string, SourceMap>;

/** Milliseconds per build phase, by name (printed by the build and the bench). */
export type Phases = Record<string, number>;

const LAUNCH_ENTRY = '\0samenspel-launch';
const CACHE_VERSION = 1;

const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

async function timed<T>(phases: Phases, name: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await run();
  } finally {
    phases[name] = (phases[name] ?? 0) + (performance.now() - started);
  }
}

/** The launch and later player scripts. */
async function bundleSplitPlayer(
  cfg: RollupConfigModule,
  plugins: () => Plugin[],
  root: string,
  phases: Phases,
  maps?: SourceMaps,
): Promise<Record<string, Uint8Array>> {
  const { launch, later, sharedGlobal } = cfg.PLAYER;
  const onwarn = cfg.onwarn;
  const launchInput = resolve(root, launch.input);

  // 1. The launch graph: every module player.js contains.
  const first = await timed(phases, `rollup ${launch.file} (graph)`, () => rollup({ input: launchInput, plugins: plugins(), onwarn }));
  const launchModules = new Set((first.cache?.modules ?? []).map((m) => m.id).filter((id) => !id.startsWith('\0')));
  await first.close();

  // 2. The later script: a module the launch graph has is external (read from the global), decided on
  //    the resolved id: every plugin's resolveId is wrapped.
  const shared = new Set<string>();
  const externalizeLaunch = (plugin: Plugin): Plugin => {
    const hook = plugin.resolveId;
    if (!hook) return plugin;
    const handler = typeof hook === 'function' ? hook : hook.handler;
    return {
      ...plugin,
      async resolveId(source, importer, options) {
        const result = await handler.call(this, source, importer, options);
        const id = typeof result === 'string' ? result : result && typeof result === 'object' && !result.external ? result.id : null;
        // node-resolve asks again for the id it found (custom['node-resolve'] set): answer that as is,
        // or it reports the bare name as external and the module id is lost.
        const nested = Boolean((options.custom as Record<string, unknown> | undefined)?.['node-resolve']);
        if (id && !nested && launchModules.has(id)) {
          shared.add(id);
          return { id, external: 'absolute' as const };
        }
        return result;
      },
    };
  };
  const laterBuild = await timed(phases, `rollup ${later.file}`, () =>
    rollup({ input: resolve(root, later.input), plugins: plugins().map(externalizeLaunch), onwarn, makeAbsoluteExternalsRelative: false }),
  );
  // Stable keys (sorted by path inside the repo): the same source gives the same bytes anywhere.
  const keys = new Map([...shared].sort((a, b) => relative(root, a).localeCompare(relative(root, b))).map((id, i) => [id, `m${i}`]));
  const laterCode = await timed(phases, `rollup ${later.file}`, async () => {
    const { output } = await laterBuild.generate({
      format: 'iife',
      sourcemap: Boolean(maps),
      globals: (id) => {
        if (!keys.has(id)) throw new Error(`${later.file}: no shared global for ${id}`);
        return `${sharedGlobal}.${keys.get(id)}`;
      },
    });
    await laterBuild.close();
    if (maps && output[0].map) maps[later.file] = output[0].map;
    return output[0].code;
  });

  // 3. The launch script, exporting the shared modules on the global.
  const entry: Plugin = {
    name: 'samenspel-launch-entry',
    resolveId: (id) => (id === LAUNCH_ENTRY ? id : null),
    load: (id) =>
      id === LAUNCH_ENTRY
        ? [
            `import ${JSON.stringify(launchInput)};`,
            ...[...keys].map(([id, key]) => `import * as ${key} from ${JSON.stringify(id)};`),
            // Explicit: the minifier drops an unused top-level \`var\` name of the IIFE.
            `window.${sharedGlobal} = Object.freeze({ ${[...keys.values()].join(', ')} });`,
          ].join('\n')
        : null,
  };
  const launchCode = await timed(phases, `rollup ${launch.file}`, async () => {
    const build = await rollup({ input: LAUNCH_ENTRY, plugins: [entry, ...plugins()], onwarn, cache: first.cache });
    const { output } = await build.generate({ format: 'iife', sourcemap: Boolean(maps) });
    await build.close();
    if (maps && output[0].map) maps[launch.file] = output[0].map;
    return output[0].code;
  });
  return { [launch.file]: new TextEncoder().encode(launchCode), [later.file]: new TextEncoder().encode(laterCode) };
}

interface CacheEntry {
  version: number;
  config: string;
  inputs: Record<string, string>;
  code: string;
}

/** One embedded-LMS bundle, from the cache when none of its inputs changed. */
async function bundleCached(
  cfg: RollupConfigModule,
  plugins: () => Plugin[],
  root: string,
  entry: BundleEntry,
  configHash: string,
  phases: Phases,
): Promise<Uint8Array> {
  const cacheFile = join(root, 'node_modules', '.cache', 'samenspel-bundles', `${entry.file}-${configHash.slice(0, 16)}.json`);
  if (existsSync(cacheFile)) {
    const hit = await timed(phases, `${entry.file} (cache check)`, async () => {
      try {
        const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as CacheEntry;
        if (cached.version !== CACHE_VERSION || cached.config !== configHash) return null;
        const same = Object.entries(cached.inputs).every(
          ([path, hash]) => existsSync(join(root, path)) && sha(readFileSync(join(root, path))) === hash,
        );
        return same ? cached.code : null;
      } catch {
        return null;
      }
    });
    if (hit !== null) return new TextEncoder().encode(hit);
  }
  return timed(phases, `rollup ${entry.file}`, async () => {
    const build = await rollup({ input: resolve(root, entry.input), plugins: plugins(), onwarn: cfg.onwarn });
    const inputs = Object.fromEntries(
      build.watchFiles
        .filter((f) => !f.startsWith('\0') && existsSync(f))
        .map((f) => [relative(root, f), sha(readFileSync(f))] as const)
        .sort(([a], [b]) => a.localeCompare(b)),
    );
    const { output } = await build.generate({ format: 'iife', name: entry.name, sourcemap: false });
    await build.close();
    const code = output[0].code;
    mkdirSync(dirname(cacheFile), { recursive: true });
    // Written whole, then renamed: a parallel build never reads half a file.
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ version: CACHE_VERSION, config: configHash, inputs, code } satisfies CacheEntry));
    renameSync(tmp, cacheFile);
    return new TextEncoder().encode(code);
  });
}

/** Every built player file by name. `phases` (optional) receives the time of each step. */
export async function bundlePlayer(configPath = 'rollup.config.mjs', phases: Phases = {}, maps?: SourceMaps): Promise<BuiltAssets> {
  const configUrl = new URL(configPath, `file://${process.cwd()}/`);
  const root = dirname(fileURLToPath(configUrl));
  const cfg = (await import(configUrl.href)) as RollupConfigModule;
  // What else decides the embedded bundles' bytes: the rollup config, TS settings, this file, the lock file.
  const configHash = sha(
    ['rollup.config.mjs', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json']
      .map((f) => (existsSync(join(root, f)) ? sha(readFileSync(join(root, f))) : '-'))
      .concat(sha(readFileSync(fileURLToPath(import.meta.url))))
      .join('\n'),
  );
  // One TypeScript program (transpile-only) for every bundle of this build.
  const shared = cfg.sharedPlugins();
  const out: Record<string, Uint8Array> = {};
  try {
    Object.assign(out, await bundleSplitPlayer(cfg, shared.plugins, root, phases, maps));
    const embeddedPlugins = () => shared.plugins({ compileHint: false });
    for (const entry of cfg.EMBEDDED) out[entry.file] = await bundleCached(cfg, embeddedPlugins, root, entry, configHash, phases);
  } finally {
    shared.close();
  }
  out['player.css'] = readFileSync(new URL('./assets/player.css', import.meta.url));
  return out as unknown as BuiltAssets;
}
