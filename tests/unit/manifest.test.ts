import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import {
  buildManifest,
  readSchemaFiles,
  schemaDir,
  schemaFiles,
  type ManifestInput,
  type ManifestSco,
  type Standard,
} from '../../packaging/manifest.js';
import { validateManifest } from '../../packaging/validate-xsd.js';
import { isoDuration, timespan12 } from '../../src/tracking/time-format.js';

const STANDARDS: Standard[] = ['scorm12', 'scorm2004'];
const HOSTILE = `<script>&"'`;

function sco(id: string, dir = `${id}/`): ManifestSco {
  return {
    id,
    title: `Module ${id}`,
    description: `Beschrijving van ${id}`,
    version: 3,
    totalMinutes: 20,
    masteryScore: 80,
    launch: `${dir}index.html`,
    files: [`${dir}index.html`, `${dir}content.json`, `${dir}img/foto.png`],
    objectives: [
      { id: `${id}-obj-1`, title: 'Eerste doel' },
      { id: `${id}-obj-2`, title: 'Tweede doel' },
    ],
  };
}

const single: ManifestInput = {
  identifier: 'samenspel-casusbespreking',
  title: 'Casusbespreking',
  description: 'Samen met mantelzorgers een casus bespreken.',
  version: 1,
  scos: [sco('casusbespreking', '')],
  sharedFiles: ['player/player.js', 'player/player.css'],
};

const course: ManifestInput = {
  identifier: 'samenspel',
  title: 'Samenspel',
  description: 'Volledige cursus.',
  version: 2,
  scos: [sco('intro'), sco('casusbespreking'), sco('3-afronding')],
  sharedFiles: ['player/player.js', 'player/player.css', 'player/fonts/inter.woff2'],
};

/** All <file href> values per resource identifier (XML-unescaped). */
function filesByResource(xml: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of xml.matchAll(/<resource identifier="([^"]+)"[^>]*>([\s\S]*?)<\/resource>/g)) {
    out.set(
      m[1],
      [...m[2].matchAll(/<file href="([^"]*)"\/>/g)].map((f) => unescape(f[1])),
    );
  }
  return out;
}

