import { defineConfig } from 'vitest/config';

/**
 * Four projects in two groups; vitest runs one group after the other (lowest groupOrder first):
 * - first, two files side by side: pure logic (node), components (happy-dom), and the end-to-end tests
 *   in real Chromium that assert states only (accessibility: axe, reflow, focus, print; play-through,
 *   LMS launch modes, coordinator preview, CSP and XSS, closing page, look);
 * - then, also two side by side, the end-to-end tests that assert how the module behaves in time (LMS
 *   calls per frame, slow and failing LMS, syncs of typed text, timers, crashes, the later script, the
 *   dev loop). Beside the CPU-heavy axe tours under heavy load some of them showed timing races in the
 *   test (three found and fixed so far), so they share the two cores only with each other; they spend
 *   most of their time waiting for the module's own timers (retries, time boxes, sync delays).
 * Every e2e file has its own browser, server and temp folders. `TEST_WORKERS=N npm test` runs N files
 * side by side in both groups.
 */
const workers = Number(process.env.TEST_WORKERS) || 0;
/** Pool settings of a group: two files side by side (or TEST_WORKERS), run in `groupOrder`. */
const group = (groupOrder: number) => ({ maxWorkers: workers || 2, sequence: { groupOrder } });
/** End-to-end files that assert timing-dependent behaviour: their own group, after the others. */
const IN_TIME = ['faults', 'casusbespreking-modes', 'team-session', 'typing-crash', 'later-script', 'dev-loop'].map(
  (name) => `tests/e2e/${name}.test.ts`,
);
const e2e = {
  environment: 'node',
  testTimeout: 120_000,
  hookTimeout: 120_000,
  globalSetup: ['tests/e2e/global-setup.ts'],
} as const;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'e2e-in-time',
          include: IN_TIME,
          ...e2e,
          ...group(1),
        },
      },
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          ...group(0),
        },
      },
      {
        test: {
          name: 'components',
          include: ['src/components/**/*.test.ts'],
          environment: 'happy-dom',
          ...group(0),
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: IN_TIME,
          ...e2e,
          ...group(0),
        },
      },
    ],
  },
});
