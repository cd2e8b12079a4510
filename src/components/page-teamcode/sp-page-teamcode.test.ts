import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { mountPage, richTextOf, textOf } from '../../../tests/support/mount.js';
import { compileModule } from '../../content/compile.js';
import { t } from '../../i18n/nl.js';
import { courseMachine } from '../../machines/course-machine.js';
import type { LearnerState } from '../../machines/learner-state.js';
import { startCourse, testModule } from '../../../tests/support/component-fixtures.js';
import './sp-page-teamcode.js';
import type { SpPageTeamcode } from './sp-page-teamcode.js';

/** The test course with a team code page at the end of the meeting. */
function courseWithTeamcode() {
  const raw = testModule();
  raw.pages.push({
    id: 'teamcode',
    type: 'teamcode',
    title: 'Jullie teamcode',
    minutes: 1,
    body: 'Deelnemers typen deze code in hun eigen module.',
  });
  return compileModule(raw);
}

describe('sp-page-teamcode', () => {
  it('before the meeting has a code: only the explanation', async () => {
    const { root } = await mountPage<SpPageTeamcode>('sp-page-teamcode', startCourse(courseWithTeamcode()), 'teamcode');
    expect(await richTextOf(root)).toBe('Deelnemers typen deze code in hun eigen module.');
    expect(root.querySelector('.code')).toBeNull();
  });

  it('shows the code large in two groups, spells it for screen readers and prints the actielijst with participants', async () => {
    const course = courseWithTeamcode();
    const first = startCourse(course);
    first.send({ type: 'SET_MODE', mode: 'team' });
    first.send({ type: 'SET_PARTICIPANTS', names: ['Anna', 'Bram'] });
    first.send({ type: 'SET_ROLE', role: 'voorzitter', participant: 0 });
    // The meeting ended earlier with this code (relaunch with the saved state).
    const saved: LearnerState = {
      ...first.getSnapshot().context.learner,
      team: { code: 'K7M2Q9XA', date: '2026-11-25', via: 'live' },
      actions: [{ who: 'Anna', what: 'Belt <b>Petra</b>', when: 'vrijdag' }],
    };
    const actor = createActor(courseMachine, { input: { course, saved, today: '2026-11-25', seed: 1 } });
    actor.start();
    const { root } = await mountPage<SpPageTeamcode>('sp-page-teamcode', actor, 'teamcode');
    const code = root.querySelector('.code')!;
    expect([textOf(code), code.getAttribute('data-code'), code.getAttribute('aria-hidden')]).toEqual(['K7M2-Q9XA', 'K7M2Q9XA', 'true']);
    expect(textOf(root.querySelector('.codebox .visually-hidden'))).toBe(t.teamCodeSpoken('K 7 M 2 Q 9 X A'));
    expect(textOf(root.querySelector('.screen-only button'))).toBe(t.teamCodePrint);
    const print = root.querySelector('.print-only')!;
    expect(textOf(print.querySelector('h2'))).toBe(t.printTitle('Testmodule'));
    expect(textOf(print)).toContain('Anna (Voorzitter), Bram');
    expect([...print.querySelectorAll('tbody td')].map(textOf)).toEqual(['Anna', 'Belt <b>Petra</b>', 'vrijdag']);
    expect(print.querySelector('b')).toBeNull();
  });
});
