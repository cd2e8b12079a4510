/**
 * Build checks of the duration rule and the quiz patterns (docs/module-format.md, "Duration estimate"
 * and "Quiz checks"). Pure: takes the compiled course, returns issues with module-file paths.
 */
import type { ContentIssue } from './compile.js';
import {
  MAX_INDIVIDUAL_MINUTES,
  MAX_LONGEST_CORRECT_SHARE,
  estimateModule,
  marginFor,
  praiseOpening,
  questionPattern,
} from './duration.js';
import type { Course } from './types.js';

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\.0$/, ''));
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Every duration and quiz pattern issue of a course (empty = it meets the rule). */
export function checkDuration(course: Course): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const estimate = estimateModule(course);
  for (const p of estimate.pages) {
    if (!p.alone || p.withinMargin) continue;
    const margin = Math.round(marginFor(p.estimated) * 10) / 10;
    issues.push({
      path: `pages[${p.index}].minutes`,
      message:
        `states ${fmt(p.stated)} min but the estimate is ${fmt(p.estimated)} min ` +
        `(${plural(p.words, 'word', 'words')}, ${plural(p.questions, 'question', 'questions')}, ` +
        `${plural(p.fields, 'field', 'fields')} to write, ${plural(p.figures, 'figure', 'figures')}); ` +
        `the stated minutes must lie within ±${fmt(margin)} min of the estimate`,
    });
  }
  if (estimate.estimatedIndividual > MAX_INDIVIDUAL_MINUTES) {
    issues.push({
      path: 'pages',
      message:
        `the individual path takes ${fmt(estimate.estimatedIndividual)} min by the estimate ` +
        `(stated ${fmt(estimate.statedIndividual)} min); at most ${MAX_INDIVIDUAL_MINUTES} min is allowed`,
    });
  }
  course.pages.forEach((page, i) => {
    if (page.type !== 'quiz') return;
    const set = page.quiz;
    const patterns = set.questions.map(questionPattern);
    const longest = patterns.filter((q) => q.longestCorrect);
    const allowed = Math.floor(set.questions.length * MAX_LONGEST_CORRECT_SHARE + 1e-9);
    if (longest.length > allowed) {
      issues.push({
        path: `pages[${i}].questions`,
        message:
          `the correct option is the longest in ${longest.length} of ${set.questions.length} graded questions ` +
          `(${longest.map((q) => q.id).join(', ')}); at most ${allowed} (one third) is allowed`,
      });
    }
    set.questions.forEach((q, qi) => {
      q.options.forEach((o, oi) => {
        const word = o.correct ? null : praiseOpening(o.feedback);
        if (word) {
          issues.push({
            path: `pages[${i}].questions[${qi}].options[${oi}].feedback`,
            message: `feedback of wrong option "${o.id}" in question "${q.id}" starts with "${o.feedback.trim().slice(0, word.length)}", a word of praise`,
          });
        }
      });
      if (q.type === 'multiple' && q.options.every((o) => o.correct)) {
        issues.push({
          path: `pages[${i}].questions[${qi}].options`,
          message: `multiple-choice question "${q.id}" has no wrong option; it needs at least one`,
        });
      }
    });
  });
  return issues;
}
