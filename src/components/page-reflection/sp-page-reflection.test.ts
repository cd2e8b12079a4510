import { describe, expect, it } from 'vitest';
import { pageTypesCourse } from '../../../tests/support/courses.js';
import { mountPage, richTextOf, shadowOf } from '../../../tests/support/mount.js';
import { t } from '../../i18n/nl.js';
import { startCourse } from '../../../tests/support/component-fixtures.js';
import type { SpTextField } from '../text-field/sp-text-field.js';
import './sp-page-reflection.js';
import type { SpPageReflection } from './sp-page-reflection.js';

describe('sp-page-reflection', () => {
  it('gives one field per authored field, sends what the learner types and shows the saved text back', async () => {
    const actor = startCourse(pageTypesCourse());
    actor.send({ type: 'SET_TEXT', id: 'refl-2', value: 'Eerder vragen.' });
    const { root, settled, sent } = await mountPage<SpPageReflection>('sp-page-reflection', actor, 'reflectie');
    expect(await richTextOf(root)).toBe('Denk even na over je eigen werk.');
    const fields = [...root.querySelectorAll<SpTextField>('sp-text-field')];
    expect(fields.map((f) => [f.field?.label, f.field?.required, f.value])).toEqual([
      ['Wat neem je mee?', true, ''],
      ['Wat ga je anders doen?', false, 'Eerder vragen.'],
    ]);
    const box = (await shadowOf(fields[0])).querySelector('textarea')!;
    box.value = 'Het netwerk eerder betrekken.';
    box.dispatchEvent(new Event('input'));
    await settled();
    expect(sent).toEqual([{ type: 'SET_TEXT', id: 'refl-1', value: 'Het netwerk eerder betrekken.' }]);
    expect(root.querySelector<SpTextField>('sp-text-field')!.value).toBe('Het netwerk eerder betrekken.');
    expect(fields.every((f) => f.notice === undefined)).toBe(true);
  });

  it('tells the learner on every field when the texts no longer fit in the LMS', async () => {
    const actor = startCourse(pageTypesCourse());
    const { root, settled } = await mountPage<SpPageReflection>('sp-page-reflection', actor, 'reflectie');
    actor.send({ type: 'LMS_STATUS', status: { textsFit: false } });
    await settled();
    expect([...root.querySelectorAll<SpTextField>('sp-text-field')].map((f) => f.notice)).toEqual([t.textsTooLong, t.textsTooLong]);
  });
});
