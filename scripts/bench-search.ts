/**
 * Search benchmark: per locale, the size of its Pagefind bundle, the bytes a first query
 * fetches (gzip, as a CDN would serve them), and the time from typing the query in the
 * header dialog to the first result on screen, in headless Chromium against dist/.
 * Usage: npm run build && npm run bench:search
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import { locales } from '../src/i18n/locales.ts';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium.ts';

const queries = { en: 'handover plan', zh: '技术债务', vi: 'ban giao' } as const;

function folderBytes(folder: string): number {
  return readdirSync(folder, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(folder, entry.name);
    return sum + (entry.isDirectory() ? folderBytes(path) : statSync(path).size);
  }, 0);
}

const gzipBytes = (sitePath: string) => gzipSync(readFileSync(join('dist', decodeURIComponent(sitePath)))).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const server = await preview({ logLevel: 'error', server: { host: '127.0.0.1', port: 4390 } });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const rows: string[][] = [];
try {
  for (const locale of locales) {
    const page = await browser.newPage({ baseURL: `http://127.0.0.1:${server.port}` });
    await page.goto(`/${locale}/guides/cto-as-a-service/`);
    await page.waitForLoadState('networkidle');
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const started = performance.now();
    await page.keyboard.press('/');
    await page.keyboard.type(queries[locale]);
    await page.locator('.search-results li').first().waitFor();
    const elapsed = performance.now() - started;
    await page.close();
    rows.push([
      locale,
      kb(folderBytes(`dist/pagefind/${locale}`)),
      String(fetched.length),
      kb(fetched.reduce((sum, path) => sum + gzipBytes(path), 0)),
      `${Math.round(elapsed)} ms`,
    ]);
  }
} finally {
  await browser.close();
  await server.stop();
}

const header = ['locale', 'index on disk', 'requests', 'first query (gzip)', 'keypress → first result'];
console.log([header, ...rows].map((row) => row.map((cell) => cell.padEnd(24)).join('')).join('\n'));
