import { describe, expect, it } from 'vitest';
import { pageTypesCourse } from '../../../tests/support/courses.js';
import { mountPage, richTextOf, textOf } from '../../../tests/support/mount.js';
import { t } from '../../i18n/nl.js';
import { startCourse } from '../testing/fixtures.js';
import './sp-page-casus.js';
import type { SpPageCasus } from './sp-page-casus.js';

describe('sp-page-casus', () => {
  it('introduces the case, lists every person with name, role and description, then tells the story', async () => {
    const actor = startCourse(pageTypesCourse());
    const { root } = await mountPage<SpPageCasus>('sp-page-casus', actor, 'casus');
    expect(textOf(root.querySelector('h3'))).toBe(t.persons);
    const persons = [...root.querySelectorAll('.persons li')];
    expect(persons.map((li) => [textOf(li.querySelector('.name')), textOf(li.querySelector('.role'))])).toEqual([
      ['Meneer Jansen (fictief)', 'Cliënt'],
      ['Petra Jansen (fictief)', 'Mantelzorger, dochter'],
    ]);
    expect(textOf(persons[1])).toContain('Komt elke dag langs en is moe.');
    const text = await richTextOf(root);
    expect(text.indexOf('Alle personen zijn verzonnen.')).toBeLessThan(text.indexOf('Petra belt het wijkteam.'));
    expect(root.querySelector('sp-figure')).toBeNull();
  });
});
