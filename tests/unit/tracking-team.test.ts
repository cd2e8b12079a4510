/**
 * Team sessions leave a trace in the LMS comments: date and participants (with roles),
 * stored verbatim, whatever the names contain.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Standard } from '../../src/tracking/cmi-mapping.js';
import { miniCourse } from '../support/fixtures.js';
import { FakeLms, MemoryStorage, TODAY, launch, next, pause, type Session } from '../support/scorm-lms.js';

const course = miniCourse();

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-25T10:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

function teamSession(s: Session, names: string[]): void {
  next(s.actor); // modus
  s.actor.send({ type: 'SET_MODE', mode: 'team' });
  s.actor.send({ type: 'SET_PARTICIPANTS', names });
  s.actor.send({ type: 'SET_ROLE', role: 'voorzitter', participant: 0 });
  s.actor.send({ type: 'SET_ROLE', role: 'notulist', participant: 1 });
  pause();
  next(s.actor); // stap-1: the page change saves the team data
}

/** The comment as the LMS holds it. */
function storedComment(lms: FakeLms): string {
  return lms.standard === 'scorm12' ? lms.get('cmi.comments') : lms.get('cmi.comments_from_learner.0.comment');
}

describe.each<Standard>(['scorm12', 'scorm2004'])('team comments with %s', (standard) => {
  it('records the session date and the three participants with their roles', () => {
    const lms = new FakeLms(standard);
    const s = launch(course, lms, new MemoryStorage());
    teamSession(s, ['Anna', 'Bram', 'Chris']);

    const comment = storedComment(lms);
    expect(comment).toContain(TODAY);
    for (const name of ['Anna', 'Bram', 'Chris']) expect(comment).toContain(name);
    expect(comment).toMatch(/Anna \(voorzitter\)/);
    expect(comment).toMatch(/Bram \(notulist\)/);
    if (standard === 'scorm2004') {
      expect(lms.get('cmi.comments_from_learner._count')).toBe('1');
      expect(lms.get('cmi.comments_from_learner.0.timestamp')).toMatch(/^2026-11-25T\d{2}:\d{2}:\d{2}$/);
      expect(lms.get('cmi.comments_from_learner.0.location')).toBe('modus'); // where the team was entered
    }

    // Further pages do not add comments or rewrite an unchanged one.
    next(s.actor);
    next(s.actor);
    const element = standard === 'scorm12' ? 'cmi.comments' : 'cmi.comments_from_learner.0.comment';
    expect(lms.valuesSet(element)).toHaveLength(1);
    if (standard === 'scorm2004') {
      expect(lms.get('cmi.comments_from_learner._count')).toBe('1');
      expect(lms.valuesSet('cmi.comments_from_learner.0.timestamp')).toHaveLength(1);
      expect(lms.valuesSet('cmi.comments_from_learner.0.location')).toHaveLength(1);
    }
  });

  it('does not repeat the same team comment when the session is resumed later', () => {
    const storage = new MemoryStorage();
    const lms = new FakeLms(standard);
    const s = launch(course, lms, storage);
    teamSession(s, ['Anna', 'Bram', 'Chris']);
    const first = storedComment(lms);
    expect(first).toContain('Anna');
    s.tracker.finish();

    const again = lms.relaunch();
    const s2 = launch(course, again, storage);
    s2.actor.send({ type: 'RESUME' });
    next(s2.actor);
    expect(storedComment(again)).toBe(first);
    const writes = standard === 'scorm12' ? again.valuesSet('cmi.comments') : again.valuesSet('cmi.comments_from_learner.1.comment');
    expect(writes).toEqual([]);
    if (standard === 'scorm2004') expect(again.get('cmi.comments_from_learner._count')).toBe('1');
  });

  it('stores hostile names verbatim', () => {
    const names = ['<script>alert(1)</script>', `Zoë "de Baas" O'Neil`, '👩🏽‍⚕️ Fatma & co \\ 🎉'];
    const lms = new FakeLms(standard);
    const s = launch(course, lms, new MemoryStorage());
    teamSession(s, names);
    s.tracker.finish();

    const comment = standard === 'scorm12' ? lms.value('cmi.comments') : lms.value('cmi.comments_from_learner.0.comment');
    for (const name of names) expect(comment).toContain(name);
    expect(comment).toContain(TODAY);
    expect(lms.sets().every((x) => x.ok)).toBe(true);

    // And they come back unchanged after a relaunch.
    const again = launch(course, lms.relaunch(), new MemoryStorage());
    again.actor.send({ type: 'RESUME' });
    expect(again.ctx().learner.participants).toEqual(names);
  });
});
