/**
 * Deterministic zip creation (same files => byte-identical zip) plus small
 * read helpers for tests, all based on fflate.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { unzipSync, zipSync, type Zippable, type ZipOptions } from 'fflate';

/**
 * Fixed entry timestamp. fflate writes DOS (local) time, so a local-time
 * Date gives the same bytes in every timezone.
 */
const ZIP_MTIME = new Date(2000, 0, 1);

/** Deflate level for compressible files. */
const LEVEL = 6;

/** Already-compressed formats: stored, since deflating them only costs time. */
const STORED_EXT = /\.(png|jpe?g|gif|webp|avif|woff2?|mp3|mp4|m4a|webm|ogg|zip|gz|pdf)$/i;

/**
 * Zips `files` (zip path -> bytes) deterministically: entries sorted by path
 * (plain code-unit order), fixed mtime, fixed options. Insertion order of
 * `files` does not matter.
 */
export function deterministicZip(files: Record<string, Uint8Array>): Uint8Array {
  const entries: Zippable = {};
  for (const path of Object.keys(files).sort(byCodeUnit)) {
    assertZipPath(path);
    const opts: ZipOptions = { level: STORED_EXT.test(path) ? 0 : LEVEL, mtime: ZIP_MTIME, os: 0, attrs: 0 };
    entries[path] = [files[path], opts];
  }
  return zipSync(entries, { level: LEVEL, mtime: ZIP_MTIME });
}

/** Entry names of a zip in archive order. */
export function listZip(bytes: Uint8Array): string[] {
  return Object.keys(unzipSync(bytes));
}

/** Extracts a zip into `dir` (created if needed); returns the entry names. */
export function unzipToDir(bytes: Uint8Array, dir: string): string[] {
  const root = resolve(dir);
  const files = unzipSync(bytes);
  for (const [name, data] of Object.entries(files)) {
    const target = resolve(root, name);
    if (!target.startsWith(root + sep)) throw new Error(`unzipToDir: entry escapes target dir: ${name}`);
    if (name.endsWith('/')) {
      mkdirSync(target, { recursive: true });
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
  return Object.keys(files);
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Rejects paths that are absolute, contain "..", ".", empty segments or
 * backslashes, and bare integers (JS orders integer-like object keys first,
 * which would break the sorted-entries guarantee).
 */
function assertZipPath(path: string): void {
  const bad =
    !path ||
    path.startsWith('/') ||
    path.includes('\\') ||
    path.split('/').some((p) => p === '' || p === '.' || p === '..') ||
    /^(0|[1-9]\d*)$/.test(path);
  if (bad) throw new Error(`deterministicZip: invalid zip path "${path}"`);
}
