import { describe, expect, it } from 'vitest';
import { pageTypesCourse } from '../../../tests/support/courses.js';
import { mountPage, richTextOf, textOf } from '../../../tests/support/mount.js';
import { t } from '../../i18n/nl.js';
import { startCourse } from '../../../tests/support/component-fixtures.js';
import './sp-page-summary.js';
import type { SpPageSummary } from './sp-page-summary.js';

describe('sp-page-summary', () => {
  it('shows the summary text and every tip, in order, under Tips', async () => {
    const actor = startCourse(pageTypesCourse());
    const { root } = await mountPage<SpPageSummary>('sp-page-summary', actor, 'einde');
    expect(await richTextOf(root)).toBe('Goed gedaan. Je hebt alle paginatypes gezien.');
    expect(textOf(root.querySelector('.card h3'))).toBe(t.tips);
    expect([...root.querySelectorAll('.card li')].map(textOf)).toEqual(['Blijf oefenen.', 'Betrek het netwerk.']);
  });
});
