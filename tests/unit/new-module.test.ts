/**
 * `npm run new-module` (issue 13): the scaffold passes every content check, packs into valid SCORM
 * packages, and the root manifest is rewritten with the new module. Runs in a temp modules folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAllModules, loadModule } from '../../src/content/load-module.js';
import { courseManifest, modulePackage, type BuiltAssets } from '../../packaging/packages.js';
import { checkNewModule } from '../../packaging/new-module.js';
import { validateManifest } from '../../packaging/validate-xsd.js';
import { FIXTURE_MODULES, REPO_ROOT } from '../support/fixtures.js';

const work = mkdtempSync(join(tmpdir(), 'samenspel-new-module-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const modules = join(work, 'modules');
const manifest = join(work, 'imsmanifest.xml');
cpSync(join(FIXTURE_MODULES, 'mini'), join(modules, 'mini'), { recursive: true });

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'packaging/new-module.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });

describe('npm run new-module', () => {
  it('scaffolds a module that passes every content check and packs into valid packages; the root manifest lists it', () => {
    const result = run('mijn-module', 'Mijn module: samen sterk', `--modules=${modules}`, `--manifest=${manifest}`);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Created ${join(modules, 'mijn-module')}/`);
    const text = readFileSync(join(modules, 'mijn-module', 'module.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../src/content/module.schema.json');

    const course = loadModule(join(modules, 'mijn-module'));
    expect(course.title).toBe('Mijn module: samen sterk');
    expect(course.pages.map((p) => p.type)).toEqual(['info', 'casus', 'reflection', 'quiz', 'summary', 'closing']);
    const stub = new Uint8Array();
    const assets: BuiltAssets = {
      'player.js': stub,
      'player-later.js': stub,
      'player.css': stub,
      'embedded-lms-scorm12.js': stub,
      'embedded-lms-scorm2004.js': stub,
    };
    for (const standard of ['scorm12', 'scorm2004'] as const) {
      const files = modulePackage(course, join(modules, 'mijn-module'), standard, assets);
      expect(files['model.svg']).toBeDefined();
      const validation = validateManifest(standard, new TextDecoder().decode(files['imsmanifest.xml']));
      expect(validation.errors).toEqual([]);
    }
    expect(readFileSync(manifest, 'utf8')).toBe(courseManifest(loadAllModules(modules), 'scorm2004'));
    expect(readFileSync(manifest, 'utf8')).toContain('mijn-module');
  });

  it('refuses a bad id, an existing folder, a missing title and a title too long for the header', () => {
    expect(checkNewModule('Mijn_Module', 'x', modules)).toBe(
      'id "Mijn_Module" may only contain lowercase letters, digits and hyphens (at most 64), e.g. mijn-module',
    );
    expect(checkNewModule('mini', 'x', modules)).toBe(`${join(modules, 'mini')} already exists: choose another id`);
    expect(checkNewModule('nieuw', undefined, modules)).toBe(
      'Give an id and a title, e.g. npm run new-module -- mijn-module "Mijn module"',
    );
    expect(checkNewModule('nieuw', 'x'.repeat(101), modules)).toBe(
      'title is 101 characters, at most 100: de moduletitel staat in de kop; op een telefoon (320 px breed) past hooguit 100 tekens in drie regels',
    );
    const refused = run('mini', 'Dubbel', `--modules=${modules}`);
    expect(refused.status).toBe(2);
    expect(refused.stderr.trim()).toBe(`${join(modules, 'mini')} already exists: choose another id`);
    expect(existsSync(join(REPO_ROOT, 'modules', 'mini'))).toBe(false);
  });
});
