import { fileURLToPath } from 'node:url';
import { loadModule } from '../../src/content/load-module.js';
import type { Course } from '../../src/content/types.js';

export const FIXTURE_MODULES = fileURLToPath(new URL('../fixtures/modules/', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The small test module that uses every page type. */
export function miniCourse(): Course {
  return loadModule(`${FIXTURE_MODULES}mini`);
}
