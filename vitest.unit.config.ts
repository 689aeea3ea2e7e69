import { defineConfig } from 'vitest/config';
import { unitProject } from './vitest.config';

// The unit project alone, for Stryker (stryker.config.mjs): its Vitest runner cannot pick one
// project out of vitest.config.ts, and the browser tests need a build and a server that a
// mutation sandbox does not have.
export default defineConfig(unitProject);
