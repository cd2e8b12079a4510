/**
 * Issue #10 against scorm-again as the LMS: the team part (objective `teamsessie` + a comment with
 * team code, date and role) for the learner who ran the meeting and for a learner who typed the
 * code; completion only with the individual part; a solo learner has no team part.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadModule } from '../../src/content/load-module.js';
import { formatTeamCode, generateTeamCode } from '../../src/machines/team-code.js';
import type { Standard } from '../../src/tracking/cmi-mapping.js';
import { FakeLms, MemoryStorage, TODAY, answer, launch, next, pause, type Session } from '../support/scorm-lms.js';

const course = loadModule('modules/casusbespreking');
const quizPage = course.pages.find((p) => p.type === 'quiz')!;
const QUIZ = quizPage.type === 'quiz' ? quizPage.quiz : (undefined as never);
const pageId = (s: Session) => course.pages[s.ctx().learner.page].id;

beforeEach(() => vi.useFakeTimers({ now: new Date(`${TODAY}T10:00:00Z`) }));
afterEach(() => vi.useRealTimers());

/** Index of an objective in the LMS by its id (-1 when absent). */
function objectiveIndex(lms: FakeLms, id: string): number {
  for (let n = 0; n < 20; n++) if (lms.get(`cmi.objectives.${n}.id`) === id) return n;
  return -1;
}
function teamObjective(lms: FakeLms): Record<string, string> {
  const n = objectiveIndex(lms, 'teamsessie');
  if (n < 0) return {};
  return lms.standard === 'scorm12'
    ? { status: lms.get(`cmi.objectives.${n}.status`) }
    : { status: lms.get(`cmi.objectives.${n}.completion_status`), description: lms.get(`cmi.objectives.${n}.description`) };
}
const comment = (lms: FakeLms) => (lms.standard === 'scorm12' ? lms.get('cmi.comments') : lms.get('cmi.comments_from_learner.0.comment'));
const status = (lms: FakeLms) =>
  lms.standard === 'scorm12'
    ? [lms.get('cmi.core.lesson_status'), lms.get('cmi.core.score.raw')]
    : [lms.get('cmi.completion_status'), lms.get('cmi.success_status'), lms.get('cmi.score.raw')];

function individualPart(s: Session) {
  expect(pageId(s)).toBe('toets');
  // A pool asks some of the questions: answer the ones this attempt drew, in order.
  const asked = s.ctx().quizRefs[QUIZ.id].getSnapshot().context.questions;
  for (const q of asked)
    answer(
      s.actor,
      QUIZ.id,
      q.options.filter((o) => o.correct).map((o) => o.id),
    );
  pause();
  next(s.actor);
  expect(pageId(s)).toBe('meenemen');
  s.actor.send({ type: 'SET_TEXT', id: 'meenemen-les', value: 'De netwerkvraag in elke stap' });
  pause();
  next(s.actor);
  expect(pageId(s)).toBe('samenvatting');
  next(s.actor);
  expect(pageId(s)).toBe('afronding');
  pause();
}

describe.each<Standard>(['scorm12', 'scorm2004'])('team part in the LMS (%s)', (standard) => {
  it('the meeting run here: team objective completed with date and code, comment with code and roles; completion after the individual part', () => {
    const lms = new FakeLms(standard);
    const s = launch(course, lms, new MemoryStorage());
    next(s.actor);
    s.actor.send({ type: 'SET_MODE', mode: 'team' });
    ['Anna', 'Bram', 'Cees'].forEach((name, index) => s.actor.send({ type: 'RENAME_PARTICIPANT', index, name }));
    s.actor.send({ type: 'ADD_PARTICIPANT', name: 'Dewi' });
    s.actor.send({ type: 'ASSIGN_ROLE', role: 'voorzitter', participant: 1 });
    s.actor.send({ type: 'ASSIGN_ROLE', role: 'notulist', participant: 2 });
    pause();
    while (pageId(s) !== 'teamcode') {
      s.actor.send({ type: 'STEP_NEXT', now: Date.now() });
      pause(60_000);
    }
    pause();
    const code = s.ctx().learner.team!.code;
    expect(teamObjective(lms).status).toBe('completed');
    if (standard === 'scorm2004') expect(teamObjective(lms).description).toBe(`Teamsessie ${TODAY}, teamcode ${formatTeamCode(code)}`);
    expect(comment(lms)).toBe(`Teamsessie ${TODAY}, teamcode ${formatTeamCode(code)}: Anna; Bram (voorzitter); Cees (notulist); Dewi`);
    expect(status(lms)[0]).toBe('incomplete');
    next(s.actor);
    individualPart(s);
    expect(status(lms)).toEqual(standard === 'scorm12' ? ['passed', '100'] : ['completed', 'passed', '100']);
    if (standard === 'scorm2004') expect(lms.get('cmi.comments_from_learner._count')).toBe('1'); // one comment, updated with the code
  });

  it('joined by code: a mistyped code records nothing; the right code records the team part with date, code and role', () => {
    const lms = new FakeLms(standard);
    const s = launch(course, lms, new MemoryStorage());
    const code = generateTeamCode('casusbespreking', TODAY, () => 0.5);
    next(s.actor);
    s.actor.send({ type: 'SET_MODE', mode: 'joined' });
    s.actor.send({ type: 'SET_OWN_ROLE', role: 'notulist' });
    s.actor.send({ type: 'ENTER_TEAM_CODE', code: code.slice(0, 6) + code[7] + code[6] }); // two neighbours swapped
    pause();
    next(s.actor);
    expect(pageId(s)).toBe('modus');
    expect(teamObjective(lms).status).not.toBe('completed');
    expect(comment(lms)).toBe('');
    s.actor.send({ type: 'ENTER_TEAM_CODE', code: formatTeamCode(code).toLowerCase() });
    pause();
    next(s.actor);
    pause();
    expect(teamObjective(lms).status).toBe('completed');
    expect(comment(lms)).toBe(`Teamsessie ${TODAY}, teamcode ${formatTeamCode(code)}, rol: notulist`);
    expect(status(lms)[0]).toBe('incomplete');
    individualPart(s);
    expect(status(lms)).toEqual(standard === 'scorm12' ? ['passed', '100'] : ['completed', 'passed', '100']);
  });

  it('solo path: no team part, no comment; completion as before', () => {
    const lms = new FakeLms(standard);
    const s = launch(course, lms, new MemoryStorage());
    next(s.actor);
    s.actor.send({ type: 'SET_MODE', mode: 'alone' });
    pause();
    next(s.actor);
    pause();
    expect(teamObjective(lms).status).toBe('incomplete');
    expect(comment(lms)).toBe('');
  });
});
