/**
 * How a real LMS (Moodle 4.5) launches a SCO, made to happen on scorm-again: objectives pre-filled
 * from the manifest, a finished attempt reopened in review mode, browse mode, credit = no-credit, and
 * the SCO frame loaded again after Terminate. Every value is read back from the LMS side.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Standard } from '../../src/tracking/cmi-mapping.js';
import { miniCourse } from '../support/fixtures.js';
import { FAIL, FakeLms, MemoryStorage, PASS, launch, pause, playMini, playMiniFirstHalf, type CmiJson } from '../support/scorm-lms.js';

const course = miniCourse();

/** The LMS's names for mode and credit (written out here, independent of our mapping). */
const MODE = { scorm12: 'cmi.core.lesson_mode', scorm2004: 'cmi.mode' } as const;
const CREDIT = { scorm12: 'cmi.core.credit', scorm2004: 'cmi.credit' } as const;

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-25T10:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Objective entries the LMS holds, in slot order. */
function objectives(cmi: CmiJson): Record<string, any>[] {
  const all = (cmi.objectives ?? {}) as Record<string, Record<string, any>>;
  return Object.keys(all)
    .filter((k) => /^\d+$/.test(k))
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => all[k]);
}

describe.each<Standard>(['scorm12', 'scorm2004'])('LMS launch behaviours with %s', (standard) => {
  it('objectives pre-filled by the LMS: each result lands in the entry with its id, new ids are appended, no id is written twice', () => {
    // Moodle pre-fills 2004 objectives from the manifest, `primary` first; a 1.2 LMS may hold some already.
    const held: Record<string, string> =
      standard === 'scorm2004'
        ? { 'cmi.objectives.0.id': 'primary', 'cmi.objectives.1.id': 'doel-b' }
        : { 'cmi.objectives.0.id': 'doel-b' };
    const lms = new FakeLms(standard, undefined, held);
    const s = launch(course, lms, new MemoryStorage());
    playMini(s.actor, [['b'], ['a', 'b']]); // both graded questions (doel-b) right
    s.tracker.finish();

    expect(lms.sets().filter((x) => !x.ok)).toEqual([]); // no 351 (or any other refusal)
    const idWrites = lms.sets().filter((x) => /^cmi\.objectives\.\d+\.id$/.test(x.element));
    const doelB = standard === 'scorm2004' ? 1 : 0;
    expect(idWrites).toEqual([{ element: `cmi.objectives.${doelB + 1}.id`, value: 'doel-a', ok: true }]);
    const list = objectives(lms.persisted);
    expect(list.map((o) => o.id)).toEqual(standard === 'scorm2004' ? ['primary', 'doel-b', 'doel-a'] : ['doel-b', 'doel-a']);
    const b = list[doelB];
    const a = list[doelB + 1];
    if (standard === 'scorm2004') {
      expect(list[0].success_status).toBe('unknown'); // the primary entry holds no other objective's result
      expect(b.success_status).toBe('passed');
      expect(b.score.scaled).toBe('1');
      expect(a.completion_status).toBe('completed');
      expect(a.success_status).toBe('unknown');
    } else {
      expect(b.status).toBe('passed');
      expect(b.score.raw).toBe('100');
      expect(a.status).toBe('completed');
    }

    // The next session finds every id in place and writes none again.
    const lms2 = lms.relaunch();
    const again = launch(course, lms2, new MemoryStorage());
    again.actor.send({ type: 'RESUME' });
    pause();
    again.tracker.finish();
    expect(lms2.sets().filter((x) => /^cmi\.objectives\.\d+\.id$/.test(x.element))).toEqual([]);
    expect(lms2.sets().filter((x) => !x.ok)).toEqual([]);
    expect(objectives(lms2.persisted).map((o) => o.id)).toEqual(list.map((o) => o.id));
  });

  it('review mode (a finished attempt reopened): no write at all, a review notice, no retake; reading and browsing work', () => {
    const first = new FakeLms(standard);
    const storage = new MemoryStorage();
    const s1 = launch(course, first, storage);
    playMini(s1.actor, FAIL);
    s1.tracker.finish();
    const before = first.persisted;

    const lms = first.relaunch({ [MODE[standard]]: 'review' });
    const s = launch(course, lms, storage);
    expect(s.tracker.recording).toBe('review');
    expect(s.ctx().lms.viewing).toBe('review');
    s.actor.send({ type: 'RESUME' });
    pause();
    for (let i = 0; i < 3; i++) {
      s.actor.send({ type: 'PREV' });
      pause();
    }
    s.actor.send({ type: 'GOTO', index: course.pages.findIndex((p) => p.id === 'toets') });
    pause();
    const quiz = s.ctx().quizRefs.toets;
    expect(quiz.getSnapshot().context.record).toMatchObject({ done: true, passed: false, score: 0 });
    quiz.send({ type: 'RETRY' });
    pause();
    expect(quiz.getSnapshot().value).toBe('finished'); // no retake in review
    s.tracker.onHidden();
    s.tracker.finish();

    expect(lms.count('setValue')).toBe(0);
    expect(lms.count('commit')).toBe(0);
    expect(lms.count('initialize')).toBe(1);
    expect(lms.count('terminate')).toBe(1);
    expect(lms.persisted.interactions).toEqual(before.interactions);
    expect(lms.persisted.suspend_data).toBe(before.suspend_data);
  });

  it.each([
    ['browse mode', { mode: 'browse' }],
    ['credit = no-credit', { credit: 'no-credit' }],
  ] as const)('%s: the whole module can be played; no status, score, interaction or objective is written', (_name, values) => {
    const held: Record<string, string> = {};
    if ('mode' in values) held[MODE[standard]] = values.mode;
    if ('credit' in values) held[CREDIT[standard]] = values.credit;
    const lms = new FakeLms(standard, undefined, held);
    const storage = new MemoryStorage();
    const s = launch(course, lms, storage);
    expect(s.ctx().lms.viewing).toBe('browse');
    playMini(s.actor, PASS);
    expect(s.ctx().learner.completed).toBe(true);
    s.tracker.onHidden();
    s.tracker.finish();

    expect(lms.sets()).toEqual([]);
    expect(lms.count('commit')).toBe(0);
    expect(lms.count('terminate')).toBe(1);
    expect(storage.only()).toBeNull(); // nothing kept that a later graded attempt could pick up
  });

  it('the SCO frame loaded again after Terminate: no Initialize, no call at all into the ended session; work is kept on the device', () => {
    const lms = new FakeLms(standard, undefined, { [standard === 'scorm12' ? 'cmi.core.student_id' : 'cmi.learner_id']: 'lerende-7' });
    const storage = new MemoryStorage();
    const s = launch(course, lms, storage);
    playMiniFirstHalf(s.actor);
    s.tracker.finish();
    const ended = lms.calls.length;
    expect(lms.calls.at(-1)?.kind).toBe('terminate');

    // The LMS loads the same SCO page again in its frame, with the same (terminated) API object.
    const reloaded = launch(course, lms, storage);
    expect(reloaded.ctx().lms.connection).toBe('ended'); // the learner is told: saved on this device
    reloaded.actor.send({ type: 'RESUME' });
    pause();
    reloaded.actor.send({ type: 'NEXT' });
    pause();
    reloaded.tracker.onHidden();
    reloaded.tracker.finish();

    expect(lms.calls.slice(ended)).toEqual([]);
    expect(lms.count('initialize')).toBe(1);
    expect(reloaded.saved?.texts['refl-1']).toBe('Reflectie'); // resumed from the device backup
  });

  it('an API terminated by someone else: a refused Initialize is not hammered when the LMS says the session ended', () => {
    const lms = new FakeLms(standard);
    const c = lms.mapping.calls;
    lms.runtime[c.initialize]('');
    lms.runtime[c.terminate]('');
    const s = launch(course, lms, new MemoryStorage());
    expect(s.ctx().lms.connection).toBe('local');
    // 2004 says so (104): one try. 1.2 answers with the general 101, which may be transient: retried.
    expect(lms.count('initialize')).toBe(standard === 'scorm2004' ? 1 : 3);
    expect(lms.calls.filter((x) => !['initialize', 'getLastError'].includes(x.kind))).toEqual([]);
  });
});
