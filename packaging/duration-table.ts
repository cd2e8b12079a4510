/**
 * Text tables for the duration estimate: shared by the build (one row per module) and the
 * estimate CLI (packaging/estimate.ts).
 */
import { estimateModule, quizPatterns } from '../src/content/duration.js';
import type { Course } from '../src/content/types.js';

/** Formats rows as aligned columns (first row = header); `rightAligned` lists column indexes. */
export function table(rows: string[][], rightAligned: number[] = []): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (rightAligned.includes(i) ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

export const fmtMinutes = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));
export const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** Graded questions where the correct option is the longest, over all graded sets: "3/6 (50%)". */
export function longestCorrectFigure(course: Course): string {
  const graded = quizPatterns(course).filter((q) => q.graded);
  const questions = graded.reduce((n, q) => n + q.questions.length, 0);
  const longest = graded.reduce((n, q) => n + q.longestCorrect, 0);
  return questions ? `${longest}/${questions} (${pct(longest / questions)})` : '';
}

/** One row per module: stated and estimated minutes of the individual path, team meeting, longest-correct share. */
export function durationTable(courses: Course[]): string {
  const rows = [['module', 'stated min', 'estimated min', 'team meeting min', 'longest correct']];
  for (const course of courses) {
    const e = estimateModule(course);
    rows.push([
      course.id,
      fmtMinutes(e.statedIndividual),
      fmtMinutes(e.estimatedIndividual),
      course.teamMode ? fmtMinutes(e.teamMeeting) : '',
      longestCorrectFigure(course),
    ]);
  }
  return table(rows, [1, 2, 3]);
}
