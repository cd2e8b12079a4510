/**
 * Finds the LMS API object: up the `parent` chain (max 10 levels), then the same from
 * `window.opener` (popup launch). Cross-origin frames throw on access; they are skipped.
 */
const MAX_PARENT_DEPTH = 10;

export type ScormApi = Record<string, (...args: string[]) => string | boolean>;

function read(win: Window, name: string): ScormApi | null {
  try {
    const api = (win as unknown as Record<string, unknown>)[name];
    return api && typeof api === 'object' ? (api as ScormApi) : null;
  } catch {
    return null; // cross-origin
  }
}

function parentOf(win: Window): Window | null {
  try {
    return win.parent && win.parent !== win ? win.parent : null;
  } catch {
    return null;
  }
}

function searchChain(start: Window, name: string): ScormApi | null {
  let win: Window | null = start;
  for (let depth = 0; win && depth <= MAX_PARENT_DEPTH; depth++) {
    const api = read(win, name);
    if (api) return api;
    win = parentOf(win);
  }
  return null;
}

/**
 * Returns the first API found under any of `names` (in order of preference); `viaOpener` when it was found
 * through `window.opener` (the LMS opened the module in a popup, which may close itself when done).
 */
export function findApi(win: Window, names: string[]): { name: string; api: ScormApi; viaOpener: boolean } | null {
  const starts: Window[] = [win];
  try {
    if (win.opener && win.opener !== win) starts.push(win.opener as Window);
  } catch {
    /* opener cross-origin */
  }
  for (const name of names) {
    for (const start of starts) {
      const api = searchChain(start, name);
      if (api) return { name, api, viaOpener: start !== win };
    }
  }
  return null;
}

/** True when the content runs inside a frame or popup, where an LMS may still appear. */
export function mayHaveLms(win: Window): boolean {
  try {
    return win.parent !== win || !!win.opener;
  } catch {
    return true;
  }
}

/**
 * Waits for an API that an LMS creates late: polls every `intervalMs` until `timeoutMs`.
 */
export async function waitForApi(win: Window, names: string[], timeoutMs: number, intervalMs = 100): Promise<ReturnType<typeof findApi>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = findApi(win, names);
    if (found || Date.now() >= deadline) return found;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
