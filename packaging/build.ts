/**
 * Build: validate every module, bundle the player, write one SCORM 1.2 and one SCORM 2004
 * package per module plus the full-course packages, deterministically.
 *
 *   tsx packaging/build.ts [--quiet] [--exit=normal|suspend] [--write-root-manifest] [--modules=dir] [--out=dir]
 *
 * A content mistake stops the build before anything is written.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ContentError, loadAllModules } from '../src/content/load-module.js';
import { bundlePlayer, type Phases } from './bundle.js';
import { durationTable } from './duration-table.js';
import { coordinatorSheet, coordinatorSheetName } from './coordinator-sheet.js';
import type { Standard } from './manifest.js';
import { COURSE_ID, STANDARDS, courseManifest, coursePackage, modulePackage, type BuildOptions, type FileMap } from './packages.js';
import { validateManifest } from './validate-xsd.js';
import { deterministicZip } from './zip.js';
import { CliError, parseOptions, usage, type OptionSpecs } from './cli.js';

const OPTIONS = {
  quiet: { type: 'boolean', help: 'print only warnings and errors' },
  exit: { type: 'string', choices: ['suspend', 'normal'], help: 'cmi exit after completion (default suspend)' },
  'write-root-manifest': { type: 'boolean', help: 'rewrite imsmanifest.xml in the repo root' },
  modules: { type: 'string', help: 'folder with the module folders (default modules)' },
  out: { type: 'string', help: 'output folder (default dist)' },
  help: { type: 'boolean', help: 'show this help' },
} as const satisfies OptionSpecs;

function readOptions() {
  try {
    return parseOptions(process.argv.slice(2), OPTIONS).values;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    console.error(`${error.message}\n\n${usage('npm run build --', OPTIONS)}`);
    process.exit(2);
  }
}
const cli = readOptions();
if (cli.help) {
  console.log(usage('npm run build --', OPTIONS));
  process.exit(0);
}
const quiet = cli.quiet ?? false;
const options: BuildOptions = { exitAfterCompletion: cli.exit === 'normal' ? 'normal' : 'suspend' };
const MODULES = cli.modules ?? 'modules';
const DIST = cli.out ?? 'dist';
/** The root manifest describes the repo's own modules only. */
const ROOT_MANIFEST = MODULES === 'modules';
const log = (...m: unknown[]) => !quiet && console.log(...m);

function xmllintAvailable(): boolean {
  return ['/usr/bin/xmllint', '/usr/local/bin/xmllint'].some(existsSync);
}

function writeSite(name: string, files: FileMap): void {
  const root = join(DIST, 'site', name);
  rmSync(root, { recursive: true, force: true });
  for (const [path, bytes] of Object.entries(files)) {
    const target = join(root, path);
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, bytes);
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const phases: Phases = {};
  let mark = started;
  /** Closes the running phase: its time goes under `name`. */
  const phase = (name: string) => {
    const now = performance.now();
    phases[name] = (phases[name] ?? 0) + (now - mark);
    mark = now;
  };
  let courses;
  try {
    courses = loadAllModules(MODULES).map((course) => ({ course, dir: join(MODULES, course.id) }));
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(`Content errors — no package was written:\n${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  phase('content (load + validate modules)');
  const bundlePhases: Phases = {};
  const assets = await bundlePlayer('rollup.config.mjs', bundlePhases);
  Object.assign(phases, bundlePhases);
  mark = performance.now();
  const validate = xmllintAvailable();
  const packages: { name: string; standard: Standard; files: FileMap }[] = [];
  for (const standard of STANDARDS) {
    for (const { course, dir } of courses) {
      packages.push({ name: `${course.id}-${standard}`, standard, files: modulePackage(course, dir, standard, assets, options) });
    }
    packages.push({ name: `${COURSE_ID}-${standard}`, standard, files: coursePackage(courses, standard, assets, options) });
  }
  phase('package file maps');
  if (validate) {
    for (const p of packages) {
      const result = validateManifest(p.standard, new TextDecoder().decode(p.files['imsmanifest.xml']));
      if (!result.valid) {
        console.error(`Manifest of ${p.name} does not validate — no package was written:\n${result.errors.join('\n')}`);
        process.exit(1);
      }
    }
  }

  phase('manifests (xmllint)');

  mkdirSync(DIST, { recursive: true });
  // The bundles too (tests/support/packaged.ts packages test modules with them instead of bundling again).
  mkdirSync(join(DIST, 'build'), { recursive: true });
  for (const [name, bytes] of Object.entries(assets)) writeFileSync(join(DIST, 'build', name), bytes as Uint8Array);
  const rows: string[][] = [];
  for (const p of packages) {
    const zip = deterministicZip(p.files);
    writeFileSync(join(DIST, `${p.name}.zip`), zip);
    writeSite(p.name, p.files);
    rows.push([
      `${p.name}.zip`,
      p.standard === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004 4th',
      String(Object.keys(p.files).length),
      `${(zip.length / 1024).toFixed(1)} KB`,
    ]);
  }
  // One printable sheet per module for training coordinators (what the LMS report's ids and letters mean).
  for (const { course } of courses) writeFileSync(join(DIST, coordinatorSheetName(course)), coordinatorSheet(course));
  phase('zips + site + sheets');

  const rootManifest = courseManifest(
    courses.map((c) => c.course),
    'scorm2004',
  );
  if (!ROOT_MANIFEST) {
    // another modules folder: the repo's root manifest is not about it
  } else if (cli['write-root-manifest']) writeFileSync('imsmanifest.xml', rootManifest);
  else if (!existsSync('imsmanifest.xml') || readFileSync('imsmanifest.xml', 'utf8') !== rootManifest) {
    console.warn('imsmanifest.xml (repo root) is out of date: run `npm run manifest`.');
  }

  phase('root manifest');
  const total = performance.now() - started;
  writeFileSync(
    join(DIST, 'build', 'phases.json'),
    `${JSON.stringify({ totalMs: Math.round(total), phases: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Math.round(v)])) }, null, 2)}\n`,
  );
  const header = ['package', 'standard', 'files', 'size'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  log(line(header));
  log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.forEach((r) => log(line(r)));
  log(`\nDuration (estimate rule: docs/module-format.md; individual path at most 20 min):\n${durationTable(courses.map((c) => c.course))}`);
  log(
    `\n${courses.length} module(s), ${packages.length} packages in ${DIST}/ in ${((performance.now() - started) / 1000).toFixed(1)} s` +
      `\nPhases: ${Object.entries(phases)
        .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`)
        .join(' · ')}` +
      (validate ? '; every manifest valid against the SCORM XSDs' : '; xmllint missing: manifests not validated (install libxml2-utils)'),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
