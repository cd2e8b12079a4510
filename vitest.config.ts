import { defineConfig } from 'vitest/config';

/**
 * Three projects: pure logic (node), components (happy-dom), and end-to-end
 * tests that drive the built packages in real Chromium (longer timeouts). Test files run side by
 * side, one worker per CPU (vitest's default leaves one CPU idle: on 2 cores that is one file at a
 * time); every e2e file has its own browser, server and temp folders.
 */
export default defineConfig({
  test: {
    maxWorkers: '100%',
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'components',
          include: ['src/components/**/*.test.ts'],
          environment: 'happy-dom',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          globalSetup: ['tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
