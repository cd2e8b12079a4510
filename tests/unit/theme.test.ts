import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { brandShades, contrastRatio, mix } from '../../src/content/color.js';
import { ContentError, loadModule } from '../../src/content/load-module.js';
import { FIXTURE_MODULES } from '../support/fixtures.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Loads a copy of the mini module after `mutate` changed its parsed YAML. */
function loadWith(mutate: (raw: any) => void) {
  const root = mkdtempSync(join(tmpdir(), 'samenspel-theme-'));
  dirs.push(root);
  const folder = join(root, 'mini');
  cpSync(join(FIXTURE_MODULES, 'mini'), folder, { recursive: true });
  const raw = parse(readFileSync(join(folder, 'module.yaml'), 'utf8'));
  mutate(raw);
  writeFileSync(join(folder, 'module.yaml'), stringify(raw));
  return loadModule(folder);
}

function contentError(load: () => unknown): ContentError {
  try {
    load();
  } catch (e) {
    if (e instanceof ContentError) return e;
    throw e;
  }
  throw new Error('expected a ContentError');
}

describe('contrast arithmetic (WCAG 2.1)', () => {
  it('computes the known ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(contrastRatio('#767676', '#ffffff'), 10);
  });

  it('derives a darker text shade and a soft tint that keep their contrast', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
    for (const brand of ['#0b5d5e', '#5a2a82', '#767676', '#1565c0']) {
      const { strong, soft } = brandShades(brand);
      expect(contrastRatio(strong, '#ffffff')).toBeGreaterThan(contrastRatio(brand, '#ffffff'));
      expect(contrastRatio(strong, soft)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio('#1b2430', soft)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('module theme: brand colour contrast is checked at build time', () => {
  it('accepts a dark brand colour, a logo and an organisation name', () => {
    const course = loadWith((raw) => (raw.theme = { brand: '#0b5d5e', logo: 'model.svg', organisation: 'Gemeente Test' }));
    expect(course.theme).toEqual({ brand: '#0b5d5e', logo: 'model.svg', organisation: 'Gemeente Test' });
    expect(course.media).toContain('model.svg');
  });

  it('accepts a brand colour just above 4.5:1 (#767676, 4.54:1)', () => {
    expect(loadWith((raw) => (raw.theme = { brand: '#767676' })).theme?.brand).toBe('#767676');
  });

  it.each([
    ['#777777', '4.47'],
    ['#ffcc00', '1.51'],
    ['#4caf50', '2.77'],
  ])('stops the build for %s (%s:1 with white text) with file, line, path theme.brand and a clear message', (brand, ratio) => {
    const error = contentError(() => loadWith((raw) => (raw.theme = { organisation: 'Gemeente Test', brand })));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0].path).toBe('theme.brand');
    expect(error.issues[0].line).toBeGreaterThan(0);
    expect(error.message).toContain(`brand colour "${brand}" has a contrast of ${ratio}:1 with white text`);
    expect(error.message).toMatch(/mini[/\\]module\.yaml:\d+ {2}theme\.brand: .*at least 4\.5:1 is needed/);
  });

  it('still rejects a brand colour that is not #rrggbb (schema)', () => {
    expect(contentError(() => loadWith((raw) => (raw.theme = { brand: 'teal' }))).message).toMatch(/theme\.brand/);
  });
});

describe('video pages: captions', () => {
  it('requires a WebVTT captions file when the page has a video file', () => {
    const error = contentError(() =>
      loadWith((raw) => {
        const film = raw.pages.find((p: any) => p.type === 'video');
        film.src = 'model.svg'; // any existing file stands in for the video here
      }),
    );
    expect(error.message).toMatch(/pages\[4\] \([a-z0-9-]+\)\.captions: a video needs a WebVTT captions file/);
  });

  it('accepts a video page without a video file (transcript only)', () => {
    const course = loadWith(() => {});
    const film = course.pages.find((p) => p.type === 'video');
    expect(film?.type === 'video' && film.src).toBeFalsy();
  });
});
