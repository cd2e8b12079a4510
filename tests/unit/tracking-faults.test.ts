/**
 * LMS faults and odd launches. Whatever goes wrong, no progress is lost: it reaches the
 * LMS later, or stays on the device and comes back on the next launch.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Standard } from '../../src/tracking/cmi-mapping.js';
import { miniCourse } from '../support/fixtures.js';
import {
  FAIL,
  FakeLms,
  MemoryStorage,
  PASS,
  answer,
  cmiPath,
  interactionsOf,
  launch,
  next,
  pause,
  playMini,
  playMiniFirstHalf,
  playMiniSecondHalf,
  type CmiJson,
  type Session,
} from '../support/scorm-lms.js';

const course = miniCourse();
const pageId = (s: Session) => course.pages[s.ctx().learner.page].id;
const QUIZ_PAGE = course.pages.findIndex((p) => p.id === 'toets');

const EL = {
  scorm12: { status: 'cmi.core.lesson_status', location: 'cmi.core.lesson_location', scoreRaw: 'cmi.core.score.raw' },
  scorm2004: { status: 'cmi.completion_status', location: 'cmi.location', scoreRaw: 'cmi.score.raw' },
} as const;

/** What an LMS holds for a learner who completed earlier (plus extra values). */
function completedRecord(standard: Standard, extra: Record<string, unknown> = {}): CmiJson {
  return standard === 'scorm12' ? { core: { lesson_status: 'completed' }, ...extra } : { completion_status: 'completed', ...extra };
}

/** Final outcome as the LMS holds it: 'passed' / 'failed' / 'incomplete' / … */
function outcome(lms: FakeLms, from: 'live' | 'persisted' = 'live'): { completed: boolean; success: string } {
  const read = (el: string) => (from === 'live' ? lms.value(el) : cmiPath(lms.persisted, el));
  if (lms.standard === 'scorm12') {
    const status = read('cmi.core.lesson_status');
    return { completed: ['completed', 'passed', 'failed'].includes(status), success: status };
  }
  return { completed: read('cmi.completion_status') === 'completed', success: read('cmi.success_status') };
}

