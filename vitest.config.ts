import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

export const unitProject = {
  test: {
    name: 'unit',
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/fast-check-seed.ts'],
    // The quiz path enumeration and the schema tests (which run `astro sync`) take
    // seconds on a busy 2-core machine; a hang still fails, a slow run does not.
    testTimeout: 120_000,
  },
} satisfies TestProjectInlineConfiguration;

export default defineConfig({
  test: {
    projects: [
      unitProject,
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Vitest's default on a 2-core machine is one worker, which leaves a core idle
          // while a test waits on the browser. Each file drives the browser one step at a
          // time, so even two files left a quarter of two cores idle (681 CPU-s in a
          // 499 s run); a third file fills it (429 s).
          maxWorkers: 3,
        },
      },
    ],
  },
});
