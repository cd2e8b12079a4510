import { describe, expect, it } from 'vitest';
import { loadModule } from '../../src/content/load-module.js';
import { notesFor, pageModeView } from '../../src/machines/mode-view.js';

const course = loadModule('modules/casusbespreking');
const step = course.pages.find((p) => p.type === 'step')!;
const team = loadModule('modules/eigen-kracht').pages.find((p) => p.type === 'team')!;

describe('mode view: what a page shows per mode (one rule)', () => {
  it('a step alone (or before a mode is chosen): no time box, voorzitter, prompts or timer; practice; own minutes; notes for one reader', () => {
    if (step.type !== 'step') throw new Error('step');
    for (const mode of ['alone', null] as const) {
      const v = pageModeView(step, mode);
      expect(v).toMatchObject({
        meeting: false,
        timer: false,
        timebox: false,
        guard: false,
        prompts: 'none',
        participants: false,
        minutes: step.minutes,
      });
      expect(v.practice).toBe(step.activity);
      expect(v.notes).toEqual(step.notes);
    }
  });

  it('a step in the meeting: time box, voorzitter, prompts and timer; no practice; the time box as minutes; the notulist’s optional notes', () => {
    if (step.type !== 'step') throw new Error('step');
    const v = pageModeView(step, 'team', 'De notulist typt.');
    expect(v).toMatchObject({
      meeting: true,
      timer: true,
      timebox: true,
      guard: true,
      prompts: 'discuss',
      minutes: step.timebox,
      practice: undefined,
    });
    expect(v.notes).toMatchObject({ label: step.notes.teamLabel, hint: step.notes.teamHint, required: false });
    expect(step.notes.teamLabel).not.toBe(step.notes.label);
  });

  it('a team page: the discussion and timer in the meeting only; for one reader the prompts to bring along', () => {
    if (team.type !== 'team') throw new Error('team');
    expect(pageModeView(team, null)).toMatchObject({ timer: false, prompts: 'reflect', minutes: team.minutes });
    expect(pageModeView(team, 'team')).toMatchObject({ timer: true, prompts: 'discuss', minutes: team.timebox });
  });

  it('notes fall back to the label and a general team hint when the content gives no team wording', () => {
    const field = { id: 'x', label: 'Wat neem je mee?', maxLength: 100, required: true };
    expect(notesFor(field, 'alone')).toBe(field);
    expect(notesFor(field, 'team', 'Algemeen')).toEqual({ ...field, hint: 'Algemeen', required: false });
  });
});
