/**
 * What goes into each SCORM package: launch page, player, embedded LMS, media, manifest, schemas.
 * Pure functions over in-memory files, so the build and the tests share them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Course } from '../src/content/types.js';
import { escapeMarkup } from './escape.js';
import { buildManifest, readSchemaFiles, type ManifestSco, type Standard } from './manifest.js';

export const STANDARDS: Standard[] = ['scorm12', 'scorm2004'];
export const COURSE_ID = 'samenspel-course';
const COURSE_TITLE = 'Samenspel: samenwerken met informele zorg';
const COURSE_DESCRIPTION =
  'E-learning voor sociale wijkteams over samenwerken met mantelzorgers en vrijwilligers: casusbespreking en competenties.';
const COURSE_VERSION = 1;

/** Built player files (from rollup) plus static assets, by file name. */
export interface BuiltAssets {
  'player.js': Uint8Array;
  /** Second classic script, loaded after the first page has painted (see rollup.config.mjs). */
  'player-later.js': Uint8Array;
  'player.css': Uint8Array;
  'embedded-lms-scorm12.js': Uint8Array;
  'embedded-lms-scorm2004.js': Uint8Array;
}

export interface BuildOptions {
  /** `exit` after completion; default keeps `suspend` so resume keeps working. */
  exitAfterCompletion?: 'suspend' | 'normal';
}

export type FileMap = Record<string, Uint8Array>;

const utf8 = (s: string) => new TextEncoder().encode(s);

/** JSON that is safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The launch page of one module. `assets` is the relative path to player files ('' or '../shared/'). */
export function launchHtml(course: Course, standard: Standard, assets: string, options: BuildOptions = {}): string {
  const exit = options.exitAfterCompletion === 'normal' ? ' data-exit="normal"' : '';
  return `<!doctype html>
<html lang="nl" data-standard="${standard}" data-assets="${assets}"${exit}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeMarkup(course.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${assets}player.css">
<script type="application/json" id="course-data">${scriptJson(course)}</script>
<script src="${assets}player.js" defer></script>
</head>
<body>
<div id="app"><p class="loading">De module wordt geladen…</p></div>
<noscript><p class="loading">Deze module heeft JavaScript nodig.</p></noscript>
</body>
</html>
`;
}

function playerFiles(assets: BuiltAssets, standard: Standard, prefix: string): FileMap {
  return {
    [`${prefix}player.js`]: assets['player.js'],
    [`${prefix}player-later.js`]: assets['player-later.js'],
    [`${prefix}player.css`]: assets['player.css'],
    [`${prefix}embedded-lms.js`]: assets[`embedded-lms-${standard}.js`],
  };
}

function mediaFiles(course: Course, moduleDir: string, prefix: string): FileMap {
  return Object.fromEntries(course.media.map((name) => [`${prefix}${name}`, readFileSync(join(moduleDir, name))]));
}

function sco(course: Course, launch: string, files: string[]): ManifestSco {
  return {
    id: course.id,
    title: course.title,
    description: course.description,
    version: course.version,
    totalMinutes: Math.round(course.totalMinutes),
    masteryScore: course.masteryScore,
    launch,
    files: [...files].sort(),
    objectives: course.objectives,
  };
}

/** One module as its own package: everything at the zip root. */
export function modulePackage(
  course: Course,
  moduleDir: string,
  standard: Standard,
  assets: BuiltAssets,
  options: BuildOptions = {},
): FileMap {
  const content: FileMap = {
    'index.html': utf8(launchHtml(course, standard, '', options)),
    ...playerFiles(assets, standard, ''),
    ...mediaFiles(course, moduleDir, ''),
  };
  const manifest = buildManifest(standard, {
    identifier: `samenspel-${course.id}`,
    title: course.title,
    description: course.description,
    version: course.version,
    scos: [sco(course, 'index.html', Object.keys(content))],
    sharedFiles: [],
  });
  return { ...content, 'imsmanifest.xml': utf8(manifest), ...readSchemaFiles(standard) };
}

/** The full-course manifest: every module its own SCO, player files shared. */
export function courseManifest(courses: Course[], standard: Standard): string {
  const shared = Object.keys(playerFiles({} as BuiltAssets, standard, 'shared/')).sort();
  return buildManifest(standard, {
    identifier: COURSE_ID,
    title: COURSE_TITLE,
    description: COURSE_DESCRIPTION,
    version: COURSE_VERSION,
    scos: courses.map((c) => sco(c, `${c.id}/index.html`, [`${c.id}/index.html`, ...c.media.map((m) => `${c.id}/${m}`)])),
    sharedFiles: shared,
  });
}

/** Every module in one package, each its own SCO. */
export function coursePackage(
  courses: { course: Course; dir: string }[],
  standard: Standard,
  assets: BuiltAssets,
  options: BuildOptions = {},
): FileMap {
  const files: FileMap = { ...playerFiles(assets, standard, 'shared/') };
  for (const { course, dir } of courses) {
    files[`${course.id}/index.html`] = utf8(launchHtml(course, standard, '../shared/', options));
    Object.assign(files, mediaFiles(course, dir, `${course.id}/`));
  }
  const manifest = courseManifest(
    courses.map((c) => c.course),
    standard,
  );
  return { ...files, 'imsmanifest.xml': utf8(manifest), ...readSchemaFiles(standard) };
}