/** Status values (completion/lesson status) the LMS received. */
const statusWrites = (lms: FakeLms, from = 0) => lms.valuesSet(EL[lms.standard].status, from);

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-25T10:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe.each<Standard>(['scorm12', 'scorm2004'])('LMS faults with %s', (standard) => {
  const el = EL[standard];

  it('Initialize refused: the course works on the device, says so, and hands everything over next time', () => {
    const storage = new MemoryStorage();
    const lms = new FakeLms(standard);
    lms.faults.initialize = () => false;
    const s = launch(course, lms, storage);
    expect(s.ctx().lms.connection).toBe('local');
    playMiniFirstHalf(s.actor);
    s.tracker.onHidden();
    s.tracker.finish();
    expect(pageId(s)).toBe('reflectie');
    expect(lms.calls.filter((c) => !['initialize', 'getLastError'].includes(c.kind))).toEqual([]);
    expect(storage.only()).not.toBeNull();

    // Next launch, the LMS answers: the learner resumes where they were, and the LMS catches up.
    const lms2 = new FakeLms(standard);
    const again = launch(course, lms2, storage);
    expect(again.actor.getSnapshot().value).toBe('resumePrompt');
    again.actor.send({ type: 'RESUME' });
    expect(pageId(again)).toBe('reflectie');
    expect(again.ctx().learner.texts).toEqual({ 'stap-1-notes': 'Mijn hulpvraag', 'refl-1': 'Reflectie' });
    expect(again.ctx().lms.connection).toBe('ok');
    expect(lms2.get(el.location)).toBe('reflectie');
    expect(lms2.get('cmi.interactions._count')).toBe('0'); // practice answers stay in the learner state
    playMiniSecondHalf(again.actor, PASS);
    expect(outcome(lms2)).toEqual({ completed: true, success: 'passed' });
  });

  const rejections: [code: number, what: string, match: (element: string) => boolean][] = [
    [405, 'location', (e) => e === el.location],
    [406, 'learner response', (e) => /^cmi\.interactions\.\d+\.(student|learner)_response$/.test(e)],
    [407, 'raw score', (e) => e === el.scoreRaw],
  ];
  it.each(rejections)(
    'SetValue refused with %i for the %s: everything else is written, the refused value is not repeated',
    (code, _what, match) => {
      const clean = new FakeLms(standard);
      const cleanRun = launch(course, clean, new MemoryStorage());
      playMini(cleanRun.actor, PASS);
      cleanRun.tracker.finish();

      vi.setSystemTime(new Date('2026-11-25T10:00:00Z')); // same clock, so both runs write the same values
      const lms = new FakeLms(standard);
      lms.faults.setValue = (element) => (match(element) ? code : undefined);
      const s = launch(course, lms, new MemoryStorage());
      playMini(s.actor, PASS);
      s.tracker.finish();

      const refused = lms.sets().filter((x) => !x.ok);
      expect(refused.length).toBeGreaterThan(0);
      expect(refused.every((x) => match(x.element))).toBe(true);
      const attempts = refused.map((x) => `${x.element}=${x.value}`);
      expect(new Set(attempts).size).toBe(attempts.length); // no (element, value) sent twice
      // Apart from the refused element, the LMS holds exactly what a fault-free run leaves.
      const accepted = (l: FakeLms) => l.sets().filter((x) => x.ok && !match(x.element));
      expect(accepted(lms)).toEqual(accepted(clean));
      expect(outcome(lms, 'persisted')).toEqual({ completed: true, success: 'passed' });
      expect(s.ctx().lms.connection).toBe('ok');
    },
  );

  it('Commit fails twice, then works: retried, status back to ok, LMS complete', () => {
    const lms = new FakeLms(standard);
    const s = launch(course, lms, new MemoryStorage());
    playMiniFirstHalf(s.actor);
    let failuresLeft = 2;
    lms.faults.commit = () => (failuresLeft-- > 0 ? false : undefined);
    const persistedBefore = lms.persisted;

    s.actor.send({ type: 'NEXT' }); // film
    vi.advanceTimersByTime(1);
    expect(lms.calls.filter((c) => c.kind === 'commit').at(-1)!.result).toBe('false');
    expect(s.ctx().lms.connection).toBe('retrying');
    expect(lms.persisted).toBe(persistedBefore);
    s.actor.send({ type: 'NEXT' }); // toets: the learner keeps going meanwhile
    vi.advanceTimersByTime(1000);
    expect(s.ctx().lms.connection).toBe('retrying');
    vi.advanceTimersByTime(2000);
    expect(s.ctx().lms.connection).toBe('ok');
    expect(
      lms.calls
        .filter((c) => c.kind === 'commit')
        .map((c) => c.result)
        .slice(-3),
    ).toEqual(['false', 'false', 'true']);
    expect(cmiPath(lms.persisted, el.location)).toBe('toets');

    for (const ans of PASS) answer(s.actor, 'toets', ans);
    next(s.actor);
    next(s.actor);
    next(s.actor); // the closing page
    s.tracker.finish();
    expect(outcome(lms, 'persisted')).toEqual({ completed: true, success: 'passed' });
    expect(interactionsOf(lms.persisted)).toHaveLength(2); // the graded quiz; practice stays in the learner state
  });

  it('Commit fails for good: "saved on this device" after 3 failures, learning goes on, nothing lost', () => {
    const storage = new MemoryStorage();
    const lms = new FakeLms(standard);
    const s = launch(course, lms, storage);
    next(s.actor);
    const connection: { state: string; failedCommits: number }[] = [];
    s.actor.subscribe((snap) => {
      const state = snap.context.lms.connection;
      if (connection.at(-1)?.state !== state)
        connection.push({ state, failedCommits: lms.calls.filter((c) => c.kind === 'commit' && c.result === 'false').length });
    });
    lms.faults.commit = () => false;
    lms.faults.terminate = () => false;

    s.actor.send({ type: 'SET_MODE', mode: 'alone' });
    pause();
    next(s.actor);
    s.actor.send({ type: 'SET_TEXT', id: 'stap-1-notes', value: 'Mijn hulpvraag' });
    answer(s.actor, 'stap-1', ['a']);
    vi.advanceTimersByTime(10_000);
    expect(connection.map((c) => c.state)).toEqual(['ok', 'retrying', 'local']);
    expect(connection.find((c) => c.state === 'local')!.failedCommits).toBe(3);
    next(s.actor);
    s.actor.send({ type: 'SET_TEXT', id: 'refl-1', value: 'Reflectie' });
    pause();
    playMiniSecondHalf(s.actor, PASS);
    expect(pageId(s)).toBe('afronding');
    expect(s.ctx().learner.completed).toBe(true);
    expect(s.ctx().lms.connection).toBe('local');
    s.tracker.onHidden();
    s.tracker.finish();
    expect(cmiPath(lms.persisted, el.location)).toBe('modus'); // the LMS only got the first page change

    // Next launch: the device backup has everything; the LMS gets it all.
    const lms2 = lms.relaunch();
    const again = launch(course, lms2, storage);
    again.actor.send({ type: 'RESUME' });
    const l = again.ctx().learner;
    expect(pageId(again)).toBe('afronding');
    expect(l.completed).toBe(true);
    expect(l.texts).toEqual({ 'stap-1-notes': 'Mijn hulpvraag', 'refl-1': 'Reflectie' });
    expect(again.ctx().quizRefs.toets.getSnapshot().context.record).toMatchObject({ done: true, score: 100, passed: true });
    expect(outcome(lms2)).toEqual({ completed: true, success: 'passed' });
    expect(lms2.get(el.scoreRaw)).toBe('100');
    expect(lms2.get('cmi.interactions._count')).toBe('2');
  });

  it('GetValue answers "" for everything: fresh start, no crash', () => {
    const first = new FakeLms(standard);
    playMini(launch(course, first, new MemoryStorage()).actor, PASS);
    const lms = first.relaunch();
    lms.faults.getValue = () => '';
    const s = launch(course, lms, new MemoryStorage());
    expect(s.saved).toBeUndefined();
    expect(s.actor.getSnapshot().value).toBe('learning');
    expect(pageId(s)).toBe('start');
    playMini(s.actor, PASS);
    s.tracker.finish();
    expect(outcome(lms, 'persisted')).toEqual({ completed: true, success: 'passed' });
  });

  const corrupt: [string, string][] = [
    ['{{{', '{{{'],
    ['null', 'null'],
    ['[1,2]', '[1,2]'],
    ['a huge string', 'x'.repeat(60_000)],
    [
      'a copy cut off by the LMS',
      `{"v":1,"mv":1,"p":3,"vi":["start","modus","stap-1","reflectie"],"tx":{"refl-1":"${'y'.repeat(5000)}`.slice(0, 4096),
    ],
    ['wrong types', '{"v":1,"p":"drie","vi":"start","ps":{"a":1},"tx":[1],"qz":{"toets":"x"},"ac":[null,1],"ru":"x","ts":{}}'],
  ];
  describe.each(corrupt)('corrupted suspend_data: %s', (_name, data) => {
    it('fresh start, no crash', () => {
      const lms = new FakeLms(standard, { suspend_data: data });
      const s = launch(course, lms, new MemoryStorage());
      expect(s.ctx().learner.completed).toBe(false);
      expect(pageId(s)).toBe('start');
      playMini(s.actor, PASS);
      expect(outcome(lms)).toEqual({ completed: true, success: 'passed' });
      expect(lms.get('cmi.suspend_data')).not.toBe(data); // replaced by a sound copy
    });

    it('completion kept when the LMS status says completed', () => {
      const lms = new FakeLms(standard, completedRecord(standard, { suspend_data: data }));
      const s = launch(course, lms, new MemoryStorage());
      expect(s.ctx().learner.completed).toBe(true);
      expect(pageId(s)).toBe('start');
      next(s.actor);
      s.tracker.finish();
      expect(statusWrites(lms)).not.toContain('incomplete');
      expect(outcome(lms, 'persisted').completed).toBe(true);
    });
  });

  const older: [string, string][] = [
    ['v: 0', '{"v":0,"p":4,"vi":["start","modus"],"c":1}'],
    [
      'unknown pages, questions and fields',
      JSON.stringify({
        v: 1,
        mv: 0,
        p: 6,
        vi: ['intro-oud', 'hoofdstuk-2', 'oude-quiz', 'x', 'y', 'z', 'w'],
        md: 'a',
        tx: { 'oud-veld': 'Oude tekst' },
        qz: { 'oude-toets': [1, 1, 80, 1, { x1: ['a', 1, 5, 5] }], toets: [1, 1, 100, 1, { 'q-oud': ['c', 1, 5, 5] }] },
        tm: { 'oude-stap': 5000 },
        c: 1,
        ru: 0,
        ts: 1,
      }),
    ],
  ];
  it.each(older)('suspend_data from an older module version (%s): ignored safely, completion kept', (_name, data) => {
    const lms = new FakeLms(standard, completedRecord(standard, { suspend_data: data }));
    const s = launch(course, lms, new MemoryStorage());
    const { learner } = s.ctx();
    expect(learner.completed).toBe(true);
    expect(pageId(s)).toBe('start'); // no page of the old version is trusted
    expect(learner.visited).toEqual(['start']);
    expect(learner.texts).toEqual({});
    expect(learner.timers).toEqual({});
    expect(s.ctx().quizRefs.toets.getSnapshot().value).toBe('answering');
    playMini(s.actor, PASS);
    s.tracker.finish();
    expect(statusWrites(lms)).not.toContain('incomplete');
    expect(outcome(lms, 'persisted')).toEqual({ completed: true, success: 'passed' });
  });

  it('LMS holding failed: the quiz may be retaken and a pass is written as passed', () => {
    const lms = new FakeLms(standard);
    const first = launch(course, lms, new MemoryStorage());
    playMini(first.actor, FAIL);
    first.tracker.finish();
    expect(outcome(lms, 'persisted')).toEqual({ completed: true, success: 'failed' });

    const lms2 = lms.relaunch();
    const s = launch(course, lms2, new MemoryStorage());
    s.actor.send({ type: 'RESUME' });
    s.actor.send({ type: 'GOTO', index: QUIZ_PAGE });
    pause();
    expect(pageId(s)).toBe('toets');
    s.ctx().quizRefs.toets.send({ type: 'RETRY' });
    pause();
    expect(outcome(lms2).success).toBe('failed'); // nothing changes before the new result
    for (const ans of PASS) answer(s.actor, 'toets', ans);
    expect(outcome(lms2)).toEqual({ completed: true, success: 'passed' });
    expect(lms2.get(el.scoreRaw)).toBe('100');
    s.tracker.finish();
    expect(statusWrites(lms2)).not.toContain('incomplete');
    const ids = interactionsOf(lms2.persisted).map((i) => String(i.id));
    expect(ids).toHaveLength(4); // 2 of attempt 1 + 2 of attempt 2 (practice is not an interaction)
    expect(new Set(ids).size).toBe(4);
  });

  it('LMS holding failed without saved data: the learner can still pass', () => {
    const held =
      standard === 'scorm12'
        ? { core: { lesson_status: 'failed', score: { raw: '0' } } }
        : { completion_status: 'completed', success_status: 'failed' };
    const lms = new FakeLms(standard, held);
    const s = launch(course, lms, new MemoryStorage());
    expect(s.ctx().learner.completed).toBe(true);
    playMini(s.actor, PASS);
    expect(outcome(lms)).toEqual({ completed: true, success: 'passed' });
    expect(statusWrites(lms)).not.toContain('incomplete');
  });

  it.each(['RESUME', 'RESTART'] as const)('relaunch after completion (%s) keeps completion', (choice) => {
    const storage = new MemoryStorage();
    const lms = new FakeLms(standard);
    const first = launch(course, lms, storage);
    playMini(first.actor, PASS);
    first.tracker.finish();

    for (const device of [storage, new MemoryStorage()]) {
      const lms2 = lms.relaunch();
      const s = launch(course, lms2, device);
      s.actor.send({ type: choice });
      pause();
      next(s.actor);
      s.actor.send({ type: 'PREV' });
      pause();
      s.tracker.onHidden();
      s.tracker.finish();
      expect(s.ctx().learner.completed).toBe(true);
      expect(statusWrites(lms2)).not.toContain('incomplete');
      expect(outcome(lms2, 'persisted')).toEqual({ completed: true, success: 'passed' });
      if (standard === 'scorm2004') expect(cmiPath(lms2.persisted, 'cmi.progress_measure')).toBe('1');
    }
  });

  it('double launch: tab B, opened earlier, does not write incomplete over tab A’s completion', () => {
    const storage = new MemoryStorage(); // one device, two tabs
    const record = standard === 'scorm12' ? { core: { student_id: 'u-42' } } : { learner_id: 'u-42' };
    const lmsB = new FakeLms(standard, record);
    const tabB = launch(course, lmsB, storage);
    next(tabB.actor);

    const lmsA = new FakeLms(standard, record);
    const tabA = launch(course, lmsA, storage);
    tabA.actor.send({ type: 'RESUME' }); // the device backup of tab B
    tabA.actor.send({ type: 'GOTO', index: 0 });
    playMini(tabA.actor, PASS);
    tabA.tracker.onHidden();
    tabA.tracker.finish();
    expect(outcome(lmsA, 'persisted')).toEqual({ completed: true, success: 'passed' });

    // Tab B comes back to the front and goes on.
    const fromHere = lmsB.calls.length;
    tabB.actor.send({ type: 'SET_MODE', mode: 'alone' });
    pause();
    next(tabB.actor);
    tabB.actor.send({ type: 'SET_TEXT', id: 'stap-1-notes', value: 'Later in tab B' });
    pause();
    answer(tabB.actor, 'stap-1', ['a']);
    next(tabB.actor);
    tabB.actor.send({ type: 'PREV' });
    pause();
    tabB.tracker.onHidden();
    pause();
    // The device backup still says completed after tab B saved its own state over it …
    expect(launch(course, new FakeLms(standard, record), storage).ctx().learner.completed).toBe(true); // an LMS holding nothing
    // … and once tab B has seen the completion, it keeps it even if the device storage is wiped.
    storage.clear();
    next(tabB.actor);
    tabB.tracker.finish();

    expect(statusWrites(lmsB, fromHere)).not.toContain('incomplete');
    // 2004: B reports the completion itself. 1.2: B leaves lesson_status alone (A's `passed` stays).
    if (standard === 'scorm2004') expect(cmiPath(lmsB.persisted, 'cmi.completion_status')).toBe('completed');
    // Whichever tab's copy the LMS keeps, the next launch still knows the learner completed.
    for (const lms of [lmsA, lmsB]) {
      const next1 = launch(course, lms.relaunch(), new MemoryStorage());
      expect(next1.ctx().learner.completed).toBe(true);
      const next2 = launch(course, lms.relaunch(), storage);
      expect(next2.ctx().learner.completed).toBe(true);
    }
  });
});
