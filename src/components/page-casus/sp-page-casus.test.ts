import { describe, expect, it } from 'vitest';
import { pageTypesCourse } from '../../../tests/support/courses.js';
import { mountPage, richTextOf, textOf } from '../../../tests/support/mount.js';
import { compileModule } from '../../content/compile.js';
import { t } from '../../i18n/nl.js';
import { startCourse } from '../../../tests/support/component-fixtures.js';
import { initials } from './sp-page-casus.js';
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

  it('initials: first and last name, without "(fictief)" or a form of address', () => {
    expect(initials('Mevrouw Ria de Vries (fictief)')).toBe('RV');
    expect(initials('Ahmed Benali (fictief)')).toBe('AB');
    expect(initials('Daan en Sophie van den Berg (fictief)')).toBe('DB');
    expect(initials('Cor')).toBe('C');
  });

  it('shows the portrait with its alt text when given, else a decorative initials disc', async () => {
    const course = compileModule({
      id: 'casus-test',
      version: 1,
      title: 'Casus',
      description: 'Test.',
      language: 'nl',
      objectives: [{ id: 'doel', title: 'Doel' }],
      pages: [
        {
          id: 'casus',
          type: 'casus',
          title: 'De casus',
          minutes: 1,
          intro: 'Inleiding.',
          body: 'Verhaal.',
          persons: [
            {
              name: 'Ria de Vries',
              role: 'Cliënt',
              description: 'Woont alleen.',
              portrait: { src: 'portret-ria.svg', alt: 'Oudere vrouw met grijs haar en bril' },
            },
            { name: 'Ahmed Benali (fictief)', role: 'Buurman', description: 'Helpt mee.' },
          ],
        },
      ],
    });
    const actor = startCourse(course);
    const { root } = await mountPage<SpPageCasus>('sp-page-casus', actor, 'casus', { mediaBase: 'media/' });
    const cards = [...root.querySelectorAll('.persons li')];
    const img = cards[0].querySelector('img.portrait')!;
    expect(img.getAttribute('src')).toBe('media/portret-ria.svg');
    expect(img.getAttribute('alt')).toBe('Oudere vrouw met grijs haar en bril');
    expect(cards[1].querySelector('img')).toBeNull();
    const disc = cards[1].querySelector('.initials')!;
    expect(disc.textContent).toBe('AB');
    expect(disc.getAttribute('aria-hidden')).toBe('true');
    expect(cards[1].querySelector('.name')?.textContent).toBe('Ahmed Benali (fictief)');
    actor.stop();
  });
});
