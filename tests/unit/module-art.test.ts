/**
 * Module art: every module has a cover and every casus person a portrait; each file is a small,
 * self-contained SVG that ships in the package and matches what packaging/art generates.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadAllModules } from '../../src/content/load-module.js';
import { COVERS } from '../../packaging/art/covers.js';
import { PEOPLE } from '../../packaging/art/portraits.js';
import { portraitSvg } from '../../packaging/art/portrait.js';
import { svgDoc } from '../../packaging/art/svg-kit.js';

const MODULES = 'modules';
const courses = loadAllModules(MODULES);
const COVER_MAX = 12 * 1024;
const PORTRAIT_MAX = 3 * 1024;

interface Art {
  module: string;
  file: string;
  kind: 'cover' | 'portrait';
  alt: string;
  person?: string;
}

/** Read from the module files as authors wrote them (not from the generator's tables). */
const art: Art[] = courses.flatMap((course) => {
  const raw = parse(readFileSync(join(MODULES, course.id, 'module.yaml'), 'utf8'));
  const items: Art[] = [];
  if (raw.cover) items.push({ module: course.id, file: raw.cover.image, kind: 'cover', alt: raw.cover.alt });
  for (const page of raw.pages) {
    if (page.type !== 'casus') continue;
    for (const person of page.persons) {
      if (person.portrait)
        items.push({ module: course.id, file: person.portrait.src, kind: 'portrait', alt: person.portrait.alt, person: person.name });
    }
  }
  return items;
});

function viewBox(svg: string): [number, number] {
  const root = svg.match(/^<svg\b[^>]*>/)?.[0] ?? '';
  const m = root.match(/\bviewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/);
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

describe('module art', () => {
  it('every module has a cover and every casus person a portrait, with a Dutch alt that names the person', () => {
    expect(courses.length).toBe(11);
    const missing: string[] = [];
    for (const course of courses) {
      if (!course.cover) missing.push(`${course.id}: cover`);
      for (const page of course.pages) {
        if (page.type !== 'casus') continue;
        for (const person of page.persons ?? []) {
          if (!person.portrait) {
            missing.push(`${course.id}: ${person.name}`);
            continue;
          }
          const shortName = person.name.replace(/ \(fictief\)$/, '').replace(/^Mevrouw |^Meneer /, '');
          expect(person.portrait.alt, person.name).toMatch(/^Getekend portret van /);
          expect(person.portrait.alt, person.name).toContain(shortName);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(art.filter((a) => a.kind === 'portrait').length).toBe(53);
  });

  it.each(art)('$module/$file: a self-contained SVG with a viewBox and no script, text or outside reference', ({ module, file, kind }) => {
    const path = join(MODULES, module, file);
    expect(existsSync(path)).toBe(true);
    expect(file).toMatch(kind === 'cover' ? /^cover\.svg$/ : /^portrait-[a-z0-9-]+\.svg$/);
    const svg = readFileSync(path, 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[ >]/);
    const [w, h] = viewBox(svg);
    if (kind === 'cover') expect(w).toBeGreaterThan(h);
    else expect(w).toBe(h);
    expect(h).toBeGreaterThan(0);
    const root = svg.match(/^<svg\b[^>]*>/)![0];
    expect(root).not.toMatch(/\brole=|\baria-/);
    expect(svg).not.toMatch(/<script|<text|<foreignObject|<image|<style|<title|@import|@font-face/i);
    expect(svg).not.toMatch(/\bon[a-z]+\s*=/i);
    // The only references allowed are to ids inside the same file (clip paths).
    for (const ref of svg.matchAll(/(?:href\s*=\s*"|url\()([^")]*)/g)) expect(ref[1]).toMatch(/^#[\w-]+$/);
  });

  it.each(art)('$module/$file stays under its size limit (cover 12 KB, portrait 3 KB)', ({ module, file, kind }) => {
    expect(statSync(join(MODULES, module, file)).size).toBeLessThanOrEqual(kind === 'cover' ? COVER_MAX : PORTRAIT_MAX);
  });

  it('every SVG is well-formed XML (xmllint)', () => {
    const files = art.map((a) => join(MODULES, a.module, a.file));
    expect(() => execFileSync('xmllint', ['--noout', ...files], { stdio: 'pipe' })).not.toThrow();
  });

  it('the art ships in the package: each module lists its cover and portraits as media', () => {
    for (const course of courses) {
      const expected = art.filter((a) => a.module === course.id).map((a) => a.file);
      for (const f of expected) expect(course.media, `${course.id}: ${f}`).toContain(f);
    }
  });

  it('the committed files are what packaging/art generates (run npx tsx packaging/art/portraits.ts and covers.ts)', () => {
    for (const person of PEOPLE) {
      const file = join(MODULES, person.module, `portrait-${person.slug}.svg`);
      expect(readFileSync(file, 'utf8'), file).toBe(portraitSvg(person.specs));
      const wired = art.find((a) => a.module === person.module && a.person === person.name);
      expect(wired, `${person.module}: ${person.name}`).toMatchObject({ file: `portrait-${person.slug}.svg`, alt: person.alt });
    }
    for (const [id, cover] of Object.entries(COVERS)) {
      expect(readFileSync(join(MODULES, id, 'cover.svg'), 'utf8'), id).toBe(svgDoc(640, 360, cover.draw()));
      expect(art.find((a) => a.module === id && a.kind === 'cover')?.alt).toBe(cover.alt);
    }
  });
});
