/**
 * Build-time loader (Node only): reads `modules/<id>/module.yaml`, validates it against the
 * schema and the semantic rules, and compiles it to a typed course.
 * Every mistake is reported with file, line, field path and a readable message.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { limitFor } from './limits.js';
import { explainYamlError } from './yaml-errors.js';
import { moduleJsonSchema, type RawModule } from './module-schema.js';
import { checkModule, compileModule, type ContentIssue } from './compile.js';
import { checkDuration } from './duration-checks.js';
import type { Course } from './types.js';

export const MODULE_FILE = 'module.yaml';

export interface LocatedIssue extends ContentIssue {
  file: string;
  line?: number;
}

/** Thrown when one or more modules have content mistakes. `message` lists them all. */
export class ContentError extends Error {
  constructor(readonly issues: LocatedIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'ContentError';
  }
}

function formatIssue(issue: LocatedIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  return `${where}  ${issue.path || '(root)'}: ${issue.message}`;
}

const ajv = new Ajv2020({ allErrors: true, useDefaults: true, strict: false });
const validate = ajv.compile<RawModule>(moduleJsonSchema);

/** Options of {@link loadModule}. */
export interface LoadOptions {
  /** Run the duration and quiz pattern checks (default true). The estimate CLI turns them off to report on any module. */
  durationChecks?: boolean;
}

