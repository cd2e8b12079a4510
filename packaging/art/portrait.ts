/**
 * Draws one illustrated head-and-shoulders portrait (120 × 120, centred so it reads in a circle)
 * from a few parameters. Pure: the same spec always gives the same bytes.
 */
import { C, el } from './svg-kit.js';

/** Skin tones from light to deep: [face, shade]. */
export const SKIN = {
  light: ['#f6d8c1', '#e3b89a'],
  fair: ['#f0c8a8', '#dba988'],
  warm: ['#dfae86', '#c48f66'],
  tan: ['#c98f63', '#ad744b'],
  brown: ['#a56a45', '#8a5534'],
  deep: ['#6f4630', '#5a3624'],
} as const;

/** Hair colours. */
export const HAIR = {
  black: '#2a211c',
  darkBrown: '#4a3426',
  brown: '#6e4b32',
  lightBrown: '#93714f',
  darkBlonde: '#b08b55',
  blonde: '#dcbc74',
  red: '#b35a33',
  greyBrown: '#857769',
  grey: '#a4a19c',
  white: '#e6e3dc',
} as const;

type HairStyle =
  | 'short' // short, men's cut
  | 'receding' // short, higher hairline
  | 'bald' // hair on the sides only
  | 'crop' // very short, close to the head
  | 'curlyShort' // short curls
  | 'bob' // chin-length
  | 'long' // past the shoulders
  | 'ponytail'
  | 'bun'
  | 'pixie' // short women's cut with a fringe
  | 'curls' // soft curls around the face (often older women)
  | 'puff' // natural hair gathered up
  | 'headscarf';

export interface PortraitSpec {
  skin: keyof typeof SKIN;
  hair: HairStyle;
  hairColour: string;
  /** Clothing colour. */
  cloth: string;
  /** Background colour (a soft tint). */
  bg: string;
  /** Age in years: from 50 light lines, from 65 more lines. */
  age: number;
  glasses?: boolean;
  beard?: 'full' | 'short' | 'moustache';
  beardColour?: string;
  /** Neckline: round (default), v, collar (shirt), hoodie. */
  neck?: 'round' | 'v' | 'collar' | 'hoodie';
  /** Wijkteam / professional badge on a lanyard. */
  lanyard?: boolean;
  /** Backrest and push handles of a wheelchair behind the shoulders. */
  wheelchair?: boolean;
  /** Tired eyes (bags under the eyes, flatter mouth). */
  tired?: boolean;
  /** Headscarf colour, with hair: 'headscarf'. */
  scarf?: string;
}

const INK = '#2b2b2b';
const LIP = '#9a4f3f';

/** Darkens a #rrggbb colour by a factor (0–1). */
function shade(hex: string, f: number): string {
  const n = parseInt(hex.slice(1), 16);
  const ch = (s: number) =>
    Math.round(((n >> s) & 255) * (1 - f))
      .toString(16)
      .padStart(2, '0');
  return `#${ch(16)}${ch(8)}${ch(0)}`;
}

/** Hair behind the head (long styles, bun, ponytail, puff). */
function backHair(s: PortraitSpec): string {
  const f = s.hairColour;
  switch (s.hair) {
    case 'long':
      return el('path', { d: 'M35 50Q35 23 60 23T85 50L89 97Q60 106 31 97Z', fill: f });
    case 'bob':
      return el('path', { d: 'M35 52Q35 24 60 24T85 52L86 78Q60 86 34 78Z', fill: f });
    case 'curls':
      return el('path', { d: 'M34 54Q33 24 60 24T86 54Q90 66 82 72L38 72Q30 66 34 54Z', fill: f });
    case 'ponytail':
      return el('path', { d: 'M78 36Q96 46 90 88Q84 74 74 62Z', fill: f });
    case 'bun':
      return el('circle', { cx: 60, cy: 23, r: 10, fill: f });
    case 'puff':
      return el('circle', { cx: 60, cy: 27, r: 21, fill: f });
    case 'headscarf':
      return el('path', { d: 'M33 58Q30 21 60 21T87 58L93 101Q60 112 27 101Z', fill: s.scarf });
    default:
      return '';
  }
}

