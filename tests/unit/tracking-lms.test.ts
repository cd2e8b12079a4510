/**
 * The tracker against a real SCORM run-time (scorm-again), both standards: what the LMS
 * ends up holding after a launch, a play-through, a resume and a close.
 * Every value is read back from the LMS side.
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
  interactionsOf,
  launch,
  next,
  pause,
  playMini,
  playMiniFirstHalf,
} from '../support/scorm-lms.js';

const course = miniCourse();
const STANDARDS: Standard[] = ['scorm12', 'scorm2004'];

/** Element names as the standards define them (written out here, independent of our mapping). */
const EL = {
  scorm12: {
    status: 'cmi.core.lesson_status',
    location: 'cmi.core.lesson_location',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    scoreRaw: 'cmi.core.score.raw',
    scoreMin: 'cmi.core.score.min',
    scoreMax: 'cmi.core.score.max',
    scoreLast: 'cmi.core.score.raw',
  },
  scorm2004: {
    status: 'cmi.completion_status',
    location: 'cmi.location',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    scoreRaw: 'cmi.score.raw',
    scoreMin: 'cmi.score.min',
    scoreMax: 'cmi.score.max',
    scoreLast: 'cmi.score.scaled',
  },
} as const;

const ISO_DURATION = /^PT(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/;
const SCORM12_TIMESPAN = /^\d{4}:\d{2}:\d{2}\.\d{2}$/;

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-25T10:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe.each(STANDARDS)('tracking with %s', (standard) => {
  const el = EL[standard];

  it('first launch: Initialize once; incomplete, exit suspend and location written at once', () => {
    const lms = new FakeLms(standard);
    const s = launch(course, lms, new MemoryStorage());

    // No timers have run: everything below was written and committed during attach().
    expect(lms.count('initialize')).toBe(1);
    expect(lms.get(el.status)).toBe('incomplete');
    expect(lms.value(el.exit)).toBe('suspend');
    expect(lms.get(el.location)).toBe('start');
    expect(lms.count('commit')).toBe(1);
    expect(s.saved).toBeUndefined();
    expect(s.ctx().lms).toEqual({ connection: 'ok', textsFit: true });
    if (standard === 'scorm2004') expect(lms.get('cmi.success_status')).toBe('unknown');
  });

  it('a full play-through (alone) ends passed with score 100, written before the status', () => {
    const lms = new FakeLms(standard);
    const s = launch(course, lms, new MemoryStorage());
    playMini(s.actor, PASS);
    expect(s.ctx().learner.completed).toBe(true);

    expect(lms.get(el.scoreRaw)).toBe('100');
    expect(lms.get(el.scoreMin)).toBe('0');
    expect(lms.get(el.scoreMax)).toBe('100');
    expect(lms.get(el.location)).toBe('afronding');
    if (standard === 'scorm12') {
      expect(lms.get('cmi.core.lesson_status')).toBe('passed');
    } else {
      expect(lms.get('cmi.completion_status')).toBe('completed');
      expect(lms.get('cmi.success_status')).toBe('passed');
      expect(lms.get('cmi.score.scaled')).toBe('1');
      expect(lms.get('cmi.progress_measure')).toBe('1');
    }

    // Order on the LMS side: every score element before the pass/fail status.
    const sets = lms.sets();
    const lastScore = Math.max(
      ...[el.scoreMin, el.scoreMax, el.scoreRaw, el.scoreLast].map((e) => sets.findLastIndex((x) => x.element === e)),
    );
    const passedAt = sets.findIndex(
      (x) => x.value === 'passed' && (x.element === 'cmi.core.lesson_status' || x.element === 'cmi.success_status'),
    );
    expect(lastScore).toBeGreaterThanOrEqual(0);
    expect(passedAt).toBeGreaterThan(lastScore);
    expect(sets.every((x) => x.ok)).toBe(true);
  });

  it('a failing run ends failed (and completed)', () => {
    const lms = new FakeLms(standard);
    const s = launch(course, lms, new MemoryStorage());
    playMini(s.actor, FAIL);
    s.tracker.finish();

    expect(lms.value(el.scoreRaw)).toBe('0');
    if (standard === 'scorm12') {
      expect(lms.value('cmi.core.lesson_status')).toBe('failed');
    } else {
      expect(lms.value('cmi.completion_status')).toBe('completed');
      expect(lms.value('cmi.success_status')).toBe('failed');
      expect(lms.value('cmi.score.scaled')).toBe('0');
    }
    const sets = lms.sets();
    const scoreAt = sets.findLastIndex((x) => x.element === el.scoreLast);
    const failedAt = sets.findIndex((x) => x.value === 'failed');
    expect(failedAt).toBeGreaterThan(scoreAt);
  });

  it('reports one interaction per answered graded question, in the vocabulary of the standard; practice answers are not interactions', () => {
    const lms = new FakeLms(standard);
    const s = launch(course, lms, new MemoryStorage());
    playMini(s.actor, [['b'], ['a', 'c']]); // q1 right, q2 wrong: 50 = mastery score
    expect(s.ctx().learner.quizzes['stap-1'].answers['oefen-1'].selected).toEqual(['a']); // kept in the learner state …
    expect(lms.get('cmi.interactions._count')).toBe('2'); // … but not mixed into the graded record
    s.tracker.finish();

    const cmi = lms.persisted;
    const items = interactionsOf(cmi);
    expect(items).toHaveLength(2); // toets q1, toets q2
    const ids = items.map((i) => String(i.id));
    expect(ids).toEqual(['toets__q1__a1', 'toets__q2__a1']);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_.:-]+$/);
    expect(ids.some((id) => id.includes('q1')) && ids.some((id) => id.includes('q2'))).toBe(true);
    for (const i of items) expect(i.type).toBe('choice');

    const [q1, q2] = items as Record<string, any>[];
    if (standard === 'scorm12') {
      for (const i of items) expect(String(i.student_response)).toMatch(/^[0-9a-z](,[0-9a-z])*$/);
      expect([q1.student_response, q2.student_response]).toEqual(['b', 'a,c']);
      expect([q1.result, q2.result]).toEqual(['correct', 'wrong']);
      expect(q2.correct_responses['0'].pattern).toBe('a,b');
      // scorm-again stores latency reformatted; what it received must be a CMITimespan.
      for (const v of lms.sets().filter((x) => x.element.endsWith('.latency'))) expect(v.value).toMatch(SCORM12_TIMESPAN);
    } else {
      expect([q1.learner_response, q2.learner_response]).toEqual(['b', 'a[,]c']);
      expect([q1.result, q2.result]).toEqual(['correct', 'incorrect']);
      expect(q2.correct_responses['0'].pattern).toBe('a[,]b');
      for (const i of items) {
        expect(String(i.description).length).toBeGreaterThan(0);
        expect(String(i.latency)).toMatch(ISO_DURATION);
        expect(String(i.timestamp)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
      }
      expect(q1.description).toBe('Hoeveel stappen?');
    }
    expect([q1, q2].map((i) => i.objectives['0'].id)).toEqual(['doel-b', 'doel-b']);

    // Objectives: one per course objective; pass/fail only where graded questions belong.
    const objectives = cmi.objectives as Record<string, Record<string, any>>;
    expect(Object.values(objectives).map((o) => o.id)).toEqual(['doel-a', 'doel-b']);
    const [a, b] = [objectives['0'], objectives['1']];
    if (standard === 'scorm12') {
      expect(a.status).toBe('completed');
      expect(b.status).toBe('passed');
      expect(b.score.raw).toBe('50'); // doel-b: q1 right, q2 wrong
    } else {
      expect(a.success_status).toBe('unknown');
      expect(a.completion_status).toBe('completed');
      expect(b.success_status).toBe('passed');
      expect(b.score.scaled).toBe('0.5');
      expect(b.completion_status).toBe('completed');
    }
  });

  it.each(['another device', 'the same device'])(
    'resumes from the LMS copy on %s: same page, earlier answers and texts, no duplicate interactions',
    (device) => {
      const lms = new FakeLms(standard);
      const storage = new MemoryStorage();
      const first = launch(course, lms, storage);
      playMiniFirstHalf(first.actor); // ends on the reflection page, its text typed but not yet followed by a page change
      first.tracker.finish();
      const saved = lms.cmi(); // what the LMS keeps between sessions
      expect(interactionsOf(saved)).toHaveLength(0); // the practice answer stays in the learner state

      const lms2 = new FakeLms(standard, saved);
      const second = launch(course, lms2, device === 'the same device' ? storage : new MemoryStorage());
      expect(second.actor.getSnapshot().value).toBe('resumePrompt');
      second.actor.send({ type: 'RESUME' });
      pause();
      const { learner } = second.ctx();
      expect(second.actor.getSnapshot().value).toBe('learning');
      expect(course.pages[learner.page].id).toBe('reflectie');
      expect(learner.mode).toBe('alone');
      expect(learner.texts).toEqual({ 'stap-1-notes': 'Mijn hulpvraag', 'refl-1': 'Reflectie' });
      const practice = second.ctx().quizRefs['stap-1'].getSnapshot();
      expect(practice.value).toBe('finished');
      expect(practice.context.record.answers['oefen-1'].selected).toEqual(['a']);
      expect(lms2.get(el.location)).toBe('reflectie');

      // Relaunching reports nothing …
      expect(lms2.get('cmi.interactions._count')).toBe('0');
      expect(lms2.sets().filter((x) => x.element.startsWith('cmi.interactions.'))).toEqual([]);
      // … until a graded answer, which goes into the next slot; a second relaunch does not repeat it.
      next(second.actor);
      next(second.actor);
      expect(lms2.get('cmi.interactions._count')).toBe('0');
      answer(second.actor, 'toets', ['b']);
      expect(lms2.get('cmi.interactions._count')).toBe('1');
      second.tracker.finish();
      const lms3 = new FakeLms(standard, lms2.cmi());
      const third = launch(course, lms3, device === 'the same device' ? storage : new MemoryStorage());
      third.actor.send({ type: 'RESUME' });
      answer(third.actor, 'toets', ['a', 'b']);
      const items = interactionsOf(lms3.cmi());
      expect(items.map((i) => String(i.id))).toEqual(['toets__q1__a1', 'toets__q2__a1']);
    },
  );

  it('writes the session time in the format of the standard; Terminate reaches the LMS once', () => {
    const lms = new FakeLms(standard);
    const s = launch(course, lms, new MemoryStorage());
    playMiniFirstHalf(s.actor);
    vi.advanceTimersByTime(3_600_000 + 62_500); // a long team session
    s.tracker.finish();
    const callsAtClose = lms.calls.length;
    s.tracker.finish();
    s.tracker.onHidden();
    vi.advanceTimersByTime(60_000);

    expect(lms.count('terminate')).toBe(1);
    expect(lms.calls.filter((c) => c.kind === 'terminate')[0].result).toBe('true');
    expect(lms.calls.length).toBe(callsAtClose); // nothing at all after Terminate
    const times = lms.sets().filter((x) => x.element === el.sessionTime);
    expect(times).toHaveLength(1);
    expect(times[0].ok).toBe(true);
    if (standard === 'scorm12') {
      expect(times[0].value).toMatch(SCORM12_TIMESPAN);
      expect(times[0].value.startsWith('0001:0')).toBe(true);
    } else {
      expect(times[0].value).toMatch(ISO_DURATION);
      expect(times[0].value).toMatch(/^PT1H\dM/);
      expect(lms.value('cmi.session_time')).toBe(times[0].value);
    }
  });

  it('commits once per page change and never sends a value the LMS already holds', () => {
    const lms = new FakeLms(standard);
    const s = launch(course, lms, new MemoryStorage());
    const a = s.actor;
    const commitsDuring = (fn: () => void) => {
      const before = lms.count('commit');
      fn();
      pause();
      return lms.count('commit') - before;
    };
    const pageChange = () => expect(commitsDuring(() => a.send({ type: 'NEXT' }))).toBe(1);
    // Typing is committed on its own, debounced: at most one commit for a change (issue #17).
    const typing = (id: string, value: string) =>
      expect(commitsDuring(() => a.send({ type: 'SET_TEXT', id, value }))).toBeLessThanOrEqual(1);
    const answerQuestion = (setId: string, options: string[]) => {
      const ref = a.getSnapshot().context.quizRefs[setId];
      for (const o of options) expect(commitsDuring(() => ref.send({ type: options.length > 1 ? 'TOGGLE' : 'SELECT', option: o }))).toBe(0);
      expect(commitsDuring(() => ref.send({ type: 'SUBMIT' }))).toBe(1); // the interaction
      expect(commitsDuring(() => ref.send({ type: 'NEXT' }))).toBeLessThanOrEqual(1); // result of the set, if last
    };

    pageChange(); // modus
    expect(commitsDuring(() => a.send({ type: 'SET_MODE', mode: 'alone' }))).toBeLessThanOrEqual(1);
    pageChange(); // stap-1
    typing('stap-1-notes', 'Mijn');
    typing('stap-1-notes', 'Mijn hulpvraag');
    answerQuestion('stap-1', ['a']);
    pageChange(); // reflectie
    typing('refl-1', 'Reflectie');
    pageChange(); // film
    pageChange(); // toets
    answerQuestion('toets', ['b']);
    answerQuestion('toets', ['a', 'b']);
    pageChange(); // acties
    pageChange(); // einde
    pageChange(); // afronding
    expect(a.getSnapshot().context.learner.completed).toBe(true);
    s.tracker.onHidden();
    s.tracker.finish();

    const repeats: string[] = [];
    const held = new Map<string, string>();
    for (const { element, value } of lms.sets()) {
      if (held.get(element) === value) repeats.push(`${element}=${value.slice(0, 40)}`);
      held.set(element, value);
    }
    expect(repeats).toEqual([]);
    expect(lms.sets().every((x) => x.ok)).toBe(true);
  });
});
