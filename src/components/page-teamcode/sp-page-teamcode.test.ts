import { describe, expect, it } from 'vitest';
import { mount, richTextOf, textOf } from '../../../tests/support/mount.js';
import { parseRichText } from '../../content/rich-text.js';
import type { TeamCodePage } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
import { startCourse } from '../testing/fixtures.js';
import './sp-page-teamcode.js';
import type { SpPageTeamcode } from './sp-page-teamcode.js';

const page: TeamCodePage = {
  id: 'teamcode',
  type: 'teamcode',
  title: 'Jullie teamcode',
  minutes: 1,
  body: parseRichText('Deelnemers typen deze code in hun eigen module.'),
};

describe('sp-page-teamcode', () => {
  it('before the meeting has a code: only the explanation', async () => {
    const ctx = startCourse().getSnapshot().context;
    const { root } = await mount<SpPageTeamcode>('sp-page-teamcode', { page, ctx });
    expect(await richTextOf(root)).toBe('Deelnemers typen deze code in hun eigen module.');
    expect(root.querySelector('.code')).toBeNull();
  });

  it('shows the code large in two groups, spells it for screen readers and prints the actielijst with participants', async () => {
    const actor = startCourse();
    actor.send({ type: 'SET_MODE', mode: 'team' });
    actor.send({ type: 'SET_PARTICIPANTS', names: ['Anna', 'Bram'] });
    actor.send({ type: 'SET_ROLE', role: 'voorzitter', participant: 0 });
    const base = actor.getSnapshot().context;
    const learner = {
      ...base.learner,
      team: { code: 'K7M2Q9XA', date: '2026-11-25', via: 'live' as const },
      actions: [{ who: 'Anna', what: 'Belt <b>Petra</b>', when: 'vrijdag' }],
    };
    const { root } = await mount<SpPageTeamcode>('sp-page-teamcode', { page, ctx: { ...base, learner } });
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
