/**
 * Embedded LMS for standalone use (no LMS found): a scorm-again API on this window that
 * persists its CMI data to localStorage. Built as its own file and only loaded when needed.
 */
type Api = { cmi: unknown; loadFromJSON(json: unknown, element?: string): void; on(name: string, cb: () => void): void };

export function install(apiName: 'API' | 'API_1484_11', create: () => Api, courseId: string): void {
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
  const events = apiName === 'API' ? ['LMSCommit', 'LMSFinish'] : ['Commit', 'Terminate'];
  for (const name of events) api.on(name, persist);
  (window as unknown as Record<string, unknown>)[apiName] = api;
}
