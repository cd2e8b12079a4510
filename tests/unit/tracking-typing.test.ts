/**
 * Typing reaches the LMS while the learner is still on the page (issue #17): debounced, coalesced with
 * other pending writes, at most one commit per EDIT_MAX_MS of typing, soon after leaving a field, and
 * never a SetValue of an unchanged value. Fake timers; scorm-again is the LMS; assertions read what the
 * LMS committed (`persisted`), not our own state.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Standard } from '../../src/tracking/cmi-mapping.js';
import { EDIT_IDLE_MS, EDIT_MAX_MS, LEAVE_FIELD_MS } from '../../src/tracking/tracker.js';
import { miniCourse } from '../support/fixtures.js';
import { FakeLms, MemoryStorage, cmiPath, launch, next, pause, type Session } from '../support/scorm-lms.js';

const course = miniCourse();
const NOTES = 'stap-1-notes';
const SENTENCE = 'De dochter wil graag meedenken over de zorg voor haar vader.';

const committedSuspend = (lms: FakeLms) => cmiPath(lms.persisted, 'cmi.suspend_data');
const commits = (lms: FakeLms) => lms.count('commit');

/** Launch, choose "alone" and open step 1 (a page with a notes field); all of that committed. */
function onStepPage(lms: FakeLms): Session {
  const s = launch(course, lms, new MemoryStorage());
  next(s.actor);
  s.actor.send({ type: 'SET_MODE', mode: 'alone' });
  pause();
  next(s.actor);
  expect(course.pages[s.ctx().learner.page].id).toBe('stap-1');
  pause(EDIT_MAX_MS); // nothing pending, and the last commit is long enough ago
  return s;
}

/** Types `text` one character at a time, `every` ms apart (the first keystroke at once). */
function type(s: Session, text: string, every: number, onKey?: (value: string) => void): void {
  for (let i = 1; i <= text.length; i++) {
    if (i > 1) vi.advanceTimersByTime(every);
    s.actor.send({ type: 'SET_TEXT', id: NOTES, value: text.slice(0, i) });
    onKey?.(text.slice(0, i));
  }
}

