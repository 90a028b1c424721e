import { defineConfig } from 'vitest/config';

// The time limits only end a test that is stuck: they are far above what any test takes, so a
// busy machine (CI beside other work, two cores) makes the suite slower, never red.
export default defineConfig({
  test: {
    // Most of a test's time is spent waiting (on the database, a job, the browser), so three files
    // at a time keep two cores busy; Vitest's default is one fewer worker than cores.
    maxWorkers: 3,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'web/src/**/*.test.ts', 'respondent/src/**/*.test.ts', 'test/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 600_000,
          expect: { poll: { timeout: 60_000, interval: 50 } },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['e2e/support/global-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
          expect: { poll: { timeout: 60_000, interval: 100 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
