/**
 * suspend_data under the heaviest real input: the casusbespreking module with every field
 * filled to its maximum. SCORM 1.2 must stay within 4096 characters (scorm-again does not
 * enforce it; we must), texts that do not fit stay on the device and return on relaunch.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadModule } from '../../src/content/load-module.js';
import type { Course } from '../../src/content/types.js';
import { MAX_ACTION_FIELD, MAX_NAME_LENGTH, MAX_PARTICIPANTS } from '../../src/machines/learner-state.js';
import type { Standard } from '../../src/tracking/cmi-mapping.js';
import { REPO_ROOT } from '../support/fixtures.js';
import { FakeLms, MemoryStorage, answer, launch, next, pause, type Session } from '../support/scorm-lms.js';

const course: Course = loadModule(`${REPO_ROOT}modules/casusbespreking`);
const LIMIT: Record<Standard, number> = { scorm12: 4096, scorm2004: 64000 };

/** Accents, emoji (two UTF-16 units), a quote and a newline (escaped in JSON): a worst case. */
const MIX = Array.from('é😀ë"ñ🙂\naü🎉 ');
const fill = (codePoints: number, offset = 0) => Array.from({ length: codePoints }, (_, i) => MIX[(i + offset) % MIX.length]).join('');

const CORRECT: Record<string, string[][]> = {
  'stap-1': [['b']],
  'stap-2': [['a', 'c']],
  'stap-3': [['b'], ['a', 'b']],
  'stap-4': [['c']],
  toets: [['c'], ['a', 'c'], ['b'], ['a', 'c'], ['d'], ['a'], ['a', 'b', 'c'], ['b']],
};

function fieldMax(id: string): number {
  for (const p of course.pages) if (p.type === 'step' && p.notes.id === id) return p.notes.maxLength;
  for (const p of course.pages) if (p.type === 'reflection') for (const f of p.fields) if (f.id === id) return f.maxLength;
  throw new Error(id);
}

