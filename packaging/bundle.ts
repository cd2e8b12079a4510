/** Runs the rollup configuration in memory and returns the built files by name. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { rollup, type OutputOptions, type RollupOptions } from 'rollup';
import type { BuiltAssets } from './packages.js';

export async function bundlePlayer(configPath = 'rollup.config.mjs'): Promise<BuiltAssets> {
  const configs = (await import(new URL(configPath, `file://${process.cwd()}/`).href)).default as RollupOptions[];
  const out: Record<string, Uint8Array> = {};
  // One bundle after the other: the same input always gives the same output.
  for (const config of configs) {
    const build = await rollup({ ...config, onwarn: config.onwarn });
    const output = config.output as OutputOptions;
    const { output: chunks } = await build.generate(output);
    await build.close();
    for (const chunk of chunks) {
      if (chunk.type === 'chunk') out[basename(output.file ?? chunk.fileName)] = new TextEncoder().encode(chunk.code);
    }
  }
  out['player.css'] = readFileSync(new URL('./assets/player.css', import.meta.url));
  return out as unknown as BuiltAssets;
}
