/**
 * XSD validation of generated manifests with libxml2's `xmllint`.
 *
 * Uses the validation-only wrapper schemas in packaging/schemas/, which
 * import every namespace a manifest uses so extension attributes/elements
 * are checked too. Network access is disabled (--nonet).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Standard } from './manifest.js';

export interface ValidationResult {
  valid: boolean;
  /** xmllint error lines (temp paths replaced by "imsmanifest.xml"). */
  errors: string[];
}

/** Absolute path of the wrapper schema for a standard. */
function wrapperSchema(standard: Standard): string {
  return fileURLToPath(new URL(`./schemas/validate-${standard}.xsd`, import.meta.url));
}

/**
 * Lines xmllint prints while compiling the (unmodified, official) schemas
 * that are not about the manifest: ims_xml.xsd binds the XML namespace as
 * default namespace, which libxml2 reports as a namespace error but ignores.
 */
const SCHEMA_NOISE = [/ims_xml\.xsd:\d+: namespace error : xml namespace URI cannot be the default namespace/];

/** Validates a manifest string; throws if xmllint is not installed. */
export function validateManifest(standard: Standard, xml: string): ValidationResult {
  const dir = mkdtempSync(join(tmpdir(), 'scorm-xsd-'));
  const file = join(dir, 'imsmanifest.xml');
  try {
    writeFileSync(file, xml, 'utf8');
    const res = spawnSync('xmllint', ['--nonet', '--noout', '--schema', wrapperSchema(standard), file], {
      encoding: 'utf8',
    });
    if (res.error) {
      const code = (res.error as NodeJS.ErrnoException).code;
      throw new Error(
        code === 'ENOENT'
          ? 'xmllint not found: install libxml2-utils (e.g. `apt-get install libxml2-utils`)'
          : `xmllint failed to run: ${res.error.message}`,
      );
    }
    const errors = cleanOutput(res.stderr, file);
    if (res.status !== 0 && errors.length === 0) errors.push(`xmllint exited with status ${res.status}`);
    return { valid: res.status === 0, errors };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Keeps the error lines about the manifest (drops schema noise and the summary line). */
function cleanOutput(stderr: string, file: string): string[] {
  const lines = stderr.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) continue;
    if (SCHEMA_NOISE.some((re) => re.test(line))) {
      i += 2; // skip the source excerpt and caret line xmllint prints after it
      continue;
    }
    if (line === `${file} validates` || line === `${file} fails to validate`) continue;
    out.push(line.split(file).join('imsmanifest.xml'));
  }
  return out;
}
