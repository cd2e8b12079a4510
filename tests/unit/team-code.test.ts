/**
 * Issue #10: team codes. Format, module and date in the code, and the error detection of the
 * check character, tested exhaustively for a set of codes: every single wrong character and every
 * swap of two neighbours (and of any two positions) is refused.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  checksumOk,
  formatTeamCode,
  generateTeamCode,
  modulePrefix,
  validateTeamCode,
} from '../../src/machines/team-code.js';

function seeded(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

const CODES = Array.from({ length: 200 }, (_, i) => generateTeamCode('casusbespreking', '2026-12-01', seeded(i + 1)));

describe('team code', () => {
  it('uses 31 characters without look-alikes (no 0/O, 1/I/L); 8 characters shown as XXXX-XXXX', () => {
    expect(CODE_ALPHABET).toHaveLength(31);
    for (const ch of '01OIL') expect(CODE_ALPHABET).not.toContain(ch);
    for (const code of CODES) {
      expect(code).toHaveLength(CODE_LENGTH);
      expect([...code].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
      expect(formatTeamCode(code)).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
      expect(checksumOk(code)).toBe(true);
    }
    expect(new Set(CODES).size).toBeGreaterThan(190); // random part: 31³ per module per day
  });

  it('carries the module: every module in modules/ has its own prefix; a code of another module is refused with that reason', () => {
    const modules = readdirSync('modules');
    const prefixes = new Set(modules.map(modulePrefix));
    expect(prefixes.size).toBe(modules.length);
    const other = generateTeamCode('eigen-kracht', '2026-12-01', seeded(3));
    expect(validateTeamCode(other, 'casusbespreking', '2026-12-01')).toEqual({ ok: false, error: { kind: 'module' } });
    expect(validateTeamCode(other, 'eigen-kracht', '2026-12-01').ok).toBe(true);
  });

  it('carries the session day: a code typed days later gives the day of the meeting', () => {
    const code = generateTeamCode('casusbespreking', '2026-12-01', seeded(9));
    expect(validateTeamCode(code, 'casusbespreking', '2026-12-01')).toEqual({ ok: true, code, date: '2026-12-01' });
    expect(validateTeamCode(code, 'casusbespreking', '2026-12-09')).toEqual({ ok: true, code, date: '2026-12-01' });
  });

  it('accepts lower case, spaces and dashes; explains empty, length and unknown characters', () => {
    const code = CODES[0];
    expect(validateTeamCode(` ${formatTeamCode(code).toLowerCase()} `, 'casusbespreking', '2026-12-01').ok).toBe(true);
    expect(validateTeamCode('', 'casusbespreking', '2026-12-01')).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(validateTeamCode(code.slice(0, 7), 'casusbespreking', '2026-12-01')).toEqual({
      ok: false,
      error: { kind: 'length', length: 7 },
    });
    expect(validateTeamCode(code.slice(0, 7) + 'O', 'casusbespreking', '2026-12-01')).toEqual({
      ok: false,
      error: { kind: 'character', char: 'O' },
    });
  });

  it('check character: every single-character typo and every neighbour swap is caught (exhaustive over 200 codes)', () => {
    let substitutions = 0;
    let adjacentSwaps = 0;
    let anySwaps = 0;
    let missed = 0;
    for (const code of CODES) {
      for (let i = 0; i < CODE_LENGTH; i++) {
        for (const ch of CODE_ALPHABET) {
          if (ch === code[i]) continue;
          substitutions++;
          if (checksumOk(code.slice(0, i) + ch + code.slice(i + 1))) missed++;
        }
        for (let j = i + 1; j < CODE_LENGTH; j++) {
          if (code[i] === code[j]) continue;
          const chars = [...code];
          [chars[i], chars[j]] = [chars[j], chars[i]];
          anySwaps++;
          if (j === i + 1) adjacentSwaps++;
          if (checksumOk(chars.join(''))) missed++;
        }
      }
    }
    console.log(
      `[issue 10] team code check: ${substitutions} single-character typos, ${adjacentSwaps} neighbour swaps, ` +
        `${anySwaps} swaps of any two positions tried over ${CODES.length} codes; missed ${missed}`,
    );
    expect(substitutions).toBe(CODES.length * CODE_LENGTH * 30);
    expect(missed).toBe(0);
    // Validation gives the check reason (not "other module") for such typos.
    const typo = CODES[0].slice(0, 1) + (CODES[0][1] === '2' ? '3' : '2') + CODES[0].slice(2);
    expect(validateTeamCode(typo, 'casusbespreking', '2026-12-01')).toEqual({ ok: false, error: { kind: 'check' } });
  });

  it('two typos slip through about 1 in 31 times (measured), as expected of one check character', () => {
    const random = seeded(42);
    let tried = 0;
    let accepted = 0;
    for (const code of CODES) {
      for (let k = 0; k < 50; k++) {
        const chars = [...code];
        const i = Math.floor(random() * 8);
        let j = Math.floor(random() * 7);
        if (j >= i) j++;
        for (const p of [i, j]) {
          let c = chars[p];
          while (c === chars[p]) c = CODE_ALPHABET[Math.floor(random() * 31)];
          chars[p] = c;
        }
        tried++;
        if (checksumOk(chars.join(''))) accepted++;
      }
    }
    console.log(`[issue 10] two random typos: ${accepted} of ${tried} accepted (${((accepted / tried) * 100).toFixed(1)}%)`);
    expect(accepted / tried).toBeLessThan(0.06);
  });
});
