/**
 * Duration estimate and quiz pattern figures per module (see docs/module-format.md, "Duration estimate").
 *
 *   npx tsx packaging/estimate.ts [<module-id>|<folder> ...]     (no id: every module in modules/)
 *
 * Prints per page the stated and estimated minutes, the module's individual total, the team
 * meeting time, and per question set the share of questions where the correct option is the
 * longest, the distribution of correct positions and whether option a is always correct in
 * multiple choice. Exit code 1 when a module does not meet the rule (the same checks as the build).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkDuration } from '../src/content/duration-checks.js';
import { t } from '../src/i18n/nl.js';
import { askedCount, requiredCorrect } from '../src/machines/quiz-order.js';
import { ContentError, loadModule, namePages } from '../src/content/load-module.js';
import {
  MAX_INDIVIDUAL_MINUTES,
  MAX_LONGEST_CORRECT_SHARE,
  estimateModule,
  marginFor,
  positionLetter,
  quizPatterns,
  richTextString,
} from '../src/content/duration.js';
import type { Course } from '../src/content/types.js';
import { fmtMinutes as fmt, longestCorrectFigure, pct, table } from './duration-table.js';

const MODULES = 'modules';

/** The report for one module, and whether it meets the rule. */
export function moduleReport(course: Course): { text: string; ok: boolean } {
  const e = estimateModule(course);
  const rows = [['page', 'type', 'stated', 'estimate', 'margin', 'words', 'q', 'fields', 'fig', 'timebox', '']];
  for (const p of e.pages) {
    const flag = !p.alone ? 'team path only' : p.withinMargin ? '' : 'OUT OF MARGIN';
    rows.push([
      p.id,
      p.type,
      fmt(p.stated),
      fmt(p.estimated),
      `±${fmt(Math.round(marginFor(p.estimated) * 10) / 10)}`,
      String(p.words),
      String(p.questions),
      String(p.fields),
      String(p.figures),
      p.timebox === undefined ? '' : String(p.timebox),
      flag,
    ]);
  }
  const over = e.estimatedIndividual > MAX_INDIVIDUAL_MINUTES;
  const lines = [
    `${course.id} — ${course.title}`,
    table(rows, [2, 3, 5, 6, 7, 8, 9]),
    `individual path: stated ${fmt(e.statedIndividual)} min, estimated ${fmt(e.estimatedIndividual)} min` +
      ` (max ${MAX_INDIVIDUAL_MINUTES})${over ? '  OVER THE LIMIT' : ''}`,
  ];
  if (course.teamMode) lines.push(`team meeting: ${fmt(e.teamMeeting)} min (sum of the time boxes, stated separately)`);
  const patterns = quizPatterns(course);
  const issues = checkDuration(course);
  // The verdict is the build's own duration rules (they include the margin and the individual maximum shown above).
  const ok = issues.length === 0;
  if (patterns.length) {
    const qrows = [['set', 'graded', 'questions', 'longest correct', 'correct positions', 'MC', 'MC a always correct', 'issues']];
    for (const q of patterns) {
      const notes: string[] = [];
      if (q.graded && q.longestCorrectShare > MAX_LONGEST_CORRECT_SHARE + 1e-9) notes.push('longest > 1/3');
      const praised = q.questions.filter((x) => x.praisedWrong.length).map((x) => `${x.id}:${x.praisedWrong.join('')}`);
      if (praised.length) notes.push(`praise in wrong feedback (${praised.join(', ')})`);
      const noWrong = q.questions.filter((x) => x.noWrongOption).map((x) => x.id);
      if (noWrong.length) notes.push(`MC without wrong option (${noWrong.join(', ')})`);
      qrows.push([
        `${q.setId} (page ${q.pageIndex + 1})`,
        q.graded ? 'yes' : 'practice',
        String(q.questions.length),
        `${q.longestCorrect}/${q.questions.length} (${pct(q.longestCorrectShare)})`,
        q.positionCounts.map((n, i) => `${positionLetter(i)}:${n}`).join(' '),
        String(q.multiple),
        q.multiple ? (q.multipleAlwaysFirst ? 'YES' : 'no') : '',
        notes.join('; '),
      ]);
    }
    lines.push('', table(qrows, [2]));
  }
  const hints = contentHints(course);
  if (hints.length) lines.push('', 'content hints (not build checks):', ...hints.map((h) => `  ${h}`));
  if (issues.length) lines.push('', 'build checks:', ...issues.map((i) => `  ${namePages(i.path, course)}: ${i.message}`));
  else lines.push('', 'build checks: pass');
  return { text: lines.join('\n'), ok };
}

/** Things the engine now does differently from what a quiz body may still say. */
function contentHints(course: Course): string[] {
  const hints: string[] = [];
  course.pages.forEach((p, i) => {
    if (p.type !== 'quiz' || !p.body) return;
    const body = richTextString(p.body);
    const tally = requiredCorrect(askedCount(p.quiz), course.masteryScore);
    if (/procent|%/i.test(body)) {
      hints.push(
        `pages[${i}].body states the pass rule as a percentage; the quiz says "${t.passRule(tally, askedCount(p.quiz))}" — say it that way (or leave it out)`,
      );
    }
    if (/bij elk antwoord/i.test(body)) {
      hints.push(
        `pages[${i}].body promises an explanation of every answer; during the quiz the learner sees the own choice and the right answer, every option after the quiz`,
      );
    }
  });
  return hints;
}

function moduleIds(): string[] {
  return readdirSync(MODULES)
    .filter((name) => statSync(join(MODULES, name)).isDirectory() && existsSync(join(MODULES, name, 'module.yaml')))
    .sort();
}

function main(): void {
  const ids = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  let allOk = true;
  const summary = [['module', 'stated', 'estimated', 'team meeting', 'graded longest correct', 'meets rule']];
  for (const id of ids.length ? ids : moduleIds()) {
    let course: Course;
    try {
      // An argument with a slash is a module folder (e.g. tests/fixtures/modules/mini).
      course = loadModule(id.includes('/') ? id : join(MODULES, id), { durationChecks: false });
    } catch (error) {
      allOk = false;
      console.error(error instanceof ContentError ? error.message : String(error));
      continue;
    }
    const { text, ok } = moduleReport(course);
    allOk &&= ok;
    console.log(`${text}\n`);
    const e = estimateModule(course);
    summary.push([
      id,
      fmt(e.statedIndividual),
      fmt(e.estimatedIndividual),
      course.teamMode ? fmt(e.teamMeeting) : '',
      longestCorrectFigure(course),
      ok ? 'yes' : 'NO',
    ]);
  }
  if (summary.length > 2) console.log(table(summary, [1, 2, 3]));
  process.exit(allOk ? 0 : 1);
}

if (process.argv[1] && /estimate\.ts$/.test(process.argv[1])) main();