/** Loads one module folder. Throws ContentError listing every mistake. */
export function loadModule(folder: string, options: LoadOptions = {}): Course {
  const file = join(folder, MODULE_FILE);
  if (!existsSync(file)) throw new ContentError([{ file, path: '', message: `missing ${MODULE_FILE}` }]);
  const lineCounter = new LineCounter();
  const text = readFileSync(file, 'utf8');
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const first = doc.errors[0] ?? doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (first) throw new ContentError([{ file, path: 'YAML', ...explainYamlError(first, text) }]);
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // An alias to an anchor that is not set (`title: *Belangrijk* punt`), or an alias bomb: found only here.
    const alias = /: (\S+)$/.exec((error as Error).message)?.[1];
    const at = text.split('\n').findIndex((l) => (alias ? l.includes(`*${alias}`) : /(^|[\s[{,])\*[^\s*]/.test(l)));
    const explained = explainYamlError(
      { code: 'ALIAS', message: (error as Error).message, ...(at >= 0 ? { linePos: [{ line: at + 1, col: 1 }] } : {}) },
      text,
    );
    throw new ContentError([{ file, path: 'YAML', ...explained }]);
  }
  const lineOf = (path: (string | number)[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };

  if (!validate(raw)) {
    const issues = schemaIssues(validate.errors ?? [], raw).map((i) => ({
      ...i,
      file,
      line: lineOf(toSegments(i.path)),
      path: namePages(i.path, raw),
    }));
    throw new ContentError(issues);
  }
  const issues = checkModule(raw, basename(folder), (name) => isFile(join(folder, name))).map((i) => ({
    ...i,
    path: namePages(i.path, raw),
  }));
  if (issues.length > 0) throw new ContentError(issues.map((i) => ({ ...i, file, line: lineOf(toSegments(i.path)) })));
  const course = compileModule(raw);
  if (options.durationChecks !== false) {
    const durationIssues = checkDuration(course);
    if (durationIssues.length > 0) {
      throw new ContentError(durationIssues.map((i) => ({ ...i, file, line: lineOf(toSegments(i.path)), path: namePages(i.path, raw) })));
    }
  }
  return course;
}

/** Loads every module folder under `modulesDir`, collecting mistakes of all of them before throwing. */
export function loadAllModules(modulesDir: string, options: LoadOptions = {}): Course[] {
  const courses: Course[] = [];
  const issues: LocatedIssue[] = [];
  const folders = readdirSync(modulesDir)
    .filter((name) => isDir(join(modulesDir, name)))
    .sort();
  for (const name of folders) {
    try {
      courses.push(loadModule(join(modulesDir, name), options));
    } catch (error) {
      if (error instanceof ContentError) issues.push(...error.issues);
      else throw error;
    }
  }
  if (issues.length > 0) throw new ContentError(issues);
  if (courses.length === 0) throw new ContentError([{ file: modulesDir, path: '', message: 'no module folders found' }]);
  return courses;
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}
function isDir(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** `/pages/3/title` → `pages[3].title` */
function toPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`))
    .join('')
    .replace(/^\./, '');
}

function valueAt(raw: unknown, segments: (string | number)[]): unknown {
  return segments.reduce<unknown>((v, s) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[s] : undefined), raw);
}

/** `pages[1].figure.src` → `pages[1] (model).figure.src`: the page id says which page is meant. */
export function namePages(path: string, raw: unknown): string {
  const pages = (raw as { pages?: unknown })?.pages;
  return path.replace(/^pages\[(\d+)\]/, (whole, n: string) => {
    const id = Array.isArray(pages) ? (pages[Number(n)] as { id?: unknown } | undefined)?.id : undefined;
    return typeof id === 'string' && id.length <= 64 && /^[\w-]+$/.test(id) ? `${whole} (${id})` : whole;
  });
}

/** `pages[1] (model).figure.src` → ['pages', 1, 'figure', 'src'] (the page id in brackets is only for people). */
function toSegments(path: string): (string | number)[] {
  return [...path.replace(/ \([^)]*\)/g, '').matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
}

/** Turns ajv errors into readable issues; drops the noise of if/then wrappers. */
function schemaIssues(errors: ErrorObject[], raw: unknown): ContentIssue[] {
  const seen = new Set<string>();
  const out: ContentIssue[] = [];
  for (const e of errors) {
    if (e.keyword === 'if' || e.keyword === 'allOf') continue;
    let path = toPath(e.instancePath);
    let message: string;
    switch (e.keyword) {
      case 'required':
        path = path ? `${path}.${e.params.missingProperty}` : e.params.missingProperty;
        message = 'is required but missing';
        break;
      case 'additionalProperties':
        path = path ? `${path}.${e.params.additionalProperty}` : e.params.additionalProperty;
        message = 'is not a known field here (typo?)';
        break;
      case 'enum':
        message = `must be one of: ${(e.params.allowedValues as string[]).join(', ')}`;
        if (path.endsWith('.type')) message = `unknown page type; ${message}`;
        break;
      case 'maxLength': {
        const limit = limitFor(path);
        const length = String(valueAt(raw, toSegments(path)) ?? '').length;
        message = `is ${length} tekens lang, hooguit ${e.params.limit}${limit ? `: ${limit.reason}` : ''}`;
        break;
      }
      case 'type': {
        const value = valueAt(raw, toSegments(path));
        const key = String(toSegments(path).at(-1) ?? '');
        message =
          e.params.type === 'string' && (typeof value === 'number' || typeof value === 'boolean')
            ? `moet tekst zijn, maar YAML leest ${String(value)} als ${typeof value === 'number' ? 'getal' : 'ja/nee'}: zet het tussen aanhalingstekens: ${key}: "${String(value)}"`
            : value === null && e.params.type !== 'null'
              ? 'is leeg: vul een waarde in (of haal de regel weg als het veld niet verplicht is)'
              : e.params.type === 'integer' || e.params.type === 'number'
                ? `moet een getal zijn (zonder aanhalingstekens), niet ${JSON.stringify(value)?.slice(0, 40)}`
                : (e.message ?? e.keyword);
        break;
      }
      case 'pattern':
        message =
          path.endsWith('src') || path.endsWith('captions') || path.endsWith('logo') || path.endsWith('image')
            ? 'must be a file name in the module folder (svg, png, jpg, webp, mp4, webm or vtt)'
            : /options\[\d+\]\.id$/.test(path)
              ? 'option id must be one lowercase letter or digit (a, b, c …)'
              : 'may only contain lowercase letters, digits and hyphens';
        break;
      default:
        message = e.message ?? e.keyword;
    }
    const key = `${path}|${message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ path, message });
    }
  }
  return out;
}
