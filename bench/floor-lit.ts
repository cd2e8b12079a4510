/**
 * The Lit floor (bench/floor-lit/): the floor SCO's page rendered by one Lit element, bundled here
 * with lit's production build, terser and the V8 compile hint, as the player is. Returns its files (path -> bytes).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';

const LIT_FLOOR_DIR = join('bench', 'floor-lit');

export async function buildLitFloor(): Promise<Record<string, Uint8Array>> {
  const { COMPILE_HINT } = (await import(pathToFileURL('rollup.config.mjs').href)) as { COMPILE_HINT: string };
  const bundle = await rollup({
    input: join(LIT_FLOOR_DIR, 'floor-lit.js'),
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      terser({ module: true, toplevel: true, format: { comments: false, preamble: COMPILE_HINT } }),
    ],
  });
  try {
    const { output } = await bundle.generate({ format: 'iife' });
    return {
      'index.html': new Uint8Array(readFileSync(join(LIT_FLOOR_DIR, 'index.html'))),
      'floor-lit.js': new TextEncoder().encode(output[0].code),
    };
  } finally {
    await bundle.close();
  }
}
