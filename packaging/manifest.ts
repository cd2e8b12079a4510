/**
 * imsmanifest.xml generation for SCORM 1.2 and SCORM 2004 4th Edition.
 *
 * Output is deterministic (no dates, no random ids) so that identical input
 * yields byte-identical manifests and therefore byte-identical zips.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Standard } from '../src/tracking/cmi-mapping.js';
import { isoDuration, timespan12 } from '../src/tracking/time-format.js';
import { escapeMarkup } from './escape.js';

export type { Standard };

export interface ManifestSco {
  /** Module id, [a-z0-9-]. */
  id: string;
  title: string;
  description: string;
  version: number;
  /** Typical learning time in minutes. */
  totalMinutes: number;
  /** Mastery score, 0-100. */
  masteryScore: number;
  /** Launch file relative to package root, e.g. "casusbespreking/index.html". */
  launch: string;
  /** Every file of this SCO relative to package root; must include `launch`. */
  files: string[];
  objectives: { id: string; title: string }[];
}

export interface ManifestInput {
  /** Manifest identifier, e.g. "samenspel-casusbespreking". */
  identifier: string;
  title: string;
  description: string;
  version: number;
  /** 1 for a module package, N for the full-course package. */
  scos: ManifestSco[];
  /** Files used by all SCOs, listed in one shared asset resource (may be empty). */
  sharedFiles: string[];
}

/** Language of all learner-facing metadata. */
const LANG = 'nl';
/** Identifier of the shared asset resource. */
const SHARED_RES = 'res-shared';

/**
 * XSD/DTD files shipped at the zip root of each package, relative to
 * `packaging/schemas/<standard>/` (and to the zip root).
 */
export const schemaFiles: Record<Standard, string[]> = {
  scorm12: ['adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd'],
  scorm2004: [
    'XMLSchema.dtd',
    'adlcp_v1p3.xsd',
    'adlnav_v1p3.xsd',
    'adlseq_v1p3.xsd',
    'datatypes.dtd',
    'imscp_v1p1.xsd',
    'imsss_v1p0.xsd',
    'imsss_v1p0auxresource.xsd',
    'imsss_v1p0control.xsd',
    'imsss_v1p0delivery.xsd',
    'imsss_v1p0limit.xsd',
    'imsss_v1p0objective.xsd',
    'imsss_v1p0random.xsd',
    'imsss_v1p0rollup.xsd',
    'imsss_v1p0seqrule.xsd',
    'imsss_v1p0util.xsd',
    'xml.xsd',
  ],
};

/** Absolute directory holding the official schema files of a standard. */
export function schemaDir(standard: Standard): string {
  return fileURLToPath(new URL(`./schemas/${standard}/`, import.meta.url));
}

/** Reads the schema files to ship, keyed by their zip-root path. */
export function readSchemaFiles(standard: Standard): Record<string, Uint8Array> {
  const dir = schemaDir(standard);
  const out: Record<string, Uint8Array> = {};
  for (const name of schemaFiles[standard]) out[name] = new Uint8Array(readFileSync(dir + name));
  return out;
}

const x = escapeMarkup;

