import { defineConfig } from 'vitest/config';
import { unitProject } from './vitest.config';

// The unit project alone, for Stryker (stryker.config.mjs): its Vitest runner cannot pick one
// project out of vitest.config.ts, and the browser tests need a build and a server that a
// mutation sandbox does not have. The unit tests that run Astro or another process (schemas,
// Markdown builds, the bench and CI scripts) exercise no code in src/lib in-process, yet
// Stryker reruns every test for each module-level mutant: left in, they made a full run
// take hours instead of minutes.
export default defineConfig({
  test: {
    ...unitProject.test,
    exclude: ['tests/unit/quiz-schema.test.ts', 'tests/unit/content-schema.test.ts', 'tests/unit/markdown-guides.test.ts', 'tests/unit/bench-tools.test.ts', 'tests/unit/ci-run.test.ts'],
  },
});
