/**
 * Bundle breakdown: minified bytes of every bundle, attributed to source groups through the
 * source map (xstate, lit, tracking, machines, one line per component folder, i18n, ...).
 *
 *   tsx bench/breakdown.ts [--json]
 *
 * Bundles the player scripts in memory as the build does, with source maps on (the packages carry none).
 */
import { basename } from 'node:path';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import { bundlePlayer, type SourceMaps } from '../packaging/bundle.js';
import { gzipSize } from './weight.js';

/** Group of a source path, as the breakdown reports it. */
export function sourceGroup(source: string): string {
  const s = source.replace(/\\/g, '/');
  if (process.env.BREAKDOWN_FILES) return s.replace(/^.*?(node_modules\/|src\/)/, '$1');
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s);
  if (nm) {
    const pkg = nm[1];
    if (pkg === 'lit' || pkg === 'lit-html' || pkg === 'lit-element' || pkg === '@lit/reactive-element') return 'lit';
    return pkg;
  }
  const src = /src\/(.*)$/.exec(s);
  if (!src) return '(other)';
  const parts = src[1].split('/');
  if (parts[0] === 'components') return parts.length > 2 ? `components/${parts[1]}` : `components/${parts[1].replace(/\.ts$/, '')}`;
  if (parts[0] === 'tracking') return parts[1] === 'embedded' ? 'tracking/embedded' : 'tracking';
  if (parts.length === 1) return parts[0].replace(/\.ts$/, '');
  return parts[0];
}

export interface BundleBreakdown {
  file: string;
  raw: number;
  gzip: number;
  groups: Record<string, number>;
}

/** Attributes each generated character range to the source of its mapping segment. */
export function attribute(code: string, map: ConstructorParameters<typeof TraceMap>[0]): Record<string, number> {
  const lines = code.split('\n');
  const traced = new TraceMap(map);
  const segments: { line: number; column: number; source: string | null }[] = [];
  eachMapping(traced, (m) => segments.push({ line: m.generatedLine - 1, column: m.generatedColumn, source: m.source }));
  const groups: Record<string, number> = {};
  const add = (g: string, n: number) => (groups[g] = (groups[g] ?? 0) + n);
  let mapped = 0;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    const next = segments[i + 1];
    const end = next && next.line === s.line ? next.column : lines[s.line].length;
    const n = Math.max(0, end - s.column);
    add(s.source ? sourceGroup(s.source) : '(unmapped)', n);
    mapped += n;
  }
  const total = code.length;
  if (total > mapped) add('(unmapped)', total - mapped);
  return groups;
}

/** The player scripts as the build makes them (launch + later), with source maps on. */
export async function breakdown(configPath = 'rollup.config.mjs'): Promise<BundleBreakdown[]> {
  const maps: SourceMaps = {};
  const assets = (await bundlePlayer(configPath, {}, maps)) as unknown as Record<string, Uint8Array>;
  return Object.entries(maps).map(([file, map]) => {
    const code = new TextDecoder().decode(assets[file]);
    return { file, raw: assets[file].length, gzip: gzipSize(assets[file]), groups: attribute(code, map as never) };
  });
}

export function renderBreakdown(bundles: BundleBreakdown[]): string {
  const lines: string[] = [];
  for (const b of bundles) {
    lines.push(`${b.file}: ${(b.raw / 1024).toFixed(1)} KB raw, ${(b.gzip / 1024).toFixed(1)} KB gzip`);
    const sorted = Object.entries(b.groups).sort((a, c) => c[1] - a[1]);
    for (const [g, n] of sorted) lines.push(`  ${g.padEnd(32)} ${(n / 1024).toFixed(1).padStart(6)} KB`);
  }
  return lines.join('\n');
}

if (process.argv[1] && basename(process.argv[1]).startsWith('breakdown')) {
  const bundles = await breakdown();
  console.log(process.argv.includes('--json') ? JSON.stringify(bundles, null, 2) : renderBreakdown(bundles));
}
