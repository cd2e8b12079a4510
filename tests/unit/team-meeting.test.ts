/**
 * Issue #10: the casusbespreking's team mode is the meeting. Pure machine tests with time passed in
 * as events: the agenda, the timer (pause, +1 minuut, volgende stap, meeting clock), participants and
 * roles as intents (with the remapping rule), the joined-by-code path and the completion rule.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { loadModule } from '../../src/content/load-module.js';
import { courseMachine, meetingClock, timeboxMs, timerElapsed, type CourseActor } from '../../src/machines/course-machine.js';
import { remapRoles } from '../../src/machines/participants.js';
import { allPagesComplete, meetingAgenda, pathIndices } from '../../src/machines/learner-state.js';
import { formatClock } from '../../src/components/timer/sp-timer.js';
import { generateTeamCode } from '../../src/machines/team-code.js';

const course = loadModule('modules/casusbespreking');
const idx = (id: string) => course.pages.findIndex((p) => p.id === id);
const MIN = 60_000;
const T0 = Date.UTC(2026, 11, 1, 9, 0, 0);

function seeded(seed = 1) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

function start(today = '2026-12-01', random = seeded()): CourseActor {
  const a = createActor(courseMachine, { input: { course, today, random } });
  a.start();
  return a;
}
const ctx = (a: CourseActor) => a.getSnapshot().context;
const page = (a: CourseActor) => course.pages[ctx(a).learner.page].id;

/** Plays the graded quiz with the right answers. */
function passQuiz(a: CourseActor) {
  const quiz = course.pages[idx('toets')];
  if (quiz.type !== 'quiz') throw new Error('no quiz');
  const ref = ctx(a).quizRefs[quiz.quiz.id];
  // A pool asks some of the questions: answer the ones this attempt drew.
  for (const q of ref.getSnapshot().context.questions) {
    const right = q.options.filter((o) => o.correct).map((o) => o.id);
    for (const o of right) ref.send({ type: q.type === 'single' ? 'SELECT' : 'TOGGLE', option: o });
    ref.send({ type: 'SUBMIT' });
    ref.send({ type: 'NEXT' });
  }
}

/** Welkom → modus (team) → casus → model → stap 1. */
function toMeeting(a: CourseActor) {
  a.send({ type: 'NEXT' });
  a.send({ type: 'SET_MODE', mode: 'team' });
  for (const n of ['Anna', 'Bram', 'Cees', 'Dewi']) a.send({ type: 'ADD_PARTICIPANT', name: n });
  for (let i = 0; i < 3; i++) a.send({ type: 'REMOVE_PARTICIPANT', index: 0 }); // the three empty starter rows
  a.send({ type: 'NEXT' });
  a.send({ type: 'NEXT' });
  a.send({ type: 'NEXT' });
  expect(page(a)).toBe('stap-1');
}

describe('meeting agenda', () => {
  it('is the four steps and the actielijst, adding up to 20 minutes', () => {
    const agenda = meetingAgenda(course);
    expect(agenda.map((i) => i.pageId)).toEqual(['stap-1', 'stap-2', 'stap-3', 'stap-4', 'actielijst']);
    expect(agenda.reduce((s, i) => s + i.minutes, 0)).toBe(20);
  });

  it('paths: solo (own reflection, no actielijst or team code page), meeting, and joined (code + individual part)', () => {
    const ids = (mode: 'alone' | 'team' | 'joined' | null) => pathIndices(course, { mode }).map((i) => course.pages[i].id);
    expect(ids('alone')).toEqual([
      'welkom',
      'modus',
      'casus',
      'model',
      'stap-1',
      'stap-2',
      'stap-3',
      'stap-4',
      'reflectie',
      'toets',
      'samenvatting',
      'afronding',
    ]);
    expect(ids(null)).toEqual(ids('alone'));
    expect(ids('team')).toEqual([
      'welkom',
      'modus',
      'casus',
      'model',
      'stap-1',
      'stap-2',
      'stap-3',
      'stap-4',
      'actielijst',
      'teamcode',
      'toets',
      'meenemen',
      'samenvatting',
      'afronding',
    ]);
    expect(ids('joined')).toEqual(['welkom', 'modus', 'toets', 'meenemen', 'samenvatting', 'afronding']);
  });
});

