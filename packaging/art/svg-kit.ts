/**
 * Small shared helpers for the generated module art (portraits and covers): the palette that
 * sits next to the teal brand tokens, compact SVG element builders, and the YAML wiring that
 * puts the generated file names into a module file without reformatting it.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** Calm palette used by all art. The teals match --sp-brand / --sp-brand-soft. */
export const C = {
  teal: '#0b5d5e',
  tealMid: '#2f7f7a',
  tealSoft: '#e6f2f2',
  tealPale: '#cfe6e4',
  sage: '#8fb59a',
  sageDark: '#5f8f6f',
  leaf: '#6fa37c',
  mustard: '#e0ad4f',
  sand: '#f4e6cf',
  cream: '#fbf6ee',
  terracotta: '#c8694f',
  coral: '#e6957a',
  dustyBlue: '#6d8fb3',
  navy: '#34495e',
  plum: '#8a5a7a',
  lavender: '#a597c9',
  olive: '#8a8f4a',
  grey: '#7d8790',
  greyLight: '#d5dadd',
  wood: '#b98a5e',
  woodDark: '#8c6440',
  white: '#ffffff',
  ink: '#2b2f36',
} as const;

/** Element builder: `el('rect', { x: 1 })` → `<rect x="1"/>`. Numbers are rounded to one decimal. */
export function el(name: string, attrs: Record<string, string | number | undefined>, inner = ''): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}="${typeof v === 'number' ? Math.round(v * 10) / 10 : v}"`)
    .join(' ');
  return inner ? `<${name} ${a}>${inner}</${name}>` : `<${name} ${a}/>`;
}

/** A complete, self-contained SVG document (no role, no title: the alt text comes from the content). */
export function svgDoc(width: number, height: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}">${body}</svg>\n`;
}

/** Block that belongs to one list item in YAML: from its `- name:` line to the next line at its indent or less. */
function itemRange(lines: string[], start: number): number {
  const indent = lines[start].search(/\S/);
  let end = start + 1;
  while (end < lines.length && (lines[end].trim() === '' || lines[end].search(/\S/) > indent)) end++;
  while (end > start + 1 && lines[end - 1].trim() === '') end--;
  return end;
}

/** JSON strings are valid YAML double-quoted scalars. */
const q = (s: string) => JSON.stringify(s);

/**
 * Sets `portrait: { src, alt }` on the person called `name` in a module file, as plain YAML lines
 * (replacing an older portrait entry). Leaves every other line as the author wrote it.
 */
export function wirePortrait(yamlPath: string, name: string, src: string, alt: string): void {
  const lines = readFileSync(yamlPath, 'utf8').split('\n');
  const start = lines.findIndex((l) => l.trim() === `- name: ${name}` || l.trim() === `- name: ${q(name)}`);
  if (start < 0) throw new Error(`${yamlPath}: no person called "${name}"`);
  const end = itemRange(lines, start);
  const pad = ' '.repeat(lines[start].search(/\S/) + 2);
  const block = lines.slice(start, end);
  const at = block.findIndex((l) => l.trim().startsWith('portrait:'));
  const entry = [`${pad}portrait:`, `${pad}  src: ${src}`, `${pad}  alt: ${q(alt)}`];
  if (at >= 0) {
    let stop = at + 1;
    while (stop < block.length && block[stop].search(/\S/) > pad.length) stop++;
    block.splice(at, stop - at, ...entry);
  } else block.push(...entry);
  lines.splice(start, end - start, ...block);
  writeFileSync(yamlPath, lines.join('\n'));
}

/** Sets the top-level `cover: { image, alt }` of a module file (placed just before `objectives:`). */
export function wireCover(yamlPath: string, image: string, alt: string): void {
  const lines = readFileSync(yamlPath, 'utf8').split('\n');
  const old = lines.findIndex((l) => l.startsWith('cover:'));
  if (old >= 0) {
    let stop = old + 1;
    while (stop < lines.length && /^\s+\S/.test(lines[stop])) stop++;
    if (lines[stop]?.trim() === '') stop++;
    lines.splice(old, stop - old);
  }
  const at = lines.findIndex((l) => l.startsWith('objectives:'));
  if (at < 0) throw new Error(`${yamlPath}: no objectives: line to put the cover before`);
  const blankBefore = lines[at - 1]?.trim() === '';
  const entry = [`cover:`, `  image: ${image}`, `  alt: ${q(alt)}`, ''];
  lines.splice(blankBefore ? at - 1 : at, 0, ...(blankBefore ? ['', ...entry.slice(0, 3)] : entry));
  writeFileSync(yamlPath, lines.join('\n'));
}
