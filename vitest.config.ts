import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/reporters/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/reporters/**/*.test.ts'],
          environment: 'node',
          // Not 0: Vitest sends single-worker projects with groupOrder 0 to the end of the run.
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./tests/setup/e2e-global-setup.ts'],
          setupFiles: ['./tests/setup/e2e-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser-driving file at a time against the one preview server.
          fileParallelism: false,
          maxWorkers: 1,
          // After the unit project.
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