describe('scripted meeting (time passed in as events)', () => {
  it('at the planned times it ends at 20:00 (± 1 minute), with a team code; no notes or practice needed', () => {
    const a = start();
    toMeeting(a);
    a.send({ type: 'TIMER_START', now: T0 });
    let at = T0;
    for (const item of meetingAgenda(course)) {
      expect(page(a)).toBe(item.pageId);
      at += item.minutes * MIN;
      a.send({ type: 'STEP_NEXT', now: at });
    }
    expect(page(a)).toBe('teamcode');
    const clock = meetingClock(ctx(a), at);
    console.log(`[issue 10] scripted meeting ends at ${formatClock(clock.elapsedMs)} of ${formatClock(clock.plannedMs)}`);
    expect(Math.abs(clock.elapsedMs - 20 * MIN)).toBeLessThanOrEqual(MIN);
    expect(clock.plannedMs).toBe(20 * MIN);
    expect(ctx(a).timer).toBeNull(); // the meeting is over: no clock running
    const team = ctx(a).learner.team!;
    expect(team.via).toBe('live');
    expect(team.date).toBe('2026-12-01');
    expect(team.code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    // Completion = team part + individual part.
    expect(ctx(a).learner.completed).toBe(false);
    a.send({ type: 'NEXT' });
    expect(page(a)).toBe('toets');
    passQuiz(a);
    a.send({ type: 'NEXT' });
    expect(page(a)).toBe('meenemen');
    a.send({ type: 'NEXT' });
    expect(page(a)).toBe('meenemen'); // the reflection on the session is required
    a.send({ type: 'SET_TEXT', id: 'meenemen-les', value: 'Vaker naar de mantelzorger vragen' });
    a.send({ type: 'NEXT' });
    expect(page(a)).toBe('samenvatting');
    a.send({ type: 'NEXT' });
    expect(page(a)).toBe('afronding');
    expect(ctx(a).learner.completed).toBe(true);
  });

  it('timer: pause stops both clocks, +1 minuut extends the step and the plan, Volgende stap starts the next step', () => {
    const a = start();
    toMeeting(a);
    a.send({ type: 'TIMER_START', now: T0 });
    expect(timerElapsed(ctx(a), 'stap-1', T0 + 2 * MIN)).toBe(2 * MIN);
    a.send({ type: 'TIMER_PAUSE', now: T0 + 2 * MIN });
    expect(timerElapsed(ctx(a), 'stap-1', T0 + 10 * MIN)).toBe(2 * MIN);
    expect(meetingClock(ctx(a), T0 + 10 * MIN).elapsedMs).toBe(2 * MIN);
    a.send({ type: 'TIMER_START', now: T0 + 10 * MIN });
    a.send({ type: 'TIMER_EXTEND' });
    expect(timeboxMs(ctx(a), 'stap-1', 3)).toBe(4 * MIN);
    expect(meetingClock(ctx(a), T0 + 10 * MIN).plannedMs).toBe(21 * MIN);
    a.send({ type: 'STEP_NEXT', now: T0 + 12 * MIN });
    expect(page(a)).toBe('stap-2');
    expect(ctx(a).timer).toEqual({ pageId: 'stap-2', startedAt: T0 + 12 * MIN });
    expect(ctx(a).learner.timers['stap-1']).toBe(4 * MIN);
    // The meeting clock: 12:40 van 21:00 (4:00 on step 1 plus 8:40 on step 2).
    const clock = meetingClock(ctx(a), T0 + 20 * MIN + 40_000);
    expect(`${formatClock(clock.elapsedMs)} van ${formatClock(clock.plannedMs)}`).toBe('12:40 van 21:00');
    // +1 minuut only on agenda items; plain Volgende (not the timer's button) stops the clock.
    a.send({ type: 'NEXT' });
    expect(ctx(a).timer).toBeNull();
  });
});

describe('participants and roles as intents', () => {
  it('removing Anna (Anna, Bram, Cees; Bram voorzitter, Cees notulist) keeps Bram voorzitter and Cees notulist', () => {
    const a = start();
    a.send({ type: 'NEXT' });
    a.send({ type: 'SET_MODE', mode: 'team' });
    expect(ctx(a).learner.participants).toEqual(['', '', '']); // the machine offers three rows
    ['Anna', 'Bram', 'Cees'].forEach((name, index) => a.send({ type: 'RENAME_PARTICIPANT', index, name }));
    a.send({ type: 'ASSIGN_ROLE', role: 'voorzitter', participant: 1 });
    a.send({ type: 'ASSIGN_ROLE', role: 'notulist', participant: 2 });
    a.send({ type: 'ASSIGN_ROLE', role: 'inbrenger', participant: 0 });
    a.send({ type: 'REMOVE_PARTICIPANT', index: 0 });
    const l = ctx(a).learner;
    expect(l.participants).toEqual(['Bram', 'Cees']);
    expect(l.participants[l.roles.voorzitter]).toBe('Bram');
    expect(l.participants[l.roles.notulist]).toBe('Cees');
    expect(l.roles.inbrenger).toBeUndefined(); // Anna's role is free again
    a.send({ type: 'ADD_PARTICIPANT', name: 'Dewi' });
    a.send({ type: 'ROTATE_ROLES' });
    const r = ctx(a).learner;
    expect(r.participants).toEqual(['Bram', 'Cees', 'Dewi']);
    expect(r.participants[r.roles.voorzitter]).toBe('Cees');
    expect(r.participants[r.roles.notulist]).toBe('Dewi');
    a.send({ type: 'RENAME_PARTICIPANT', index: 9, name: 'nobody' });
    a.send({ type: 'REMOVE_PARTICIPANT', index: 9 });
    expect(ctx(a).learner.participants).toEqual(['Bram', 'Cees', 'Dewi']);
  });

  // Regression: a whole new name list without Anna kept the roles on their old places (index 1 was
  // Bram's, now Cees's): Cees became voorzitter and the notulist role pointed past the end.
  it('a new participant list without Anna keeps Bram voorzitter and Cees notulist (roles follow the person)', () => {
    const a = start();
    a.send({ type: 'NEXT' });
    a.send({ type: 'SET_MODE', mode: 'team' });
    a.send({ type: 'SET_PARTICIPANTS', names: ['Anna', 'Bram', 'Cees'] });
    a.send({ type: 'ASSIGN_ROLE', role: 'voorzitter', participant: 1 });
    a.send({ type: 'ASSIGN_ROLE', role: 'notulist', participant: 2 });
    a.send({ type: 'ASSIGN_ROLE', role: 'inbrenger', participant: 0 });
    a.send({ type: 'SET_PARTICIPANTS', names: ['Bram', 'Cees'] });
    const l = ctx(a).learner;
    expect(l.participants).toEqual(['Bram', 'Cees']);
    expect(l.roles).toEqual({ voorzitter: 0, notulist: 1 });
    // A renamed list in place (same length, one name corrected) keeps every role where it was.
    a.send({ type: 'SET_PARTICIPANTS', names: ['Bram', 'Kees'] });
    expect(ctx(a).learner.roles).toEqual({ voorzitter: 0, notulist: 1 });
  });

  it('removing a participant keeps every other role with its person, whoever is removed', () => {
    const names = ['Anna', 'Bram', 'Cees', 'Dewi'];
    const roles = ['voorzitter', 'inbrenger', 'notulist', 'tijdbewaker'];
    for (let removed = 0; removed < names.length; removed++) {
      const a = start();
      a.send({ type: 'NEXT' });
      a.send({ type: 'SET_MODE', mode: 'team' });
      names.forEach((name, i) => a.send(i < 3 ? { type: 'RENAME_PARTICIPANT', index: i, name } : { type: 'ADD_PARTICIPANT', name }));
      // Roles in a scrambled order, so no role sits on its own index.
      roles.forEach((role, i) => a.send({ type: 'ASSIGN_ROLE', role, participant: (i + 1) % names.length }));
      const before = Object.fromEntries(roles.map((role) => [role, names[ctx(a).learner.roles[role]]]));
      a.send({ type: 'REMOVE_PARTICIPANT', index: removed });
      const l = ctx(a).learner;
      const after = Object.fromEntries(Object.entries(l.roles).map(([role, i]) => [role, l.participants[i]]));
      const expected = Object.fromEntries(Object.entries(before).filter(([, who]) => who !== names[removed]));
      expect(after).toEqual(expected);
    }
  });

  it('remapRoles moves later participants up and frees the removed one’s roles', () => {
    expect(remapRoles({ voorzitter: 1, notulist: 2, inbrenger: 0, tijdbewaker: 3 }, 0)).toEqual({
      voorzitter: 0,
      notulist: 1,
      tijdbewaker: 2,
    });
    expect(remapRoles({ voorzitter: 1, notulist: 2 }, 2)).toEqual({ voorzitter: 1 });
  });
});

describe('joined by team code', () => {
  const code = generateTeamCode('casusbespreking', '2026-12-01', seeded(7));

  function joined(today = '2026-12-02') {
    const a = start(today);
    a.send({ type: 'NEXT' });
    a.send({ type: 'SET_MODE', mode: 'joined' });
    return a;
  }

  it('a mistyped code is refused with the reason, nothing is lost, and the learner cannot go on', () => {
    const a = joined();
    const typo = code.slice(0, 5) + (code[5] === 'A' ? 'B' : 'A') + code.slice(6);
    a.send({ type: 'ENTER_TEAM_CODE', code: typo });
    expect(ctx(a).codeEntry).toEqual({ value: typo, error: { kind: 'check' } });
    expect(ctx(a).learner.team).toBeUndefined();
    a.send({ type: 'NEXT' });
    expect(page(a)).toBe('modus');
    const other = generateTeamCode('eigen-kracht', '2026-12-01', seeded(7));
    a.send({ type: 'ENTER_TEAM_CODE', code: other });
    expect(ctx(a).codeEntry.error).toEqual({ kind: 'module' });
    a.send({ type: 'ENTER_TEAM_CODE', code: 'O0I1-LLLL' });
    expect(ctx(a).codeEntry.error).toEqual({ kind: 'character', char: 'O' });
  });

  it('the right code (any case, with dash) records the team part with the session date and role; then the individual part completes', () => {
    const a = joined();
    a.send({ type: 'SET_OWN_ROLE', role: 'notulist' });
    a.send({ type: 'ENTER_TEAM_CODE', code: ` ${code.slice(0, 4).toLowerCase()}-${code.slice(4)} ` });
    expect(ctx(a).codeEntry.error).toBeNull();
    expect(ctx(a).learner.team).toEqual({ code, date: '2026-12-01', via: 'code' });
    expect(ctx(a).learner.ownRole).toBe('notulist');
    a.send({ type: 'SET_OWN_ROLE', role: 'not-a-role' });
    expect(ctx(a).learner.ownRole).toBeUndefined();
    a.send({ type: 'NEXT' });
    expect(page(a)).toBe('toets');
    passQuiz(a);
    a.send({ type: 'NEXT' });
    a.send({ type: 'SET_TEXT', id: 'meenemen-les', value: 'De netwerkvraag' });
    expect(ctx(a).learner.completed).toBe(false);
    a.send({ type: 'NEXT' });
    expect(page(a)).toBe('samenvatting');
    a.send({ type: 'NEXT' });
    expect(page(a)).toBe('afronding');
    expect(ctx(a).learner.completed).toBe(true);
    expect(allPagesComplete(course, ctx(a).learner)).toBe(true);
  });

  it('without the team part the individual part alone does not complete the module', () => {
    const a = joined();
    const l = { ...ctx(a).learner, visited: course.pages.map((p) => p.id) };
    expect(allPagesComplete(course, l)).toBe(false); // mode page: no code yet
  });
});

describe('saved team part', () => {
  it('survives suspend_data: mode, team code and date, own role, extra minutes', async () => {
    const { decodeSuspendData, encodeSuspendData } = await import('../../src/tracking/suspend-data.js');
    const a = start();
    a.send({ type: 'NEXT' });
    a.send({ type: 'SET_MODE', mode: 'joined' });
    a.send({ type: 'SET_OWN_ROLE', role: 'tijdbewaker' });
    const code = generateTeamCode('casusbespreking', '2026-11-30', seeded(3));
    a.send({ type: 'ENTER_TEAM_CODE', code });
    const learner = { ...ctx(a).learner, extra: { 'stap-3': 2 } };
    const back = decodeSuspendData(course, encodeSuspendData(course, { learner, reportedUntil: 0, savedAt: 1, textsLeftOut: [] }))!.learner;
    expect(back.mode).toBe('joined');
    expect(back.team).toEqual({ code, date: '2026-11-30', via: 'code' });
    expect(back.ownRole).toBe('tijdbewaker');
    expect(back.extra).toEqual({ 'stap-3': 2 });
    // A hostile or broken saved code is dropped, not trusted.
    const bad = JSON.parse(encodeSuspendData(course, { learner, reportedUntil: 0, savedAt: 1, textsLeftOut: [] }));
    bad.tc = ['<b>x</b>', '2026-11-30', 'c'];
    expect(decodeSuspendData(course, JSON.stringify(bad))!.learner.team).toBeUndefined();
  });
});
