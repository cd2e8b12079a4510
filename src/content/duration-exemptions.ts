/**
 * TEMPORARY (issue 11): modules whose content is not yet revised to the duration rule and the quiz
 * checks. The build skips those checks for them and prints a warning. Remove a module from this list
 * as soon as `npx tsx packaging/estimate.ts <module-id>` says it meets the rule; delete the file when
 * the list is empty.
 */
export const DURATION_EXEMPTIONS: readonly string[] = [
  'casusbespreking',
];
