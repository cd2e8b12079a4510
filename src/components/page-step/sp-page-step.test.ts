import { describe, expect, it } from 'vitest';
import { pageTypesCourse } from '../../../tests/support/courses.js';
import { mountPage, textOf } from '../../../tests/support/mount.js';
import { t } from '../../i18n/nl.js';
import '../question-set/sp-question-set.js'; // the player loads it after first paint (later.ts)
import type { SpQuestionSet } from '../question-set/sp-question-set.js';
import { startCourse } from '../../../tests/support/component-fixtures.js';
import type { SpTextField } from '../text-field/sp-text-field.js';
import type { SpTimer } from '../timer/sp-timer.js';
import './sp-page-step.js';
import type { SpPageStep } from './sp-page-step.js';

describe('sp-page-step', () => {
  it('alone: the step as an exercise: purpose and pitfall (no team-only part), a required reflection field and the practice question', async () => {
    const actor = startCourse(pageTypesCourse());
    const { root } = await mountPage<SpPageStep>('sp-page-step', actor, 'stap-1');
    const facts = [...root.querySelectorAll('.facts .card')].map((card) => [
      textOf(card.querySelector('dt')),
      textOf(card.querySelector('dd')),
    ]);
    expect(facts).toEqual([
      [t.stepPurpose, 'Een heldere hulpvraag in de ik-vorm.'],
      [t.stepPitfall, 'Een lang verhaal zonder vraag.'],
    ]);
    expect(root.querySelector('[data-team-only]')).toBeNull();
    const notes = root.querySelector<SpTextField>('sp-text-field')!;
    expect([notes.field?.id, notes.field?.required]).toEqual(['stap-1-notes', true]);
    expect(root.querySelector<SpQuestionSet>('sp-question-set')?.quiz).toBe(actor.getSnapshot().context.quizRefs['stap-1']);
    expect(root.querySelector('sp-timer')).toBeNull();
    expect(root.querySelector('.presentation')).toBeNull();
  });

  it('in the meeting: the presentation view with the meeting timer, optional notes for the notulist and no practice question', async () => {
    const actor = startCourse(pageTypesCourse());
    const { root, settled } = await mountPage<SpPageStep>('sp-page-step', actor, 'stap-1');
    actor.send({ type: 'SET_MODE', mode: 'team' });
    await settled();
    expect(textOf(root.querySelector('.presentation .question'))).toBe('Een heldere hulpvraag in de ik-vorm.'); // no question: the purpose
    const timer = root.querySelector<SpTimer>('.spine sp-timer')!;
    expect(timer.label).toMatch(/Stap 1: Inbreng en hulpvraag$/);
    expect(timer.timeboxMinutes).toBe(3);
    const notes = root.querySelector<SpTextField>('.presentation sp-text-field')!;
    expect([notes.field?.required, notes.field?.hint]).toEqual([false, t.teamNotesHint]);
    expect(textOf(root.querySelector('.presentation .hint'))).toBe(t.notesOptional);
    expect(root.querySelector('sp-question-set')).toBeNull();
    expect([...root.querySelectorAll('details.more .prompts li')].map(textOf)).toEqual(['Wat is de hulpvraag?', 'Wie hoort erbij?']);
  });
});