/** SetValue calls that repeat the value the element already had from the previous SetValue. */
function repeatedSets(lms: FakeLms): string[] {
  const last = new Map<string, string>();
  const repeats: string[] = [];
  for (const { element, value } of lms.sets()) {
    if (last.get(element) === value) repeats.push(`${element}=${value.slice(0, 40)}`);
    last.set(element, value);
  }
  return repeats;
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-25T10:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe.each<Standard>(['scorm12', 'scorm2004'])('typing reaches the LMS (%s)', (standard) => {
  it('a short burst: one commit EDIT_IDLE_MS after the last keystroke, holding the whole text', () => {
    const lms = new FakeLms(standard);
    const s = onStepPage(lms);
    const before = commits(lms);
    const setsBefore = lms.calls.length;
    type(s, 'Bel de dochter', 50);
    vi.advanceTimersByTime(EDIT_IDLE_MS - 1);
    expect(commits(lms)).toBe(before);
    expect(committedSuspend(lms)).not.toContain('Bel de dochter');
    vi.advanceTimersByTime(1);
    expect(commits(lms)).toBe(before + 1);
    expect(committedSuspend(lms)).toContain('Bel de dochter');
    // Coalesced: one suspend_data write for fourteen keystrokes.
    expect(lms.valuesSet('cmi.suspend_data', setsBefore)).toHaveLength(1);
    pause(10_000);
    expect(commits(lms)).toBe(before + 1); // nothing new, nothing sent
    expect(repeatedSets(lms)).toEqual([]);
  });

  it('steady typing: at most one commit per EDIT_MAX_MS, every keystroke committed within EDIT_MAX_MS', () => {
    const lms = new FakeLms(standard);
    const s = onStepPage(lms);
    const typedAt: { at: number; value: string }[] = [];
    const commitTimes: number[] = [];
    let seen = commits(lms);
    const check = () => {
      const now = Date.now();
      if (commits(lms) > seen) {
        seen = commits(lms);
        commitTimes.push(now);
      }
      // Everything typed EDIT_MAX_MS ago or earlier is in the LMS.
      const old = typedAt.filter((k) => k.at <= now - EDIT_MAX_MS).at(-1);
      if (old) expect(committedSuspend(lms)).toContain(`"${old.value}`);
    };
    const text = `${SENTENCE} ${SENTENCE}`; // 121 keystrokes, 100 ms apart: 12 s of typing
    type(s, text, 100, (value) => {
      typedAt.push({ at: Date.now(), value });
      check();
    });
    const lastKey = Date.now();
    for (let t = 0; t < EDIT_MAX_MS; t += 10) {
      vi.advanceTimersByTime(10);
      check();
    }
    expect(committedSuspend(lms)).toContain(text);
    const typingCommits = commitTimes.length;
    expect(typingCommits).toBeGreaterThanOrEqual(6);
    expect(typingCommits).toBeLessThanOrEqual(Math.ceil((Date.now() - typedAt[0].at) / EDIT_MAX_MS));
    for (let i = 1; i < commitTimes.length; i++) expect(commitTimes[i] - commitTimes[i - 1]).toBeGreaterThanOrEqual(EDIT_MAX_MS);
    expect(commitTimes.at(-1)! - lastKey).toBeLessThanOrEqual(EDIT_MAX_MS);
    expect(repeatedSets(lms)).toEqual([]);
  });

  it('leaving the field commits within LEAVE_FIELD_MS; leaving without changes commits nothing', () => {
    const lms = new FakeLms(standard);
    const s = onStepPage(lms);
    const before = commits(lms);
    s.actor.send({ type: 'LEAVE_FIELD' });
    pause(5000);
    expect(commits(lms)).toBe(before);

    type(s, 'Eerst de buurvrouw', 50);
    s.actor.send({ type: 'LEAVE_FIELD' });
    vi.advanceTimersByTime(LEAVE_FIELD_MS);
    expect(commits(lms)).toBe(before + 1);
    expect(committedSuspend(lms)).toContain('Eerst de buurvrouw');
    pause(5000);
    expect(commits(lms)).toBe(before + 1);
  });

  it('coalesced: texts typed just before Next go out with that page change, in its one commit', () => {
    const lms = new FakeLms(standard);
    const s = onStepPage(lms);
    const before = commits(lms);
    type(s, 'Hulpvraag van Anja', 60);
    s.actor.send({ type: 'LEAVE_FIELD' }); // the click on an answer takes the focus
    // The activity answered: a quiz change syncs at once and takes the typed text along.
    const ref = s.ctx().quizRefs['stap-1'];
    ref.send({ type: 'SELECT', option: 'a' });
    ref.send({ type: 'SUBMIT' });
    vi.advanceTimersByTime(1);
    expect(commits(lms)).toBe(before + 1);
    expect(committedSuspend(lms)).toContain('Hulpvraag van Anja');
    pause(5000);
    expect(commits(lms)).toBe(before + 1); // the pending typing sync was folded in, not repeated

    ref.send({ type: 'NEXT' });
    pause();
    s.actor.send({ type: 'NEXT' }); // reflection page
    pause();
    const atReflection = commits(lms);
    s.actor.send({ type: 'SET_TEXT', id: 'refl-1', value: 'Ik neem mee: vragen' });
    s.actor.send({ type: 'LEAVE_FIELD' }); // focus moves to Next …
    vi.advanceTimersByTime(50);
    s.actor.send({ type: 'NEXT' }); // … and the click lands: one commit for text and page
    pause(5000);
    expect(commits(lms)).toBe(atReflection + 1);
    expect(committedSuspend(lms)).toContain('Ik neem mee: vragen');
    expect(cmiPath(lms.persisted, lms.mapping.element.location)).toBe('film');
    expect(repeatedSets(lms)).toEqual([]);
  });

  it('names and actielijst rows are synced the same way', () => {
    const lms = new FakeLms(standard);
    const s = launch(course, lms, new MemoryStorage());
    next(s.actor);
    s.actor.send({ type: 'SET_MODE', mode: 'team' });
    pause(EDIT_MAX_MS);
    const before = commits(lms);
    s.actor.send({ type: 'SET_PARTICIPANTS', names: ['Anja', 'Bram', ''] });
    s.actor.send({ type: 'SET_PARTICIPANTS', names: ['Anja', 'Bram', 'Cas'] });
    vi.advanceTimersByTime(EDIT_IDLE_MS);
    expect(commits(lms)).toBe(before + 1);
    expect(committedSuspend(lms)).toContain('Cas');
    // The team comment waits for the next other sync: no half-typed names in a comment an LMS may append to.
    const commentWrites = () => lms.calls.filter((c) => c.kind === 'setValue' && /comments/.test(c.args[0]) && !/_count/.test(c.args[0]));
    expect(commentWrites()).toEqual([]);
    s.actor.send({ type: 'ADD_ACTION' });
    s.actor.send({ type: 'UPDATE_ACTION', index: 0, field: 'what', value: 'Dochter bellen' });
    vi.advanceTimersByTime(EDIT_MAX_MS);
    expect(commits(lms)).toBe(before + 2);
    expect(committedSuspend(lms)).toContain('Dochter bellen');
  });

  it('a failing commit while typing is retried; the text reaches the LMS', () => {
    const lms = new FakeLms(standard);
    const s = onStepPage(lms);
    let failuresLeft = 1;
    lms.faults.commit = () => (failuresLeft-- > 0 ? false : undefined);
    type(s, 'Mantelzorger uitnodigen', 40);
    vi.advanceTimersByTime(EDIT_IDLE_MS);
    expect(lms.calls.filter((c) => c.kind === 'commit').at(-1)!.result).toBe('false');
    expect(committedSuspend(lms)).not.toContain('Mantelzorger uitnodigen');
    expect(s.ctx().lms.connection).toBe('retrying');
    vi.advanceTimersByTime(1000); // first retry delay
    expect(committedSuspend(lms)).toContain('Mantelzorger uitnodigen');
    expect(s.ctx().lms.connection).toBe('ok');
    expect(repeatedSets(lms)).toEqual([]);
  });

  it('by the time the tab is hidden, every change older than EDIT_MAX_MS is committed', () => {
    const lms = new FakeLms(standard);
    const s = onStepPage(lms);
    type(s, SENTENCE, 150);
    const typedBy = Date.now();
    vi.advanceTimersByTime(EDIT_MAX_MS);
    // Hidden/dismissed now: the whole text is committed already, before the handler runs.
    expect(Date.now() - typedBy).toBe(EDIT_MAX_MS);
    expect(committedSuspend(lms)).toContain(SENTENCE);
    const before = commits(lms);
    s.tracker.onHidden();
    expect(commits(lms)).toBe(before + 1); // session time only
    expect(repeatedSets(lms)).toEqual([]);
  });
});
