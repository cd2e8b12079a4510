/**
 * Team codes: the short code a team session ends with, typed by every participant in their own
 * LMS launch to get the team part recorded.
 *
 * Format: 8 characters from a 31-character alphabet without look-alikes (no 0/O, 1/I/L),
 * shown as `XXXX-XXXX`:
 *
 *   M M  D D  R R R  C
 *   │    │    │      └ check character
 *   │    │    └ random (31³ = 29 791 per module per day)
 *   │    └ session day (days since 2020-01-01, mod 961)
 *   └ module identifier (hash of the module id, mod 961)
 *
 * Check character: weighted sum mod 31 with weights 1…8 over all eight characters is 0. Because 31
 * is prime and every weight (and every weight difference) is between 1 and 30, every single
 * wrong character and every swap of two different characters (neighbours or not) changes the sum
 * by a non-zero amount mod 31, so it is always detected.
 *
 * What a code proves: that the person typing it saw (or was told) the code of that session. It is a
 * shared secret of the room, not an identity check.
 */
import { fnv1a } from './random.js';

/** The code alphabet: digits 2–9 and A–Z without I, L and O (31 characters; 31 is prime). */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const N = CODE_ALPHABET.length; // 31
export const CODE_LENGTH = 8;
const DAY0 = Date.UTC(2020, 0, 1);
const DAY_MS = 86_400_000;

/** Why a typed code was refused. */
export type TeamCodeError =
  | { kind: 'empty' }
  | { kind: 'length'; length: number }
  | { kind: 'character'; char: string }
  | { kind: 'check' }
  | { kind: 'module' }
  | { kind: 'future' };

export type TeamCodeResult = { ok: true; code: string; date: string } | { ok: false; error: TeamCodeError };

const value = (ch: string) => CODE_ALPHABET.indexOf(ch);

/** Two alphabet characters for a number 0…960. */
function pair(n: number): string {
  return CODE_ALPHABET[Math.floor(n / N) % N] + CODE_ALPHABET[n % N];
}

/** Two characters that identify the module (FNV-1a hash of its id, mod 961). */
export function modulePrefix(moduleId: string): string {
  return pair(fnv1a(moduleId) % (N * N));
}

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - DAY0) / DAY_MS);
}

function isoOfDay(day: number): string {
  return new Date(DAY0 + day * DAY_MS).toISOString().slice(0, 10);
}

/** The check character that makes Σ (i+1)·v(i) ≡ 0 (mod 31) over all eight characters. */
function checkCharacter(first7: string): string {
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += (i + 1) * value(first7[i]);
  // 8 · c ≡ −sum (mod 31); 8⁻¹ ≡ 4 (mod 31) since 8 · 4 = 32 ≡ 1.
  const c = ((((-sum % N) + N) % N) * 4) % N;
  return CODE_ALPHABET[c];
}

/** Whether the eight characters (alphabet only) satisfy the check. */
export function checksumOk(code: string): boolean {
  let sum = 0;
  for (let i = 0; i < CODE_LENGTH; i++) sum += (i + 1) * value(code[i]);
  return sum % N === 0;
}

/**
 * A new team code for a module on a day. `random` returns numbers in [0, 1)
 * (passed in so the machine stays testable; the player uses crypto).
 */
export function generateTeamCode(moduleId: string, isoDate: string, random: () => number): string {
  const day = ((dayNumber(isoDate) % (N * N)) + N * N) % (N * N);
  let body = modulePrefix(moduleId) + pair(day);
  for (let i = 0; i < 3; i++) body += CODE_ALPHABET[Math.min(N - 1, Math.floor(random() * N))];
  return body + checkCharacter(body);
}

/** `ABCDEFGH` → `ABCD-EFGH` (as shown and printed). */
export function formatTeamCode(code: string): string {
  return code.length === CODE_LENGTH ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

/**
 * Reads a typed code: spaces and dashes are ignored, lower case is fine. Checks length,
 * characters, the check character, then the module; gives the session date (the latest day
 * on or before `today` that matches the code's day).
 */
export function validateTeamCode(input: string, moduleId: string, today: string): TeamCodeResult {
  const code = input.toUpperCase().replace(/[\s\-–—.]/g, '');
  if (code.length === 0) return { ok: false, error: { kind: 'empty' } };
  const bad = Array.from(code).find((ch) => value(ch) < 0);
  if (bad) return { ok: false, error: { kind: 'character', char: bad } };
  if (code.length !== CODE_LENGTH) return { ok: false, error: { kind: 'length', length: code.length } };
  if (!checksumOk(code)) return { ok: false, error: { kind: 'check' } };
  if (code.slice(0, 2) !== modulePrefix(moduleId)) return { ok: false, error: { kind: 'module' } };
  const todayNumber = dayNumber(today);
  const codeDay = value(code[2]) * N + value(code[3]);
  const back = (((todayNumber - codeDay) % (N * N)) + N * N) % (N * N);
  const day = todayNumber - back;
  if (day < 0) return { ok: false, error: { kind: 'future' } };
  return { ok: true, code, date: isoOfDay(day) };
}
