import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, it, expect } from 'vitest';
import { buildManifest, readSchemaFiles, type Standard } from '../../packaging/manifest.js';
import { deterministicZip, listZip, unzipToDir } from '../../packaging/zip.js';

const enc = new TextEncoder();

function sampleFiles(): Record<string, Uint8Array> {
  return {
    'index.html': enc.encode('<!doctype html><title>x</title>'.repeat(50)),
    'img/foto.png': new Uint8Array([137, 80, 78, 71, 1, 2, 3]),
    'player/player.js': enc.encode('console.log("hallo");\n'.repeat(100)),
    'Z-upper.txt': enc.encode('upper case sorts before lower case'),
    'player/player.css': enc.encode('body{margin:0}'),
  };
}

function reversed(files: Record<string, Uint8Array>): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const key of Object.keys(files).reverse()) out[key] = files[key];
  return out;
}

function withTmp<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'zip-test-'));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('deterministicZip', () => {
  it('is byte-identical regardless of insertion order', () => {
    const a = deterministicZip(sampleFiles());
    const b = deterministicZip(reversed(sampleFiles()));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('changes when content changes', () => {
    const files = sampleFiles();
    const a = deterministicZip(files);
    files['index.html'] = enc.encode('other');
    expect(Buffer.from(a).equals(Buffer.from(deterministicZip(files)))).toBe(false);
  });

  it('stores entries sorted by path (code-unit order)', () => {
    expect(listZip(deterministicZip(reversed(sampleFiles())))).toEqual([
      'Z-upper.txt',
      'img/foto.png',
      'index.html',
      'player/player.css',
      'player/player.js',
    ]);
  });

  it('uses the fixed 2000-01-01 00:00 DOS timestamp', () => {
    const zip = deterministicZip(sampleFiles());
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    expect(view.getUint32(0, true)).toBe(0x04034b50); // local file header
    expect(view.getUint16(10, true)).toBe(0); // time 00:00:00
    expect(view.getUint16(12, true)).toBe(((2000 - 1980) << 9) | (1 << 5) | 1);
  });

  it('round-trips through unzipSync and unzipToDir', () => {
    const files = sampleFiles();
    const zip = deterministicZip(files);
    const back = unzipSync(zip);
    expect(Object.keys(back).sort()).toEqual(Object.keys(files).sort());
    for (const [name, data] of Object.entries(files)) expect(Buffer.from(back[name]).equals(Buffer.from(data))).toBe(true);
    withTmp((dir) => {
      expect(unzipToDir(zip, dir).sort()).toEqual(Object.keys(files).sort());
      for (const [name, data] of Object.entries(files)) {
        expect(readFileSync(join(dir, name)).equals(Buffer.from(data))).toBe(true);
      }
    });
  });

  it('rejects unsafe or ambiguous paths', () => {
    for (const bad of ['/abs.txt', '../up.txt', 'a//b.txt', 'a\\b.txt', 'dir/', '42']) {
      expect(() => deterministicZip({ [bad]: new Uint8Array(1) })).toThrow(/invalid zip path/);
    }
  });
});

describe.each<Standard>(['scorm12', 'scorm2004'])('full %s package', (standard) => {
  it('round-trips and validates against the schemas shipped at the zip root', () => {
    const manifest = buildManifest(standard, {
      identifier: 'samenspel-test',
      title: 'Test',
      description: 'Test',
      version: 1,
      scos: [
        {
          id: 'test',
          title: 'Test',
          description: 'Test',
          version: 1,
          totalMinutes: 15,
          masteryScore: 80,
          launch: 'index.html',
          files: ['index.html'],
          objectives: [{ id: 'obj-1', title: 'Doel' }],
        },
      ],
      sharedFiles: ['player/player.js'],
    });
    const files = {
      ...sampleFiles(),
      ...readSchemaFiles(standard),
      'imsmanifest.xml': enc.encode(manifest),
    };
    const zip = deterministicZip(files);
    expect(listZip(zip)).toContain('imsmanifest.xml');
    withTmp((dir) => {
      unzipToDir(zip, dir);
      // Flat wrapper next to the shipped XSDs: proves the shipped set is complete.
      const ns =
        standard === 'scorm12'
          ? [
              ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
              ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
              ['http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', 'imsmd_rootv1p2p1.xsd'],
            ]
          : [
              ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
              ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
              ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
              ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
              ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
            ];
      const wrapper =
        '<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:test">' +
        ns.map(([n, loc]) => `<xsd:import namespace="${n}" schemaLocation="${loc}"/>`).join('') +
        '</xsd:schema>';
      writeFileSync(join(dir, 'wrapper.xsd'), wrapper);
      const res = spawnSync('xmllint', ['--nonet', '--noout', '--schema', join(dir, 'wrapper.xsd'), join(dir, 'imsmanifest.xml')], {
        encoding: 'utf8',
      });
      expect(res.stderr).toContain('imsmanifest.xml validates');
      expect(res.status).toBe(0);
    });
  });
});
