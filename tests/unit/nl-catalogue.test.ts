/** The Dutch catalogue: numbers as a Dutch reader writes them, and the one wording of the pass rule. */
import { describe, expect, it } from 'vitest';
import { formatDecimal, t } from '../../src/i18n/nl.js';

describe('Dutch numbers in the catalogue', () => {
  it('decimals take a comma, never a point', () => {
    expect(formatDecimal(2.5)).toBe('2,5');
    expect(formatDecimal(3)).toBe('3');
    expect(formatDecimal(0.25)).toBe('0,3');
  });

  it('minutes: een halve minuut, 1 minuut, anderhalve minuut, 2,5 minuten', () => {
    expect(t.minutes(0.5)).toBe('een halve minuut');
    expect(t.minutes(1)).toBe('1 minuut');
    expect(t.minutes(1.5)).toBe('anderhalve minuut');
    expect(t.minutes(2.5)).toBe('2,5 minuten');
    expect(t.minutes(3.5)).toBe('3,5 minuten');
    expect(t.minutes(4)).toBe('4 minuten');
    expect(t.timeboxMinutes(2.5)).toBe('2,5 minuten');
    expect(t.meetingPlanTotal(20)).toBe('Samen 20 minuten');
    for (const m of [0.5, 1.5, 2.5, 3.5, 12.5, 0.1]) {
      for (const text of [t.minutes(m), t.timeboxMinutes(m), t.meetingPlanTotal(m)]) expect(text).not.toMatch(/\d\.\d/);
    }
  });
});

describe('the pass rule, one wording (count form) on quiz and closing page', () => {
  it('quiz rule, quiz result and closing result share "Nodig om te slagen: 5 van de 6 goed."', () => {
    const rule = 'Nodig om te slagen: 5 van de 6 goed.';
    expect(t.passRule(5, 6)).toBe(rule);
    expect(t.quizResult(4, 6, 5)).toBe(`Je hebt 4 van de 6 vragen goed. ${rule}`);
    expect(t.closingResult(4, 6, 5)).toBe(`Je had 4 van de 6 vragen goed. ${rule}`);
    expect(t.closingPassed).toBe('Je bent geslaagd.');
    expect(t.closingFailed).toBe('Je bent nog niet geslaagd.');
  });
});

describe('feedback tag', () => {
  it('starts the feedback sentence with a capital', () => {
    expect(t.feedbackTag(true, true)).toBe('Jouw keuze, goed antwoord');
    expect(t.feedbackTag(true, false)).toBe('Jouw keuze');
    expect(t.feedbackTag(false, true)).toBe('Goed antwoord');
    expect(t.feedbackTag(false, false)).toBe('');
  });
});
