/**
 * Serves the built site (dist/) with `astro preview` and starts one Chromium for the
 * whole e2e run; test files connect to it. Run `npm run build` first (`npm test` does).
 */
import { existsSync } from 'node:fs';
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumArgs, chromiumPath } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    wsEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first.');
  const port = Number(process.env['E2E_PORT'] ?? 4399);
  const server = await preview({ logLevel: 'warn', server: { host: '127.0.0.1', port } });
  const browser = await chromium.launchServer({ executablePath: chromiumPath, args: chromiumArgs });
  project.provide('baseURL', `http://127.0.0.1:${server.port}`);
  project.provide('wsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.stop();
  };
}
