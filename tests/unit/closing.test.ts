/**
 * The closing page: the FINISH rule in the course machine, the report facts it shows, the tracker ending
 * the LMS session once on Afronden (and nothing after, not even on pagehide), review mode writing nothing,
 * and the build rule that every module ends on a closing page.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkModule } from '../../src/content/compile.js';
import { loadModule } from '../../src/content/load-module.js';
import { closingReport } from '../../src/machines/closing-report.js';
import { canFinish, isFinished } from '../../src/machines/course-machine.js';
import type { Standard } from '../../src/tracking/cmi-mapping.js';
import { miniCourse } from '../support/fixtures.js';
import { FAIL, FakeLms, MemoryStorage, PASS, launch, pause, playMini, playMiniFirstHalf } from '../support/scorm-lms.js';
import type { RawModule, RawPage } from '../../src/content/module-schema.js';

const course = miniCourse();
const MODE = { scorm12: 'cmi.core.lesson_mode', scorm2004: 'cmi.mode' } as const;
const MODULES = join(import.meta.dirname, '../../modules');

beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-25T10:00:00Z') }));
afterEach(() => vi.useRealTimers());

describe('every module ends on a closing page', () => {
  const ids = readdirSync(MODULES).filter((d) => existsSync(join(MODULES, d, 'module.yaml')));
  it('there are 11 modules', () => expect(ids).toHaveLength(11));
  it.each(ids)('%s: the last page is of type closing, on every path, with next steps', (id) => {
    const c = loadModule(join(MODULES, id));
    const last = c.pages.at(-1)!;
    expect(last.type).toBe('closing');
    expect(last.modes).toBeUndefined();
    expect(c.pages.filter((p) => p.type === 'closing')).toHaveLength(1);
    expect(last.type === 'closing' && last.next.length).toBeGreaterThan(0);
    expect(last.minutes).toBeGreaterThan(0);
  });

  it('the build refuses a module without a closing page, or with one that is not last', () => {
    const raw = (pages: RawPage[]): RawModule => ({
      id: 'x',
      version: 1,
      title: 'X',
      description: 'X.',
      language: 'nl',
      objectives: [],
      pages,
    });
    const info: RawPage = { id: 'a', type: 'info', title: 'A', minutes: 1, body: 'x' };
    const closing: RawPage = { id: 'z', type: 'closing', title: 'Afronding', minutes: 1, next: ['Doen.'] };
    expect(checkModule(raw([info]), 'x', () => true)).toContainEqual({
      path: 'pages[0].type',
      message: expect.stringContaining('a module ends on a page of type "closing"'),
    });
    expect(checkModule(raw([closing, info]), 'x', () => true).map((i) => i.path)).toEqual(['pages[0].type', 'pages[1].type']);
    expect(checkModule(raw([info, closing]), 'x', () => true)).toEqual([]);
  });
});

describe('Afronden: the course machine owns the rule', () => {
  it('FINISH is refused before the closing page, and accepted there once the module is complete', () => {
    const s = launch(course, null, new MemoryStorage());
    s.actor.send({ type: 'FINISH' });
    expect(isFinished(s.actor.getSnapshot())).toBe(false);
    playMiniFirstHalf(s.actor);
    expect(s.actor.getSnapshot().can({ type: 'FINISH' })).toBe(false);
    s.actor.send({ type: 'FINISH' });
    expect(s.actor.getSnapshot().value).toBe('learning');
    // The closing page opened by GOTO before the quiz is done: not allowed (it stays locked).
    s.actor.send({ type: 'GOTO', index: course.pages.length - 1 });
    s.actor.send({ type: 'FINISH' });
    expect(s.actor.getSnapshot().value).toBe('learning');
  });

  it('on the closing page with everything done: can(FINISH), then finished; nothing changes afterwards', () => {
    const s = launch(course, null, new MemoryStorage());
    playMini(s.actor, PASS);
    const { learner } = s.ctx();
    expect(course.pages[learner.page].type).toBe('closing');
    expect(canFinish(course, learner)).toBe(true);
    expect(s.actor.getSnapshot().can({ type: 'FINISH' })).toBe(true);
    s.actor.send({ type: 'FINISH' });
    expect(isFinished(s.actor.getSnapshot())).toBe(true);
    const after = s.ctx().learner;
    s.actor.send({ type: 'PREV' });
    s.actor.send({ type: 'SET_TEXT', id: 'refl-1', value: 'later' });
    expect(s.ctx().learner).toBe(after);
  });

  it('a closing page reached without the module complete (state from elsewhere) refuses FINISH', () => {
    const s = launch(course, null, new MemoryStorage());
    const learner = { ...s.ctx().learner, page: course.pages.length - 1, completed: false };
    expect(canFinish(course, learner)).toBe(false);
  });
});

describe('the closing report', () => {
  it('states the result with the pass rule, the goals reached and the learner’s own answers', () => {
    const s = launch(course, null, new MemoryStorage());
    playMini(s.actor, PASS);
    const r = closingReport(course, s.ctx().learner);
    expect(course.masteryScore).toBe(50); // 1 of 2 right is enough
    expect(r.result).toEqual({ right: 2, total: 2, needed: 1, masteryScore: 50, score: 100, passed: true });
    expect(r.reached.map((o) => o.id)).toEqual(course.objectives.map((o) => o.id));
    expect(r.open).toEqual([]);
    expect(r.mode).toBe('alone');
    expect(r.answers.map((a) => a.text)).toEqual(['Mijn hulpvraag', 'Reflectie']);
  });

  it('a failed attempt is reported as failed, with what was needed', () => {
    const s = launch(course, null, new MemoryStorage());
    playMini(s.actor, FAIL);
    const r = closingReport(course, s.ctx().learner);
    expect(r.result).toMatchObject({ right: 0, total: 2, passed: false });
  });
});

describe.each<Standard>(['scorm12', 'scorm2004'])('Afronden ends the LMS session (%s)', (standard) => {
  it('commits and terminates exactly once; pagehide and visibilitychange afterwards make no LMS call', () => {
    const lms = new FakeLms(standard);
    const s = launch(course, lms, new MemoryStorage());
    playMini(s.actor, PASS);
    pause();
    expect(lms.count('terminate')).toBe(0);
    s.actor.send({ type: 'FINISH' });
    expect(lms.count('terminate')).toBe(1);
    const callsAtEnd = lms.calls.length;
    expect(lms.calls.at(-1)!.kind).toBe('terminate');
    // What pagehide and visibilitychange do after Afronden:
    s.tracker.onHidden();
    s.tracker.finish();
    pause(60_000);
    expect(lms.calls.length).toBe(callsAtEnd);
    expect(lms.count('terminate')).toBe(1);
    const status = standard === 'scorm12' ? lms.persisted.core : lms.persisted;
    expect(JSON.stringify(status)).toContain('passed');
  });

  it('review mode: Afronden writes nothing, terminates once', () => {
    const first = new FakeLms(standard);
    const storage = new MemoryStorage();
    const s1 = launch(course, first, storage);
    playMini(s1.actor, PASS);
    s1.tracker.finish();
    const lms = first.relaunch({ [MODE[standard]]: 'review' });
    const s = launch(course, lms, storage);
    s.actor.send({ type: 'RESUME' });
    pause();
    expect(s.actor.getSnapshot().can({ type: 'FINISH' })).toBe(true);
    s.actor.send({ type: 'FINISH' });
    s.tracker.finish();
    expect(lms.count('setValue')).toBe(0);
    expect(lms.count('commit')).toBe(0);
    expect(lms.count('terminate')).toBe(1);
  });
});