function unescape(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Evaluates an XPath string expression with a real XML parser (xmllint). */
function xpath(xml: string, expr: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-test-'));
  try {
    writeFileSync(join(dir, 'm.xml'), xml);
    const res = spawnSync('xmllint', ['--nonet', '--xpath', expr, join(dir, 'm.xml')], { encoding: 'utf8' });
    return res.stdout.replace(/\n$/, ''); // newer xmllint appends a newline
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.each(STANDARDS)('buildManifest(%s)', (standard) => {
  it('single-SCO manifest validates against the official XSDs', () => {
    expect(validateManifest(standard, buildManifest(standard, single))).toEqual({ valid: true, errors: [] });
  });

  it('3-SCO course manifest validates against the official XSDs', () => {
    expect(validateManifest(standard, buildManifest(standard, course))).toEqual({ valid: true, errors: [] });
  });

  it('validates without shared files (no asset resource, no dependency)', () => {
    const xml = buildManifest(standard, { ...course, sharedFiles: [] });
    expect(validateManifest(standard, xml).valid).toBe(true);
    expect(xml).not.toContain('<dependency');
    expect(xml).not.toContain('res-shared');
  });

  it('rejects a bogus adlcp scorm type value (wrapper checks extension attributes)', () => {
    const attr = standard === 'scorm12' ? 'adlcp:scormtype' : 'adlcp:scormType';
    const xml = buildManifest(standard, single).replace(`${attr}="sco"`, `${attr}="bogus"`);
    const res = validateManifest(standard, xml);
    expect(res.valid).toBe(false);
    expect(res.errors.join('\n')).toMatch(/scormtype.*bogus/i);
  });

  it('lists every file exactly once, in the right resource', () => {
    const xml = buildManifest(standard, course);
    const byRes = filesByResource(xml);
    for (const s of course.scos) expect(byRes.get(`res-${s.id}`)).toEqual([...s.files].sort());
    expect(byRes.get('res-shared')).toEqual([...course.sharedFiles].sort());
    const all = [...byRes.values()].flat();
    expect(all.length).toBe(new Set(all).size);
    expect(new Set(all)).toEqual(new Set([...course.scos.flatMap((s) => s.files), ...course.sharedFiles]));
    // each SCO depends on the shared asset
    expect(xml.match(/<dependency identifierref="res-shared"\/>/g)).toHaveLength(course.scos.length);
  });

  it('escapes hostile text and still validates', () => {
    const hostile: ManifestInput = {
      ...course,
      title: HOSTILE,
      description: HOSTILE,
      scos: course.scos.map((s) => ({ ...s, title: HOSTILE, description: HOSTILE })),
      sharedFiles: ['player/a&b.js'],
    };
    const xml = buildManifest(standard, hostile);
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;&amp;&quot;&apos;');
    expect(validateManifest(standard, xml)).toEqual({ valid: true, errors: [] });
    // a real parser reads back the original strings
    expect(xpath(xml, "string(//*[local-name()='organization']/*[local-name()='title'])")).toBe(HOSTILE);
    expect(xpath(xml, "string(//*[local-name()='item'][2]/*[local-name()='title'])")).toBe(HOSTILE);
    expect(filesByResource(xml).get('res-shared')).toEqual(['player/a&b.js']);
  });

  it('is deterministic', () => {
    expect(buildManifest(standard, course)).toBe(buildManifest(standard, structuredClone(course)));
    expect(buildManifest(standard, course)).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<manifest /);
  });

  it('rejects inconsistent input', () => {
    const bad = (patch: Partial<ManifestSco>) => () => buildManifest(standard, { ...single, scos: [{ ...single.scos[0], ...patch }] });
    expect(bad({ launch: 'missing.html' })).toThrow(/launch/);
    expect(bad({ id: 'Bad Id' })).toThrow(/SCO id/);
    expect(bad({ masteryScore: 101 })).toThrow(/masteryScore/);
    expect(bad({ files: ['index.html', '../x.js'], launch: 'index.html' })).toThrow(/invalid file path/);
    expect(bad({ objectives: [{ id: 'primary', title: 'x' }] })).toThrow(/objective id/);
    expect(() => buildManifest(standard, { ...single, sharedFiles: ['index.html'] })).toThrow(/more than once/);
    expect(() => buildManifest(standard, { ...course, scos: [course.scos[0], course.scos[0]] })).toThrow(/duplicate/);
    expect(() => buildManifest(standard, { ...single, identifier: '1abc' })).toThrow(/identifier/);
  });

  it('ships schema files that exist', () => {
    for (const name of schemaFiles[standard]) expect(existsSync(join(schemaDir(standard), name))).toBe(true);
    expect(Object.keys(readSchemaFiles(standard))).toEqual(schemaFiles[standard]);
  });

  it('reports well-formedness errors', () => {
    const res = validateManifest(standard, buildManifest(standard, single).replace('</organizations>', ''));
    expect(res.valid).toBe(false);
    expect(res.errors.length).toBeGreaterThan(0);
  });
});

describe('SCORM 1.2 specifics', () => {
  const xml = buildManifest('scorm12', course);

  it('has ADL SCORM 1.2 metadata, mastery scores and imsmd learning time', () => {
    expect(xml).toContain('<schema>ADL SCORM</schema>');
    expect(xml).toContain('<schemaversion>1.2</schemaversion>');
    expect(xml).toContain('<imsmd:langstring xml:lang="nl">Samenspel</imsmd:langstring>');
    expect(xml).toContain('<imsmd:datetime>01:00:00</imsmd:datetime>'); // 3 x 20 min
    expect(xml.match(/<adlcp:masteryscore>80<\/adlcp:masteryscore>/g)).toHaveLength(3);
    expect(xml.match(/adlcp:scormtype="sco"/g)).toHaveLength(3);
    expect(xml).toContain('adlcp:scormtype="asset"');
  });

  it('rejects a misspelled adlcp attribute (strict wildcard + imported adlcp schema)', () => {
    const res = validateManifest('scorm12', xml.replace('adlcp:scormtype="sco"', 'adlcp:scromtype="sco"'));
    expect(res.valid).toBe(false);
    expect(res.errors.join('\n')).toMatch(/scromtype/);
  });

  it('rejects an unknown imsmd element (LOM really is validated)', () => {
    const res = validateManifest('scorm12', xml.replace(/imsmd:language>/g, 'imsmd:lang>'));
    expect(res.valid).toBe(false);
  });

  it('formats the typical learning time', () => {
    expect(timespan12(20)).toBe('00:20:00');
    expect(timespan12(125.5)).toBe('02:05:30');
  });
});

describe('SCORM 2004 4th Edition specifics', () => {
  const xml = buildManifest('scorm2004', { ...course, scos: course.scos.map((s, i) => ({ ...s, masteryScore: 70 + i * 5 })) });

  it('has 2004 metadata, LOM, sequencing and objectives', () => {
    expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(xml).toContain('<lom xmlns="http://ltsc.ieee.org/xsd/LOM">');
    expect(xml).toContain('<duration>PT1H</duration>');
    expect(xml).toContain('<duration>PT20M</duration>');
    expect(xml.match(/satisfiedByMeasure="true"/g)).toHaveLength(3);
    for (const v of ['0.7', '0.75', '0.8']) expect(xml).toContain(`<imsss:minNormalizedMeasure>${v}</imsss:minNormalizedMeasure>`);
    for (const s of course.scos) {
      for (const o of s.objectives) expect(xml).toContain(`<imsss:objective objectiveID="${o.id}"/>`);
    }
    expect(xml.match(/<organization /g)).toHaveLength(1);
    expect(xml.match(/<item /g)).toHaveLength(3);
    expect(xml.match(/adlcp:scormType="sco"/g)).toHaveLength(3);
  });

  it('rejects invalid sequencing (imsss is validated)', () => {
    expect(validateManifest('scorm2004', xml.replace('>0.7<', '>1.5<')).valid).toBe(false);
    expect(validateManifest('scorm2004', xml.replace('flow="true"', 'flow="yes"')).valid).toBe(false);
  });

  it('needs the wrapper: imscp_v1p1.xsd alone accepts a bogus adlcp:scormType', () => {
    const bogus = xml.replace('adlcp:scormType="sco"', 'adlcp:scormType="bogus"');
    const dir = mkdtempSync(join(tmpdir(), 'manifest-test-'));
    try {
      writeFileSync(join(dir, 'imsmanifest.xml'), bogus);
      const cpOnly = join(schemaDir('scorm2004'), 'imscp_v1p1.xsd');
      const res = spawnSync('xmllint', ['--nonet', '--noout', '--schema', cpOnly, join(dir, 'imsmanifest.xml')]);
      expect(res.status).toBe(0); // lax wildcard: unknown namespace is skipped
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(validateManifest('scorm2004', bogus).valid).toBe(false);
  });

  it('formats ISO 8601 durations', () => {
    expect(isoDuration(20)).toBe('PT20M');
    expect(isoDuration(90)).toBe('PT1H30M');
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(0.5)).toBe('PT30S');
  });
});
