/**
 * Embedded LMS for standalone use (no LMS found): a scorm-again API on this window that
 * persists its CMI data to localStorage. Built as its own file and only loaded when needed.
 */
import type { CmiMapping } from '../cmi-mapping.js';

type Api = { cmi: unknown; loadFromJSON(json: unknown, element?: string): void; on(name: string, cb: () => void): void };

export function install(mapping: CmiMapping, create: () => Api, courseId: string): void {
  const { apiName, calls } = mapping;
  const key = `samenspel-lms:${courseId}:${apiName}`;
  const api = create();
  try {
    const saved = localStorage.getItem(key);
    if (saved) api.loadFromJSON(JSON.parse(saved), '');
  } catch {
    /* storage unavailable or corrupt: start fresh */
  }
  const persist = () => {
    try {
      localStorage.setItem(key, JSON.stringify(api.cmi));
    } catch {
      /* ignore */
    }
  };
  for (const name of [calls.commit, calls.terminate]) api.on(name, persist);
  (window as unknown as Record<string, unknown>)[apiName] = api;
}