/** Plays the whole module in team mode and fills every input to its maximum. */
function fillEverything(s: Session): void {
  const a = s.actor;
  const page = () => course.pages[s.ctx().learner.page];
  next(a); // modus
  a.send({ type: 'SET_MODE', mode: 'team' });
  a.send({ type: 'SET_PARTICIPANTS', names: Array.from({ length: MAX_PARTICIPANTS }, (_, i) => fill(MAX_NAME_LENGTH, i)) });
  ['voorzitter', 'inbrenger', 'notulist', 'tijdbewaker'].forEach((role, i) => a.send({ type: 'SET_ROLE', role, participant: i }));
  pause();
  while (page().id !== 'afronding') {
    const p = page();
    if (p.type === 'step') {
      a.send({ type: 'TIMER_START', now: Date.now() });
      vi.advanceTimersByTime(4 * 60_000 + 123);
      a.send({ type: 'TIMER_PAUSE', now: Date.now() });
      a.send({ type: 'SET_TEXT', id: p.notes.id, value: fill(fieldMax(p.notes.id) + 50, p.step) });
      pause();
    }
    if (p.type === 'actions') {
      for (let i = 0; i < p.maxRows + 2; i++) a.send({ type: 'ADD_ACTION' });
      for (let i = 0; i < p.maxRows; i++) {
        for (const field of ['who', 'what', 'when'] as const) {
          a.send({ type: 'UPDATE_ACTION', index: i, field, value: fill(MAX_ACTION_FIELD[field] + 10, i) });
        }
      }
      pause();
    }
    if (p.type === 'reflection') {
      for (const f of p.fields) a.send({ type: 'SET_TEXT', id: f.id, value: fill(f.maxLength + 50, 7) });
      pause();
    }
    const setId = p.type === 'quiz' ? p.quiz.id : 'activity' in p && p.activity ? p.activity.id : null;
    if (setId) for (const options of CORRECT[setId]) answer(a, setId, options);
    next(a);
  }
}

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-25T10:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe.each<Standard>(['scorm12', 'scorm2004'])('suspend_data with %s', (standard) => {
  it('stays within the limit with every input filled; what is left out returns from the device backup', () => {
    const storage = new MemoryStorage();
    const lms = new FakeLms(standard);
    const s = launch(course, lms, storage);
    let toldAtCall = -1;
    s.actor.subscribe((snap) => {
      if (!snap.context.lms.textsFit && toldAtCall < 0) toldAtCall = lms.calls.length;
    });
    fillEverything(s);
    const full = structuredClone(s.ctx().learner);
    const codePoints = (x: string) => Array.from(x).length;
    expect(full.completed).toBe(true);
    expect(full.participants.map(codePoints)).toEqual(Array(MAX_PARTICIPANTS).fill(MAX_NAME_LENGTH));
    expect(full.actions.map((r) => [r.who, r.what, r.when].map(codePoints))).toEqual(
      Array(8).fill([MAX_ACTION_FIELD.who, MAX_ACTION_FIELD.what, MAX_ACTION_FIELD.when]),
    );
    expect(Object.entries(full.texts).map(([id, text]) => [id, codePoints(text)])).toEqual(
      ['stap-1-notes', 'stap-2-notes', 'stap-3-notes', 'stap-4-notes', 'meenemen-les', 'meenemen-team'].map((id) => [id, fieldMax(id)]),
    );
    expect(Object.values(full.quizzes).every((r) => r.done)).toBe(true);
    expect(Object.keys(full.timers)).toHaveLength(4);
    s.tracker.finish();

    const written = lms.valuesSet('cmi.suspend_data');
    const final = lms.value('cmi.suspend_data');
    const wholeState = storage.only()!;
    const longest = written.reduce((a, b) => (b.length > a.length ? b : a), '');
    console.log(
      `[${standard}] suspend_data: ${written.length} writes, longest ${longest.length} UTF-16 units / ${utf8(longest)} UTF-8 bytes; ` +
        `final ${final.length} units / ${Array.from(final).length} code points / ${utf8(final)} UTF-8 bytes; ` +
        `whole state (device backup) ${wholeState.length} units / ${utf8(wholeState)} UTF-8 bytes; limit ${LIMIT[standard]}`,
    );
    for (const data of written) expect(data.length).toBeLessThanOrEqual(LIMIT[standard]);
    expect(
      lms
        .sets()
        .filter((x) => x.element === 'cmi.suspend_data')
        .every((x) => x.ok),
    ).toBe(true);

    if (standard === 'scorm12') {
      expect(wholeState.length).toBeGreaterThan(LIMIT.scorm12);
      expect(s.ctx().lms.textsFit).toBe(false);
      // The learner was told before the first copy that leaves something out reached the LMS.
      const firstShortened = lms.calls.findIndex(
        (c) => c.kind === 'setValue' && c.args[0] === 'cmi.suspend_data' && c.args[1].includes('"lo"'),
      );
      expect(firstShortened).toBeGreaterThan(-1);
      expect(toldAtCall).toBeGreaterThan(-1);
      expect(toldAtCall).toBeLessThanOrEqual(firstShortened);
    } else {
      expect(final.length).toBeGreaterThan(LIMIT.scorm12); // the same payload that 1.2 has to shorten
      expect(final).not.toContain('"lo"');
      expect(s.ctx().lms.textsFit).toBe(true);
      expect(toldAtCall).toBe(-1);
    }

    // Relaunch on this device: LMS copy merged with the backup gives everything back.
    const again = launch(course, lms.relaunch(), storage);
    again.actor.send({ type: 'RESUME' });
    const back = again.ctx().learner;
    expect(back.texts).toEqual(full.texts);
    expect(back.actions).toEqual(full.actions);
    expect(back.participants).toEqual(full.participants);
    expect(back.roles).toEqual(full.roles);
    expect(back.quizzes).toEqual(full.quizzes);
    expect(back.timers).toEqual(full.timers);
    expect(back.completed).toBe(true);
    expect(back.page).toBe(full.page);

    // On a device without the backup, the LMS copy alone still holds all progress.
    const elsewhere = launch(course, lms.relaunch(), new MemoryStorage());
    elsewhere.actor.send({ type: 'RESUME' });
    const lmsOnly = elsewhere.ctx().learner;
    expect(lmsOnly.completed).toBe(true);
    expect(lmsOnly.participants).toEqual(full.participants);
    expect(lmsOnly.quizzes).toEqual(full.quizzes);
    expect(lmsOnly.visited).toEqual(full.visited);
    if (standard === 'scorm2004') expect(lmsOnly).toEqual(full);
  });
});
