/**
 * The LMS sync loop as pure logic: the sync machine with a recording fake edge (no LMS, no course
 * actor) under fake time; and the launch against scorm-again: reads only until the first paint.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor, fromCallback } from 'xstate';
import { courseMachine } from '../../src/machines/course-machine.js';
import type { LmsStatus } from '../../src/machines/course-machine.js';
import { mappings, type Standard } from '../../src/tracking/cmi-mapping.js';
import { LmsConnection } from '../../src/tracking/lms-connection.js';
import {
  EDIT_IDLE_MS,
  EDIT_MAX_MS,
  LEAVE_FIELD_MS,
  syncMachine,
  type SyncEvent,
  type SyncKind,
  type WriteResult,
} from '../../src/tracking/sync-machine.js';
import { Tracker } from '../../src/tracking/tracker.js';
import { miniCourse } from '../support/fixtures.js';
import { FakeLms, MemoryStorage, TODAY, cmiPath } from '../support/scorm-lms.js';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-25T10:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

/** The machine with a fake edge that records what it was asked to do; `results` answers the writes. */
function fakeSync(options: { canWrite?: boolean; results?: WriteResult[]; retryDelays?: number[] } = {}) {
  const log: string[] = [];
  const statuses: LmsStatus[] = [];
  const results = [...(options.results ?? [])];
  const machine = syncMachine.provide({
    actions: {
      publish: ({ context }) => statuses.push(context.status),
      saveBackup: () => log.push('backup'),
      terminate: () => log.push('terminate'),
    },
    actors: {
      write: fromCallback<SyncEvent, { kind: SyncKind }>(({ input, sendBack }) => {
        const result = results.shift() ?? 'committed';
        log.push(`write:${input.kind}:${result}`);
        sendBack({ type: 'WRITTEN', kind: input.kind, result, at: Date.now() });
      }),
    },
  });
  const actor = createActor(machine, {
    input: {
      canWrite: options.canWrite ?? true,
      keepsBackup: true,
      status: { connection: 'ok', textsFit: true },
      retryDelays: options.retryDelays ?? [1000, 2000, 4000],
    },
  }).start();
  const writes = () => log.filter((l) => l.startsWith('write'));
  return { actor, log, statuses, writes, send: (e: SyncEvent) => actor.send(e) };
}

describe('sync machine (pure logic, fake time)', () => {
  it('writes nothing before the first paint, then writes the first values at once', () => {
    const s = fakeSync();
    s.send({ type: 'CHANGE', at: Date.now() });
    vi.advanceTimersByTime(5000);
    expect(s.writes()).toEqual([]);
    expect(s.actor.getSnapshot().matches({ session: 'waitingForPaint' })).toBe(true);
    s.send({ type: 'PAINTED' });
    expect(s.writes()).toEqual(['write:change:committed']);
  });

  it('a change is written once the next paint came; typing is coalesced into one edit write', () => {
    const s = fakeSync();
    s.send({ type: 'PAINTED' });
    vi.advanceTimersByTime(EDIT_MAX_MS);
    s.send({ type: 'CHANGE', at: Date.now() });
    expect(s.actor.getSnapshot().matches({ session: { live: { changes: 'pending' } } })).toBe(true);
    vi.advanceTimersByTime(1);
    expect(s.writes()).toHaveLength(2);
    vi.advanceTimersByTime(EDIT_MAX_MS);
    for (let i = 0; i < 4; i++) {
      s.send({ type: 'EDIT', at: Date.now() });
      vi.advanceTimersByTime(100);
    }
    // Due EDIT_IDLE_MS after the last keystroke (sent 100 ms ago).
    vi.advanceTimersByTime(EDIT_IDLE_MS - 101);
    expect(s.writes()).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(s.writes()).toEqual(['write:change:committed', 'write:change:committed', 'write:edit:committed']);
  });

  it('leaving a field brings the edit write forward to LEAVE_FIELD_MS', () => {
    const s = fakeSync();
    s.send({ type: 'PAINTED' });
    vi.advanceTimersByTime(EDIT_MAX_MS);
    s.send({ type: 'EDIT', at: Date.now() });
    s.send({ type: 'FIELD_LEFT', at: Date.now() });
    vi.advanceTimersByTime(LEAVE_FIELD_MS - 1);
    expect(s.writes()).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(s.writes().at(-1)).toBe('write:edit:committed');
  });

  it('a failed commit backs off (delays in turn), tells retrying then local, and is ok again after a commit', () => {
    const s = fakeSync({ results: ['failed', 'failed', 'failed', 'committed'] });
    s.send({ type: 'PAINTED' });
    expect(s.statuses.at(-1)!.connection).toBe('retrying');
    expect(s.actor.getSnapshot().matches({ session: { live: { retry: 'backingOff' } } })).toBe(true);
    vi.advanceTimersByTime(999);
    expect(s.writes()).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(s.writes()).toHaveLength(2);
    vi.advanceTimersByTime(2000);
    expect(s.writes()).toHaveLength(3);
    expect(s.statuses.at(-1)!.connection).toBe('local');
    expect(s.log.filter((l) => l === 'backup').length).toBeGreaterThanOrEqual(3);
    vi.advanceTimersByTime(4000);
    expect(s.writes()).toHaveLength(4);
    expect(s.statuses.map((x) => x.connection)).toEqual(['ok', 'retrying', 'local', 'ok']);
    expect(s.actor.getSnapshot().matches({ session: { live: { retry: 'idle' } } })).toBe(true);
  });

  it('finish: final write, then Terminate exactly once; nothing reaches the edge afterwards', () => {
    const s = fakeSync({ results: ['committed', 'failed'] });
    s.send({ type: 'PAINTED' });
    s.send({ type: 'EDIT', at: Date.now() });
    s.send({ type: 'FINISH', announce: true });
    expect(s.log.slice(-3)).toEqual(['backup', 'write:final:failed', 'terminate']);
    expect(s.actor.getSnapshot().matches({ session: 'ended' })).toBe(true);
    // The learner is told the session ended (a failed final commit raises no alarm).
    expect(s.statuses.at(-1)).toEqual({ connection: 'ok', textsFit: true, sessionEnded: true });
    const logged = s.log.length;
    s.send({ type: 'FINISH', announce: false });
    s.send({ type: 'HIDDEN' });
    s.send({ type: 'CHANGE', at: Date.now() });
    s.send({ type: 'TEXTS', fit: false });
    vi.advanceTimersByTime(60_000);
    expect(s.log.length).toBe(logged);
    expect(s.statuses.at(-1)!.textsFit).toBe(true);
  });

  it('the page going away before the first paint still writes and terminates once', () => {
    const s = fakeSync();
    s.send({ type: 'FINISH', announce: false });
    expect(s.log).toEqual(['backup', 'write:final:committed', 'terminate']);
    expect(s.statuses.every((x) => !x.sessionEnded)).toBe(true);
  });

  it('no LMS to write to: device backup only, and Terminate once on finish', () => {
    const s = fakeSync({ canWrite: false });
    s.send({ type: 'PAINTED' });
    s.send({ type: 'CHANGE', at: Date.now() });
    s.send({ type: 'HIDDEN' });
    vi.advanceTimersByTime(1000);
    expect(s.writes()).toEqual([]);
    expect(s.log).toEqual(['backup', 'backup']); // on hidden, and BACKUP_MS after the change
    s.send({ type: 'FINISH', announce: false });
    s.send({ type: 'FINISH', announce: false });
    expect(s.log).toEqual(['backup', 'backup', 'backup', 'terminate']);
  });
});

