import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAllModules } from '../../src/content/load-module.js';
import { courseManifest, STANDARDS } from '../../packaging/packages.js';
import { validateManifest } from '../../packaging/validate-xsd.js';
import { listZip } from '../../packaging/zip.js';
import { unzipSync } from 'fflate';
import { ensureBuilt } from '../support/ensure-built.js';

const courses = loadAllModules('modules');

describe('built packages (dist/, built first when missing or stale)', () => {
  beforeAll(() => ensureBuilt(), 300_000);

  it('the root imsmanifest.xml equals the full-course manifest generated from modules/', () => {
    expect(readFileSync('imsmanifest.xml', 'utf8')).toBe(courseManifest(courses, 'scorm2004'));
  });

  const zips = STANDARDS.flatMap((std) =>
    [...courses.map((c) => `${c.id}-${std}`), `samenspel-course-${std}`].map((name) => ({ name, std })),
  );

  it.each(zips)('$name: manifest at the zip root validates against the official XSDs', ({ name, std }) => {
    const files = unzipSync(new Uint8Array(readFileSync(`dist/${name}.zip`)));
    const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
    const result = validateManifest(std, manifest);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it.each(zips)('$name: every file is listed in the manifest or is a schema file, and every listed file exists', ({ name }) => {
    const files = listZip(new Uint8Array(readFileSync(`dist/${name}.zip`)));
    const manifest = new TextDecoder().decode(unzipSync(new Uint8Array(readFileSync(`dist/${name}.zip`)))['imsmanifest.xml']);
    const listed = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(listed).size).toBe(listed.length);
    for (const f of listed) expect(files).toContain(f);
    const unlisted = files.filter((f) => f !== 'imsmanifest.xml' && !listed.includes(f));
    for (const f of unlisted) expect(f).toMatch(/\.(xsd|dtd)$/);
  });

  it('launch pages load nothing from outside the package (no http(s) URLs in index.html)', () => {
    for (const c of courses) {
      const files = unzipSync(new Uint8Array(readFileSync(`dist/${c.id}-scorm2004.zip`)));
      const html = new TextDecoder().decode(files['index.html']);
      expect(html).toMatch(/<html lang="nl"/);
      expect(html.replace(/<script type="application\/json"[\s\S]*?<\/script>/, '')).not.toMatch(/https?:\/\//);
    }
  });

  it.each(zips)('$name: the player scripts start with the V8 compile hint, the embedded LMS does not', ({ name }) => {
    const files = unzipSync(new Uint8Array(readFileSync(`dist/${name}.zip`)));
    const scripts = Object.keys(files).filter((f) => f.endsWith('.js'));
    const base = (f: string) => f.replace(/^.*\//, '');
    expect(scripts.map(base).sort()).toEqual(expect.arrayContaining(['embedded-lms.js', 'player-later.js', 'player.js']));
    for (const f of scripts) {
      const first = new TextDecoder().decode(files[f].subarray(0, 40)).split('\n')[0];
      // The exact line V8 looks for (https://v8.dev/blog/explicit-compile-hints); not on the embedded LMS.
      if (base(f) === 'embedded-lms.js') expect(first, f).not.toContain('allFunctionsCalledOnLoad');
      else expect(first, f).toBe('//# allFunctionsCalledOnLoad');
    }
  });
});