/** Builds a complete imsmanifest.xml for the given standard. */
export function buildManifest(standard: Standard, input: ManifestInput): string {
  validateInput(input);
  const body = standard === 'scorm12' ? manifest12(input) : manifest2004(input);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body.join('\n')}\n`;
}

// ---------------------------------------------------------------- SCORM 1.2

function manifest12(m: ManifestInput): string[] {
  const totalMinutes = m.scos.reduce((sum, s) => sum + s.totalMinutes, 0);
  const lines = [
    `<manifest identifier="${x(m.identifier)}" version="${x(String(m.version))}"`,
    '  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
    '  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
    '  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"',
    '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd' +
      ' http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd' +
      ' http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd">',
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    ...lom12(m.title, m.description, m.version, totalMinutes, '    '),
    '  </metadata>',
    `  <organizations default="org-${x(m.identifier)}">`,
    `    <organization identifier="org-${x(m.identifier)}">`,
    `      <title>${x(m.title)}</title>`,
  ];
  for (const s of m.scos) {
    lines.push(
      `      <item identifier="item-${s.id}" identifierref="res-${s.id}">`,
      `        <title>${x(s.title)}</title>`,
      `        <adlcp:masteryscore>${formatNumber(s.masteryScore)}</adlcp:masteryscore>`,
      '      </item>',
    );
  }
  lines.push('    </organization>', '  </organizations>', '  <resources>');
  for (const s of m.scos) {
    lines.push(
      `    <resource identifier="res-${s.id}" type="webcontent" adlcp:scormtype="sco" href="${x(s.launch)}">`,
      '      <metadata>',
      ...lom12(s.title, s.description, s.version, s.totalMinutes, '        '),
      '      </metadata>',
      ...fileLines(s.files, '      '),
    );
    if (m.sharedFiles.length) lines.push(`      <dependency identifierref="${SHARED_RES}"/>`);
    lines.push('    </resource>');
  }
  if (m.sharedFiles.length) {
    lines.push(
      `    <resource identifier="${SHARED_RES}" type="webcontent" adlcp:scormtype="asset">`,
      ...fileLines(m.sharedFiles, '      '),
      '    </resource>',
    );
  }
  lines.push('  </resources>', '</manifest>');
  return lines;
}

/** Inline IMS MD 1.2.1 LOM record (SCORM 1.2). */
function lom12(title: string, description: string, version: number, minutes: number, ind: string): string[] {
  const ls = (s: string) => `<imsmd:langstring xml:lang="${LANG}">${x(s)}</imsmd:langstring>`;
  return [
    `${ind}<imsmd:lom>`,
    `${ind}  <imsmd:general>`,
    `${ind}    <imsmd:title>${ls(title)}</imsmd:title>`,
    `${ind}    <imsmd:language>${LANG}</imsmd:language>`,
    `${ind}    <imsmd:description>${ls(description)}</imsmd:description>`,
    `${ind}  </imsmd:general>`,
    `${ind}  <imsmd:lifecycle>`,
    `${ind}    <imsmd:version>${ls(String(version))}</imsmd:version>`,
    `${ind}  </imsmd:lifecycle>`,
    `${ind}  <imsmd:educational>`,
    `${ind}    <imsmd:typicallearningtime><imsmd:datetime>${timespan12(minutes)}</imsmd:datetime></imsmd:typicallearningtime>`,
    `${ind}  </imsmd:educational>`,
    `${ind}</imsmd:lom>`,
  ];
}

// -------------------------------------------------------- SCORM 2004 4th ed.

function manifest2004(m: ManifestInput): string[] {
  const totalMinutes = m.scos.reduce((sum, s) => sum + s.totalMinutes, 0);
  const lines = [
    `<manifest identifier="${x(m.identifier)}" version="${x(String(m.version))}"`,
    '  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
    '  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
    '  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"',
    '  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"',
    '  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"',
    '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd' +
      ' http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd' +
      ' http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd' +
      ' http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd' +
      ' http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">',
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>2004 4th Edition</schemaversion>',
    ...lom2004(m.title, m.description, m.version, totalMinutes, '    '),
    '  </metadata>',
    `  <organizations default="org-${x(m.identifier)}">`,
    `    <organization identifier="org-${x(m.identifier)}" adlseq:objectivesGlobalToSystem="false">`,
    `      <title>${x(m.title)}</title>`,
  ];
  for (const s of m.scos) {
    lines.push(
      `      <item identifier="item-${s.id}" identifierref="res-${s.id}">`,
      `        <title>${x(s.title)}</title>`,
      '        <imsss:sequencing>',
      '          <imsss:objectives>',
      '            <imsss:primaryObjective objectiveID="primary" satisfiedByMeasure="true">',
      `              <imsss:minNormalizedMeasure>${formatNumber(s.masteryScore / 100)}</imsss:minNormalizedMeasure>`,
      '            </imsss:primaryObjective>',
      ...s.objectives.map((o) => `            <imsss:objective objectiveID="${x(o.id)}"/>`),
      '          </imsss:objectives>',
      '          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>',
      '        </imsss:sequencing>',
      '      </item>',
    );
  }
  lines.push(
    // Let learners both pick items from the LMS menu and use continue/previous.
    '      <imsss:sequencing>',
    '        <imsss:controlMode choice="true" flow="true"/>',
    '      </imsss:sequencing>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
  );
  for (const s of m.scos) {
    lines.push(
      `    <resource identifier="res-${s.id}" type="webcontent" adlcp:scormType="sco" href="${x(s.launch)}">`,
      '      <metadata>',
      ...lom2004(s.title, s.description, s.version, s.totalMinutes, '        '),
      '      </metadata>',
      ...fileLines(s.files, '      '),
    );
    if (m.sharedFiles.length) lines.push(`      <dependency identifierref="${SHARED_RES}"/>`);
    lines.push('    </resource>');
  }
  if (m.sharedFiles.length) {
    lines.push(
      `    <resource identifier="${SHARED_RES}" type="webcontent" adlcp:scormType="asset">`,
      ...fileLines(m.sharedFiles, '      '),
      '    </resource>',
    );
  }
  lines.push('  </resources>', '</manifest>');
  return lines;
}

/**
 * Inline IEEE LOM record (SCORM 2004). ADL ships no LOM XSD and imscp_v1p1
 * accepts foreign metadata with processContents="lax", so this block is only
 * checked for well-formedness, not against a schema.
 */
function lom2004(title: string, description: string, version: number, minutes: number, ind: string): string[] {
  const ls = (s: string) => `<string language="${LANG}">${x(s)}</string>`;
  return [
    `${ind}<lom xmlns="http://ltsc.ieee.org/xsd/LOM">`,
    `${ind}  <general>`,
    `${ind}    <title>${ls(title)}</title>`,
    `${ind}    <language>${LANG}</language>`,
    `${ind}    <description>${ls(description)}</description>`,
    `${ind}  </general>`,
    `${ind}  <lifeCycle>`,
    `${ind}    <version>${ls(String(version))}</version>`,
    `${ind}  </lifeCycle>`,
    `${ind}  <educational>`,
    `${ind}    <typicalLearningTime><duration>${isoDuration(minutes)}</duration></typicalLearningTime>`,
    `${ind}  </educational>`,
    `${ind}</lom>`,
  ];
}

// ------------------------------------------------------------------ helpers

function fileLines(files: string[], ind: string): string[] {
  return [...files].sort(byCodeUnit).map((f) => `${ind}<file href="${x(f)}"/>`);
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Plain decimal notation without float noise, e.g. 0.8, 0.75, 80. */
function formatNumber(n: number): string {
  return String(Number(n.toFixed(4)));
}

const SCO_ID = /^[a-z0-9-]+$/;
/** NCName-ish: usable as (part of) an xsd:ID. */
const XML_ID = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Throws on input that would produce an invalid or ambiguous manifest. */
function validateInput(m: ManifestInput): void {
  const fail = (msg: string): never => {
    throw new Error(`buildManifest: ${msg}`);
  };
  if (!XML_ID.test(m.identifier)) fail(`identifier "${m.identifier}" must match ${XML_ID}`);
  if (!m.scos.length) fail('at least one SCO is required');
  const seenIds = new Set<string>();
  const seenFiles = new Set<string>();
  const addFile = (f: string, owner: string) => {
    if (!f || f.startsWith('/') || f.includes('\\') || f.split('/').some((p) => p === '..' || p === '.' || p === '')) {
      fail(`invalid file path "${f}" in ${owner}`);
    }
    if (seenFiles.has(f)) fail(`file "${f}" is listed more than once (${owner})`);
    seenFiles.add(f);
  };
  for (const s of m.scos) {
    if (!SCO_ID.test(s.id)) fail(`SCO id "${s.id}" must match ${SCO_ID}`);
    if (seenIds.has(s.id)) fail(`duplicate SCO id "${s.id}"`);
    seenIds.add(s.id);
    if (!(s.masteryScore >= 0 && s.masteryScore <= 100)) fail(`masteryScore of "${s.id}" must be 0-100`);
    if (!(s.totalMinutes >= 0)) fail(`totalMinutes of "${s.id}" must be >= 0`);
    if (!s.files.includes(s.launch)) fail(`launch "${s.launch}" of "${s.id}" is not in its files`);
    for (const f of s.files) addFile(f, `SCO "${s.id}"`);
    const objIds = new Set<string>(['primary']);
    for (const o of s.objectives) {
      if (!/^\S+$/.test(o.id) || objIds.has(o.id))
        fail(`objective id "${o.id}" of "${s.id}" is empty, has spaces, or is duplicate/reserved`);
      objIds.add(o.id);
    }
  }
  for (const f of m.sharedFiles) addFile(f, 'sharedFiles');
}
