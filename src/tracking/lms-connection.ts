/**
 * A careful wrapper around an LMS API object, driven by the standard's mapping.
 * Never throws; counts failures; Terminate reaches the LMS at most once.
 */
import type { CmiMapping } from './cmi-mapping.js';
import type { ScormApi } from './api-discovery.js';

export class LmsConnection {
  private initialized = false;
  private terminated = false;
  /** Error code of the last failed call (0 = none). */
  lastError = 0;

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

  /** Initializes, retrying a refused Initialize up to `attempts` times. */
  initialize(attempts = 3): boolean {
    for (let i = 0; i < attempts && !this.initialized; i++) {
      if (this.call(this.mapping.calls.initialize, '') === 'true') this.initialized = true;
      else this.lastError = this.errorCode();
    }
    return this.initialized;
  }

  get(element: string): string {
    if (!this.active) return '';
    const value = this.call(this.mapping.calls.getValue, element);
    return value === 'false' && this.errorCode() !== 0 ? '' : value;
  }

  set(element: string, value: string): boolean {
    if (!this.active) return false;
    if (this.call(this.mapping.calls.setValue, element, value) === 'true') return true;
    this.lastError = this.errorCode();
    return false;
  }

  commit(): boolean {
    if (!this.active) return false;
    if (this.call(this.mapping.calls.commit, '') === 'true') return true;
    this.lastError = this.errorCode();
    return false;
  }

  terminate(): boolean {
    if (!this.active) return false;
    this.terminated = true;
    return this.call(this.mapping.calls.terminate, '') === 'true';
  }
}
