/**
 * A careful wrapper around an LMS API object, driven by the standard's mapping.
 * Never throws; counts failures; Terminate reaches the LMS at most once.
 *
 * One session per API object: Terminate leaves a mark on the API object itself, so a SCO frame that
 * the LMS loads again after Terminate (Moodle does) finds the session ended and makes no call at all
 * (no Initialize refused with 104, no writes into an ended session).
 */
import type { CmiMapping } from './cmi-mapping.js';
import type { ScormApi } from './api-discovery.js';

/** Registered symbol: the same key in every frame of the page, and never clashing with the LMS's own properties. */
const ENDED = Symbol.for('samenspel.lms-session-ended');

/** What an ended session leaves on its API object: the learner it was for (so the device backup is found again). */
interface EndedMark {
  learnerId: string;
}

/** The mark of a session on this API object that was already terminated (by this or an earlier load of the SCO). */
function endedSession(api: ScormApi): EndedMark | null {
  try {
    const mark = (api as unknown as Record<symbol, unknown>)[ENDED];
    return mark && typeof mark === 'object' ? (mark as EndedMark) : null;
  } catch {
    return null;
  }
}

function markEnded(api: ScormApi, mark: EndedMark): void {
  try {
    Object.defineProperty(api, ENDED, { value: mark, configurable: true });
  } catch {
    /* a frozen API object: Initialize is then refused by the LMS itself, and not retried */
  }
}

export class LmsConnection {
  private initialized = false;
  private terminated = false;
  /** Error code of the last failed call (0 = none). */

  constructor(
    readonly api: ScormApi,
    readonly mapping: CmiMapping,
  ) {}

  get active(): boolean {
    return this.initialized && !this.terminated;
  }

  private call(name: string, ...args: string[]): string {
    try {
      const fn = this.api[name];
      if (typeof fn !== 'function') return 'false';
      return String(fn.apply(this.api, args));
    } catch {
      return 'false';
    }
  }

  private errorCode(): number {
    const code = Number(this.call(this.mapping.calls.getLastError));
    return Number.isFinite(code) ? code : 0;
  }

  /** True once this page load may no longer start a session: terminated here or before on the same API. */
  get ended(): boolean {
    return this.terminated || endedSession(this.api) !== null;
  }

  /** The learner id of the session that ended on this API ('' when unknown). */
  get endedLearnerId(): string {
    return endedSession(this.api)?.learnerId ?? '';
  }

  private learnerId = '';

  /**
   * Initializes, retrying a refused Initialize up to `attempts` times — unless the LMS said the
   * session is already running or over (`initializeFinalErrors`), or a session on this API ended.
   */
  initialize(attempts = 3): boolean {
    if (this.initialized || this.ended) return this.initialized;
    for (let i = 0; i < attempts && !this.initialized; i++) {
      if (this.call(this.mapping.calls.initialize, '') === 'true') this.initialized = true;
      else {
        if (this.mapping.initializeFinalErrors.includes(this.errorCode())) break;
      }
    }
    return this.initialized;
  }

  get(element: string): string {
    if (!this.active) return '';
    const value = this.call(this.mapping.calls.getValue, element);
    const result = value === 'false' && this.errorCode() !== 0 ? '' : value;
    if (element === this.mapping.element.learnerId) this.learnerId = result;
    return result;
  }

  set(element: string, value: string): boolean {
    if (!this.active) return false;
    return this.call(this.mapping.calls.setValue, element, value) === 'true';
  }

  commit(): boolean {
    if (!this.active) return false;
    return this.call(this.mapping.calls.commit, '') === 'true';
  }

  terminate(): boolean {
    if (!this.active) return false;
    this.terminated = true;
    markEnded(this.api, { learnerId: this.learnerId });
    return this.call(this.mapping.calls.terminate, '') === 'true';
  }
}
