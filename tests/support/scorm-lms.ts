/**
 * Test support for the tracking layer: a fake LMS built on the real scorm-again run-time
 * (so element names, vocabularies and error codes are checked by an independent
 * implementation), with a recorder of every call the content makes and switchable faults.
 *
 * All assertions read values back from the LMS side (scorm-again's GetValue or its cmi
 * JSON, or the calls it received), never from our own code.
 */
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { vi } from 'vitest';
import { createActor } from 'xstate';
import type { Course } from '../../src/content/types.js';
import { courseMachine, type CourseActor, type CourseContext } from '../../src/machines/course-machine.js';
import type { LearnerState } from '../../src/machines/learner-state.js';
import type { ScormApi } from '../../src/tracking/api-discovery.js';
import { mappings, type CmiMapping, type Standard } from '../../src/tracking/cmi-mapping.js';
import { LmsConnection } from '../../src/tracking/lms-connection.js';
import { Tracker, type TrackerOptions } from '../../src/tracking/tracker.js';

export type CmiJson = Record<string, unknown>;
export type CallKind = 'initialize' | 'terminate' | 'getValue' | 'setValue' | 'commit' | 'getLastError';

export interface LmsCall {
  kind: CallKind;
  args: string[];
  /** What the LMS answered ('true' / 'false' / a value). */
  result: string;
}

/** Switchable LMS faults. Each returns undefined for "behave normally". */
export interface Faults {
  /** Return false to refuse Initialize. */
  initialize?: () => boolean | undefined;
  /** Return an error code (e.g. 405) to refuse this SetValue. */
  setValue?: (element: string, value: string) => number | undefined;
  /** Return false to fail this Commit (error 391). */
  commit?: () => boolean | undefined;
  /** Return false to fail Terminate. */
  terminate?: () => boolean | undefined;
  /** Return a string to answer GetValue with instead of the real value. */
  getValue?: (element: string) => string | undefined;
}

type AnyApi = Record<string, (...args: string[]) => string> & { cmi: unknown; loadFromJSON(json: CmiJson, el: string): void };

const API_SETTINGS = { logLevel: 5, lmsCommitUrl: false, autocommit: false } as const;

function newRuntime(standard: Standard): AnyApi {
  // scorm-again's own settings type is stricter than needed here.
  return (standard === 'scorm12' ? new Scorm12API(API_SETTINGS as never) : new Scorm2004API(API_SETTINGS as never)) as unknown as AnyApi;
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

/** Reads `cmi.a.b.0.c` from a cmi JSON object ('' when absent). */
export function cmiPath(json: CmiJson, element: string): string {
  let node: unknown = json;
  for (const part of element.replace(/^cmi\./, '').split('.')) {
    if (!node || typeof node !== 'object') return '';
    node = (node as Record<string, unknown>)[part];
  }
  return node === undefined || node === null ? '' : String(node);
}

/** The interactions stored in a cmi JSON, in slot order. */
export function interactionsOf(json: CmiJson): Record<string, unknown>[] {
  const all = (json.interactions ?? {}) as Record<string, Record<string, unknown>>;
  return Object.keys(all)
    .filter((k) => /^\d+$/.test(k))
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => all[k]);
}

export class FakeLms {
  readonly mapping: CmiMapping;
  readonly runtime: AnyApi;
  /** The API object the content finds on the LMS window: records calls, applies faults. */
  readonly api: ScormApi;
  readonly calls: LmsCall[] = [];
  faults: Faults = {};
  /** What the LMS has stored for good: the cmi at the last successful Commit or Terminate. */
  persisted: CmiJson;
  private faultError: number | null = null;

  /**
   * @param saved - cmi data the LMS kept from earlier sessions
   * @param held - values the LMS sets itself before launch, flattened (`{ 'cmi.mode': 'review' }`,
   *   objectives pre-filled from the manifest, …), the way a real LMS holds them
   */
  constructor(
    readonly standard: Standard,
    saved?: CmiJson,
    held?: Record<string, string>,
  ) {
    this.mapping = mappings[standard];
    this.runtime = newRuntime(standard);
    if (saved) this.runtime.loadFromJSON(clone(saved), '');
    if (held) (this.runtime as unknown as { loadFromFlattenedJSON(j: object, el: string): void }).loadFromFlattenedJSON(held, '');
    this.persisted = saved ? clone(saved) : this.cmi();
    const c = this.mapping.calls;
    const api: ScormApi = {};
    api[c.initialize] = (...a) => this.handle('initialize', c.initialize, a);
    api[c.terminate] = (...a) => this.handle('terminate', c.terminate, a);
    api[c.getValue] = (...a) => this.handle('getValue', c.getValue, a);
    api[c.setValue] = (...a) => this.handle('setValue', c.setValue, a);
    api[c.commit] = (...a) => this.handle('commit', c.commit, a);
    api[c.getLastError] = (...a) => this.handle('getLastError', c.getLastError, a);
    this.api = api;
  }

  /** A new launch of the same learner: a fresh run-time holding what this LMS stored (plus `held` values). */
  relaunch(held?: Record<string, string>): FakeLms {
    return new FakeLms(this.standard, this.persisted, held);
  }

  private handle(kind: CallKind, method: string, args: string[]): string {
    let result: string;
    if (kind === 'getLastError') {
      result = this.faultError !== null ? String(this.faultError) : String(this.runtime[method](...args));
    } else {
      this.faultError = null;
      result = this.fault(kind, args) ?? String(this.runtime[method](...args));
      if (result === 'true' && (kind === 'commit' || kind === 'terminate')) this.persisted = this.cmi();
    }
    this.calls.push({ kind, args, result });
    return result;
  }

