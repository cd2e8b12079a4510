import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModule } from '../../src/content/load-module.js';
import type { Course } from '../../src/content/types.js';

// A path, not `new URL(…)`: component tests run under happy-dom, whose URL is not Node's.
const PAGETYPES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'modules', 'pagetypes');
let pagetypes: Course | null = null;

/** The fixture module with every page type (tests/fixtures/modules/pagetypes), loaded once. */
export function pageTypesCourse(): Course {
  pagetypes ??= loadModule(PAGETYPES);
  return structuredClone(pagetypes);
}