/** Hair in front of the head (the hairline). */
function frontHair(s: PortraitSpec): string {
  const f = s.hairColour;
  switch (s.hair) {
    case 'short':
      return el('path', { d: 'M38 52Q35 25 60 25T82 52Q80 38 71 35Q60 40 47 36Q40 41 38 52Z', fill: f });
    case 'receding':
      return el('path', { d: 'M38 53Q36 28 60 27T82 53Q81 40 76 35Q60 31 44 35Q39 41 38 53Z', fill: f });
    case 'bald':
      return el('path', { d: 'M38 58Q36 44 42 38Q41 48 43 58ZM82 58Q84 44 78 38Q79 48 77 58Z', fill: f });
    case 'crop':
      return el('path', { d: 'M39 48Q38 27 60 27T81 48Q78 37 60 35T39 48Z', fill: f });
    case 'curlyShort':
      return el('path', {
        d: 'M38 50Q34 38 42 32Q44 24 54 26Q60 20 67 26Q77 25 78 33Q86 39 82 50Q78 40 70 38Q60 42 50 38Q42 40 38 50Z',
        fill: f,
      });
    case 'bob':
    case 'long':
    case 'ponytail':
      return el('path', { d: 'M37 56Q35 25 60 25T83 56Q80 36 64 33Q58 42 42 43Q38 48 37 56Z', fill: f });
    case 'bun':
      return el('path', { d: 'M38 52Q36 26 60 26T82 52Q80 36 60 34T38 52Z', fill: f });
    case 'pixie':
      return el('path', { d: 'M37 54Q34 25 60 25T83 52Q80 38 72 36Q62 44 46 40Q40 44 37 54Z', fill: f });
    case 'curls':
      return el('path', {
        d: 'M36 56Q32 42 40 36Q40 26 52 27Q60 21 68 27Q80 26 80 36Q88 42 84 56Q80 42 70 40Q62 44 54 40Q44 42 36 56Z',
        fill: f,
      });
    case 'puff':
      return el('path', { d: 'M38 50Q38 30 60 30T82 50Q78 38 60 37T38 50Z', fill: f });
    case 'headscarf':
      return el('path', { d: 'M36 58Q35 26 60 26T84 58Q82 37 60 35T36 58Z', fill: shade(s.scarf ?? C.teal, 0.12) });
  }
}

/** Lines and cues of age. */
function ageLines(s: PortraitSpec, line: string): string {
  if (s.age < 50) return '';
  const d =
    s.age >= 65
      ? 'M53 62Q51 65 53 68M67 62Q69 65 67 68M44 53L41 52M44 56L41 57M76 53L79 52M76 56L79 57M52 39Q60 37 68 39'
      : 'M53 63Q51 65 53 68M67 63Q69 65 67 68';
  return el('path', { d, fill: 'none', stroke: line, 'stroke-width': 1, 'stroke-linecap': 'round' });
}

function neckline(s: PortraitSpec, skinShade: string): string {
  switch (s.neck ?? 'round') {
    case 'v':
      return el('path', { d: 'M50 86L60 99L70 86Z', fill: skinShade });
    case 'collar':
      return el('path', { d: 'M48 85L60 95L56 101ZM72 85L60 95L64 101Z', fill: C.white });
    case 'hoodie':
      return el('path', {
        d: 'M40 88Q60 104 80 88',
        fill: 'none',
        stroke: shade(s.cloth, 0.2),
        'stroke-width': 5,
        'stroke-linecap': 'round',
      });
    default:
      return el('path', { d: 'M50 86Q60 93 70 86Z', fill: skinShade });
  }
}

function beard(s: PortraitSpec): string {
  if (!s.beard) return '';
  const f = s.beardColour ?? s.hairColour;
  if (s.beard === 'moustache') return el('path', { d: 'M52 64Q60 59 68 64Q60 66 52 64Z', fill: f });
  const d = 'M39 55Q40 82 60 83Q80 82 81 55Q79 70 70 71Q65 62 60 63Q55 62 50 71Q41 70 39 55Z';
  return el('path', { d, fill: f, opacity: s.beard === 'short' ? 0.55 : undefined });
}

