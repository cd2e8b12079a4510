import { describe, expect, it } from 'vitest';
import { pageTypesCourse } from '../../../tests/support/courses.js';
import { mountPage, richTextOf, textOf } from '../../../tests/support/mount.js';
import { t } from '../../i18n/nl.js';
import { startCourse } from '../../../tests/support/component-fixtures.js';
import type { SpTextField } from '../text-field/sp-text-field.js';
import type { SpTimer } from '../timer/sp-timer.js';
import './sp-page-team.js';
import type { SpPageTeam } from './sp-page-team.js';

describe('sp-page-team', () => {
  it('alone: the prompts as questions for the next team meeting, no timer, the notes field as authored', async () => {
    const actor = startCourse(pageTypesCourse());
    const { root } = await mountPage<SpPageTeam>('sp-page-team', actor, 'overleg');
    expect(await richTextOf(root)).toBe('Bespreek samen wat jullie opvalt.');
    expect(textOf(root.querySelector('#prompts-h'))).toBe(t.promptsAlone);
    expect([...root.querySelectorAll('.prompts li')].map(textOf)).toEqual(['Wat zie je als eerste?', 'Wat zegt de mantelzorger hierover?']);
    expect(root.querySelector('sp-timer')).toBeNull();
    expect(root.querySelector('[data-team-only]')).toBeNull();
    const notes = root.querySelector<SpTextField>('sp-text-field')!;
    expect([notes.field?.id, notes.field?.label, notes.field?.hint]).toEqual([
      'overleg-notes',
      'Jullie conclusies',
      'Schrijf in een paar zinnen op wat jullie afspreken.',
    ]);
  });

  it('in the meeting: "Bespreek samen" with a timer of the time box, and the team hint on the notes', async () => {
    const course = pageTypesCourse();
    const page = course.pages.find((p) => p.id === 'overleg');
    if (page?.type !== 'team') throw new Error('fixture changed');
    page.notes.teamHint = 'De notulist schrijft mee.';
    const actor = startCourse(course);
    const { root, settled } = await mountPage<SpPageTeam>('sp-page-team', actor, 'overleg');
    actor.send({ type: 'SET_MODE', mode: 'team' });
    await settled();
    expect(textOf(root.querySelector('#discuss-h'))).toBe(t.discuss);
    const timer = root.querySelector<SpTimer>('sp-timer')!;
    expect([timer.timeboxMinutes, timer.elapsedMs, timer.startedAt]).toEqual([2, 0, null]);
    const notes = root.querySelector<SpTextField>('sp-text-field')!;
    expect([notes.field?.hint, notes.field?.required]).toEqual(['De notulist schrijft mee.', false]);
  });
});
