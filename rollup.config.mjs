// Bundles the player as two classic IIFE scripts (work from file:// and under a strict CSP, no eval)
// and the embedded LMS for standalone use (one IIFE file per SCORM standard, loaded only without an LMS).
//
// player.js        launch path: boot, machines, tracking, lit, the shell and the page types a module
//                  can open on (src/components/launch.ts). Exposes the modules the second script shares
//                  on the global `SamenspelShared`.
// player-later.js  loaded after the first page has painted: every other page type and part
//                  (src/components/later.ts). Whatever it imports that player.js already has is
//                  taken from `SamenspelShared` (rollup externals/globals), never bundled twice.
// packaging/bundle.ts runs these in order (the split needs the launch bundle's module list).
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

/** Transpile-only: the type-check runs once in `npm run typecheck`, not in every bundle. */
const typescriptPlugin = () =>
  typescript({
    tsconfig: './tsconfig.build.json',
    include: ['src/**/*.ts'],
    outDir: undefined,
    declaration: false,
    sourceMap: false,
    noEmitOnError: false,
  });

/** First line of the player bundles: https://v8.dev/blog/explicit-compile-hints */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Module resolution of every bundle (the bench's Lit floor uses it too). 'production' always: left out,
 * the plugin picks lit's development build whenever NODE_ENV is set to anything else (vitest sets
 * 'test'), and the packages would depend on the shell they are built in.
 */
export const RESOLVE_OPTIONS = { browser: true, exportConditions: ['production'] };

/** Terser settings of every bundle (the bench's Lit floor uses them too). */
export const TERSER_OPTIONS = {
  module: true,
  toplevel: true,
  format: { comments: false },
  compress: { passes: 2, pure_getters: true, ecma: 2020 },
};

/**
 * `compileHint`: V8 (Chromium 136+; a plain comment elsewhere) then compiles every function while the
 * script streams in, on a background thread, instead of lazily on the main thread at first call. For the
 * two player scripts, whose functions nearly all run at launch. Not for the embedded-LMS bundles: most of
 * scorm-again never runs, and compiling all of it first delayed a standalone launch (about 27 ms).
 */
const pluginsWith = (ts, { compileHint = true } = {}) => [
  nodeResolve(RESOLVE_OPTIONS),
  ts,
  // Collapses whitespace inside Lit html`` and css`` templates (layout-neutral).
  minifyHTML({ options: { minifyOptions: { conservativeCollapse: true } } }),
  terser({ ...TERSER_OPTIONS, format: { ...TERSER_OPTIONS.format, ...(compileHint ? { preamble: COMPILE_HINT } : {}) } }),
];

/** Plugins for one stand-alone rollup build (its own TypeScript program). */
export const plugins = (options) => pluginsWith(typescriptPlugin(), options);

/**
 * One TypeScript program for several rollup builds in a row: the program (all of src/) is created
 * and emitted by the first build; later builds read its output. `close()` when done.
 */
export function sharedPlugins() {
  const ts = typescriptPlugin();
  let started = false;
  const shared = {
    ...ts,
    buildStart(options) {
      if (started) return;
      started = true;
      return ts.buildStart.call(this, options);
    },
    buildEnd() {},
    closeWatcher() {},
  };
  return { plugins: (options) => pluginsWith(shared, options), close: () => ts.closeWatcher?.() };
}

export const onwarn = (warning, warn) => {
  if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
};

/** The two player scripts. */
export const PLAYER = {
  launch: { input: 'src/main.ts', file: 'player.js' },
  later: { input: 'src/components/later.ts', file: 'player-later.js' },
  /** Global through which player.js hands shared modules to player-later.js. */
  sharedGlobal: 'SamenspelShared',
};

/** Standalone-only embedded LMS bundles; built only when their inputs changed (packaging/bundle.ts caches them). */
export const EMBEDDED = [
  { input: 'src/tracking/embedded/scorm12.ts', file: 'embedded-lms-scorm12.js', name: 'SamenspelLms12' },
  { input: 'src/tracking/embedded/scorm2004.ts', file: 'embedded-lms-scorm2004.js', name: 'SamenspelLms2004' },
];

const iife = (input, file, name) => ({
  input,
  output: { file: `dist/build/${file}`, format: 'iife', name, sourcemap: false },
  plugins: plugins({ compileHint: input === PLAYER.launch.input }),
  onwarn,
});

/** Plain configurations (e.g. for `bench/breakdown.ts`): the launch entry unsplit, the embedded LMS bundles. */
export default [iife(PLAYER.launch.input, PLAYER.launch.file, PLAYER.sharedGlobal), ...EMBEDDED.map((e) => iife(e.input, e.file, e.name))];
