/**
 * Colour arithmetic for theming (pure, no DOM): WCAG contrast ratios and the derived shades of an
 * organisation's brand colour. Used by the build (contrast check) and by the player (tokens).
 */

/** `#rrggbb` → [r, g, b] (0–255). */
function parseHex(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b]
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** WCAG 2.1 relative luminance. */
function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1 contrast ratio (1–21) between two colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** `weight` (0–1) of `a` mixed with `b`, in sRGB. */
export function mix(a: string, b: string, weight: number): string {
  const ca = parseHex(a);
  const cb = parseHex(b);
  return toHex([0, 1, 2].map((i) => ca[i] * weight + cb[i] * (1 - weight)) as [number, number, number]);
}

/** Minimum contrast of the brand colour with white text (WCAG 1.4.3, normal text). */
export const MIN_BRAND_CONTRAST = 4.5;

/** The design tokens derived from a brand colour: a darker shade for text and a soft tint for backgrounds. */
export function brandShades(brand: string): { brand: string; strong: string; soft: string } {
  return { brand, strong: mix(brand, '#000000', 0.78), soft: mix(brand, '#ffffff', 0.1) };
}
