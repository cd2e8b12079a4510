/**
 * The Lit floor (bench/floor-lit/): the floor SCO's page (bench/floor-sco/index.html) rendered by one Lit element, bundled here
 * with the player's module resolution (lit's production build) and terser settings and the V8 compile
 * hint, as player.js is. Returns its files (path -> bytes).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import nodeResolve, { type RollupNodeResolveOptions } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';

const LIT_FLOOR_DIR = join('bench', 'floor-lit');

export async function buildLitFloor(): Promise<Record<string, Uint8Array>> {
  const { COMPILE_HINT, RESOLVE_OPTIONS, TERSER_OPTIONS } = (await import(pathToFileURL('rollup.config.mjs').href)) as {
    COMPILE_HINT: string;
    RESOLVE_OPTIONS: RollupNodeResolveOptions;
    TERSER_OPTIONS: { format: object };
  };
  const bundle = await rollup({
    input: join(LIT_FLOOR_DIR, 'floor-lit.js'),
    plugins: [nodeResolve(RESOLVE_OPTIONS), terser({ ...TERSER_OPTIONS, format: { ...TERSER_OPTIONS.format, preamble: COMPILE_HINT } })],
  });
  try {
    const { output } = await bundle.generate({ format: 'iife' });
    return {
      // The floor's own page, loading this script instead of floor.js.
      'index.html': new TextEncoder().encode(
        readFileSync(join('bench', 'floor-sco', 'index.html'), 'utf8').replace('src="floor.js"', 'src="floor-lit.js"'),
      ),
      'floor-lit.js': new TextEncoder().encode(output[0].code),
    };
  } finally {
    await bundle.close();
  }
}