describe.each<Standard>(['scorm12', 'scorm2004'])('launch with %s: reads before the first paint, writes after', (standard) => {
  it('only Initialize and reads reach the LMS until the player painted; the first values follow at once', () => {
    const course = miniCourse();
    const lms = new FakeLms(standard);
    const mapping = mappings[standard];
    const tracker = new Tracker(course, new LmsConnection(lms.api, mapping), mapping, { storage: new MemoryStorage() });
    const saved = tracker.start();
    const actor = createActor(courseMachine, { input: { course, saved, today: TODAY, allowRetake: true, seed: 20261125 } });
    actor.start();
    tracker.attach(actor);
    vi.advanceTimersByTime(10_000);
    const beforePaint = lms.calls.map((c) => c.kind);
    expect(new Set(beforePaint)).toEqual(new Set(['initialize', 'getValue']));
    tracker.painted();
    const afterPaint = lms.calls.slice(beforePaint.length).map((c) => c.kind);
    expect(afterPaint).toContain('setValue');
    expect(afterPaint.at(-1)).toBe('commit');
    expect(lms.get(standard === 'scorm12' ? 'cmi.core.lesson_status' : 'cmi.completion_status')).toBe('incomplete');
    console.info(`${standard}: ${beforePaint.length} LMS calls before first paint (reads), ${afterPaint.length} after`);
  });
});

describe.each<Standard>(['scorm12', 'scorm2004'])('the learner finishes the course (%s)', (standard) => {
  it('endSession: one final commit and one Terminate; the course hears the session ended; no LMS call afterwards', () => {
    const course = miniCourse();
    const lms = new FakeLms(standard);
    const mapping = mappings[standard];
    const tracker = new Tracker(course, new LmsConnection(lms.api, mapping), mapping, { storage: new MemoryStorage() });
    const saved = tracker.start();
    const actor = createActor(courseMachine, { input: { course, saved, today: TODAY, allowRetake: true, seed: 20261125 } });
    actor.start();
    tracker.attach(actor);
    tracker.painted();
    actor.send({ type: 'NEXT' });
    vi.advanceTimersByTime(1500);
    actor.send({ type: 'SET_MODE', mode: 'alone' });
    expect(tracker.ended).toBe(false);

    tracker.endSession();
    expect(tracker.ended).toBe(true);
    expect(lms.count('terminate')).toBe(1);
    expect(lms.calls.at(-1)!.kind).toBe('terminate');
    expect(lms.calls.at(-2)!.kind).toBe('commit');
    expect(actor.getSnapshot().context.lms.sessionEnded).toBe(true);
    expect(actor.getSnapshot().context.lms.connection).toBe('ok');
    const location = standard === 'scorm12' ? 'cmi.core.lesson_location' : 'cmi.location';
    expect(cmiPath(lms.persisted, location)).toBe('modus');

    // The window stays open a while: more changes, hidden, pagehide — nothing reaches the LMS.
    const calls = lms.calls.length;
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'SET_TEXT', id: 'stap-1-notes', value: 'Na afronden' });
    tracker.onHidden();
    tracker.finish();
    tracker.endSession();
    vi.advanceTimersByTime(60_000);
    expect(lms.calls.length).toBe(calls);
  });
});