  private fault(kind: CallKind, args: string[]): string | undefined {
    const f = this.faults;
    const refuse = (code: number) => {
      this.faultError = code;
      return 'false';
    };
    switch (kind) {
      case 'initialize':
        return f.initialize?.() === false ? refuse(102) : undefined;
      case 'terminate':
        return f.terminate?.() === false ? refuse(this.standard === 'scorm12' ? 101 : 111) : undefined;
      case 'commit':
        return f.commit?.() === false ? refuse(this.standard === 'scorm12' ? 101 : 391) : undefined;
      case 'setValue': {
        const code = f.setValue?.(args[0], args[1]);
        return code ? refuse(code) : undefined;
      }
      case 'getValue':
        return f.getValue?.(args[0]);
      default:
        return undefined;
    }
  }

  /** The live cmi data of the run-time. */
  cmi(): CmiJson {
    return clone(this.runtime.cmi) as CmiJson;
  }

  /** A value from the live cmi data (works for write-only elements too). */
  value(element: string): string {
    return cmiPath(this.cmi(), element);
  }

  /** GetValue straight on the run-time (bypassing faults and the recorder). */
  get(element: string): string {
    return String(this.runtime[this.mapping.calls.getValue](element));
  }

  count(kind: CallKind): number {
    return this.calls.filter((c) => c.kind === kind).length;
  }

  /** SetValue calls received, in order, with whether the LMS accepted them. */
  sets(from = 0): { element: string; value: string; ok: boolean }[] {
    return this.calls
      .slice(from)
      .filter((c) => c.kind === 'setValue')
      .map((c) => ({ element: c.args[0], value: c.args[1], ok: c.result === 'true' }));
  }

  /** Values SetValue received for one element, in order. */
  valuesSet(element: string, from = 0): string[] {
    return this.sets(from)
      .filter((s) => s.element === element)
      .map((s) => s.value);
  }
}

/** In-memory `Storage` (the device's localStorage). */
export class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    this.map.set(key, String(value));
  }
  /** The single saved backup (tests use one course and learner per storage). */
  only(): string | null {
    return this.map.size ? [...this.map.values()][0] : null;
  }
}

export interface Session {
  tracker: Tracker;
  actor: CourseActor;
  connection: LmsConnection | null;
  /** What `tracker.start()` returned. */
  saved: LearnerState | undefined;
  ctx(): CourseContext;
}

export const TODAY = '2026-11-25';

/** Launches a course the way the player does: start tracker, create actor, attach, first paint. */
export function launch(
  course: Course,
  lms: FakeLms | null,
  storage: Storage,
  options: TrackerOptions = {},
  standard: Standard = lms?.standard ?? 'scorm12',
): Session {
  const mapping = mappings[standard];
  const connection = lms ? new LmsConnection(lms.api, mapping) : null;
  const tracker = new Tracker(course, connection, mapping, { storage, retryDelays: [1000, 2000, 4000], ...options });
  const saved = tracker.start();
  // A fixed seed: two runs of the same script write the same suspend_data (option orders are seeded).
  const actor = createActor(courseMachine, {
    input: { course, saved, today: TODAY, allowRetake: tracker.recording === 'full', seed: 20261125 },
  });
  actor.start();
  tracker.attach(actor);
  // As the player does once its first page has painted: the writes begin.
  tracker.painted();
  return { tracker, actor, connection, saved, ctx: () => actor.getSnapshot().context };
}

/** A learner's pause between two actions; lets scheduled syncs and backups run. */
export function pause(ms = 1500): void {
  vi.advanceTimersByTime(ms);
}

/** Answers the current question of a set with `options` (submit, then on to the next). */
export function answer(actor: CourseActor, setId: string, options: string[]): void {
  const ref = actor.getSnapshot().context.quizRefs[setId];
  for (const o of options) ref.send({ type: options.length > 1 ? 'TOGGLE' : 'SELECT', option: o });
  pause();
  ref.send({ type: 'SUBMIT' });
  pause();
  ref.send({ type: 'NEXT' });
  pause();
}

export function next(actor: CourseActor): void {
  actor.send({ type: 'NEXT' });
  pause();
}

/** Mini module answers: all right, or all wrong. */
export const PASS = [['b'], ['a', 'b']];
export const FAIL = [['a'], ['a', 'c']];

/** Mini module, first half: start → mode (alone) → step 1 with notes and activity → reflection. */
export function playMiniFirstHalf(actor: CourseActor): void {
  next(actor);
  actor.send({ type: 'SET_MODE', mode: 'alone' });
  pause();
  next(actor);
  actor.send({ type: 'SET_TEXT', id: 'stap-1-notes', value: 'Mijn hulpvraag' });
  pause();
  answer(actor, 'stap-1', ['a']);
  next(actor);
  actor.send({ type: 'SET_TEXT', id: 'refl-1', value: 'Reflectie' });
  pause();
}

/** Mini module, second half (from the reflection page): video → quiz → actions → summary → closing page. */
export function playMiniSecondHalf(actor: CourseActor, quizAnswers: string[][]): void {
  next(actor);
  next(actor);
  quizAnswers.forEach((ans) => answer(actor, 'toets', ans));
  next(actor);
  next(actor);
  next(actor);
}

export function playMini(actor: CourseActor, quizAnswers: string[][] = PASS): void {
  playMiniFirstHalf(actor);
  playMiniSecondHalf(actor, quizAnswers);
}
