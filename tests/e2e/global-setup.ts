import { ensureBuilt } from '../support/ensure-built.js';

/** The end-to-end tests play the built packages: build them first when dist/ is missing or stale. */
export default function setup(): void {
  ensureBuilt();
}