/** Face, hair and clothes of one person, in the 120 × 120 frame. */
function figure(s: PortraitSpec): string {
  const [skin, skinShade] = SKIN[s.skin];
  const line = shade(skinShade, 0.18);
  const brow = s.hairColour === HAIR.white || s.hairColour === HAIR.grey ? '#8f8a82' : shade(s.hairColour, 0.2);
  const parts: string[] = [];
  if (s.wheelchair) {
    parts.push(
      el('path', { d: 'M22 120V66Q22 62 26 62H94Q98 62 98 66V120Z', fill: '#3f4b58' }),
      el('path', { d: 'M24 64V54M96 64V54', stroke: '#3f4b58', 'stroke-width': 6, 'stroke-linecap': 'round' }),
    );
  }
  parts.push(backHair(s));
  // Neck and shoulders.
  if (s.hair !== 'headscarf') parts.push(el('path', { d: 'M51 68H69V90H51Z', fill: skinShade }));
  parts.push(el('path', { d: 'M16 120V110Q16 88 42 84H78Q104 88 104 110V120Z', fill: s.cloth }));
  if (s.hair === 'headscarf') parts.push(el('path', { d: 'M40 84Q60 98 80 84L74 70H46Z', fill: s.scarf }));
  else parts.push(neckline(s, skinShade));
  if (s.lanyard) {
    parts.push(
      el('path', { d: 'M47 85L57 106M73 85L63 106', stroke: C.teal, 'stroke-width': 2, fill: 'none' }),
      el('rect', { x: 54, y: 104, width: 12, height: 14, rx: 2, fill: C.white, stroke: C.teal, 'stroke-width': 1.5 }),
    );
  }
  // Ears and head.
  if (s.hair !== 'headscarf') parts.push(el('path', { d: 'M40 50Q33 50 35 58T41 64ZM80 50Q87 50 85 58T79 64Z', fill: skinShade }));
  parts.push(el('ellipse', { cx: 60, cy: 52, rx: 21, ry: 24, fill: skin }));
  parts.push(beard(s));
  // Cheeks, eyes, brows, nose, mouth.
  parts.push(
    el('path', { d: 'M46 62a3.5 3 0 0 0 7 0a3.5 3 0 0 0-7 0M67 62a3.5 3 0 0 0 7 0a3.5 3 0 0 0-7 0', fill: '#e58b7b', opacity: 0.3 }),
  );
  parts.push(
    el('path', { d: 'M50 54a2.2 2.2 0 1 0 4.4 0a2.2 2.2 0 1 0-4.4 0M65.6 54a2.2 2.2 0 1 0 4.4 0a2.2 2.2 0 1 0-4.4 0', fill: INK }),
  );
  parts.push(
    el('path', { d: 'M47 47Q51 45 55 47M65 47Q69 45 73 47', fill: 'none', stroke: brow, 'stroke-width': 1.8, 'stroke-linecap': 'round' }),
  );
  const face = ['M60 55Q58 60 60 62']; // nose
  if (s.tired) face.push('M49 58Q52 60 55 58M65 58Q68 60 71 58');
  parts.push(el('path', { d: face.join(''), fill: 'none', stroke: line, 'stroke-width': 1.4, 'stroke-linecap': 'round' }));
  parts.push(ageLines(s, line));
  parts.push(
    el('path', {
      d: s.tired ? 'M55 68Q60 70 65 68' : 'M54 67Q60 71 66 67',
      fill: 'none',
      stroke: LIP,
      'stroke-width': 1.8,
      'stroke-linecap': 'round',
    }),
  );
  parts.push(frontHair(s));
  if (s.glasses) {
    parts.push(
      el('path', {
        d: 'M46 54a6 5.5 0 1 0 12 0a6 5.5 0 1 0-12 0M62 54a6 5.5 0 1 0 12 0a6 5.5 0 1 0-12 0M58 53.5H62M46 53L40 51M74 53L80 51',
        fill: 'none',
        stroke: '#3a3f46',
        'stroke-width': 1.5,
      }),
    );
  }
  return parts.join('');
}

/** A portrait of one person, or of two side by side (e.g. a brother and sister in one casus entry). */
export function portraitSvg(specs: PortraitSpec[]): string {
  const bg = el('rect', { width: 120, height: 120, fill: specs[0].bg });
  if (specs.length === 1) return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120">${bg}${figure(specs[0])}</svg>\n`;
  const [a, b] = specs;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120">${bg}` +
    `<g transform="translate(2 26) scale(.78)">${figure(a)}</g>` +
    `<g transform="translate(38 30) scale(.78)">${figure(b)}</g></svg>\n`
  );
}
