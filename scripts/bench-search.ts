/**
 * Search benchmark: per locale, the size of its Pagefind bundle, the bytes a first query
 * fetches (gzip, as a CDN would serve them), and the time from typing the query in the
 * header dialog to the first result on screen, in headless Chromium against dist/; then
 * the relevance set (tests/quality/search-relevance.ts) on each locale's search page:
 * hit@1, hit@3 and MRR, and the first and warm query times (p50, p95).
 * Usage: npm run build && npm run bench:search
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import { locales } from '../src/i18n/locales.ts';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium.ts';
import { percentile, rankOf, relevanceFigures } from '../tests/quality/relevance-metrics.ts';
import { runRelevanceSet, type RankedQuery } from '../tests/quality/search-relevance-run.ts';
import { relevanceSet } from '../tests/quality/search-relevance.ts';

const queries = { en: 'handover plan', zh: '技术债务', vi: 'ban giao' } as const;

function folderBytes(folder: string): number {
  return readdirSync(folder, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(folder, entry.name);
    return sum + (entry.isDirectory() ? folderBytes(path) : statSync(path).size);
  }, 0);
}

const gzipBytes = (sitePath: string) => gzipSync(readFileSync(join('dist', decodeURIComponent(sitePath)))).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const server = await preview({ logLevel: 'error', server: { host: '127.0.0.1', port: Number(process.env['E2E_PORT'] ?? 4390) } });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const rows: string[][] = [];
const relevanceRows: string[][] = [];
const misses: string[] = [];
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
  for (const locale of locales) {
    const page = await browser.newPage({ baseURL: `http://127.0.0.1:${server.port}` });
    const ranked: RankedQuery[] = await runRelevanceSet(page, locale, relevanceSet[locale]);
    await page.close();
    const figures = relevanceFigures(ranked);
    const [first, ...warm] = ranked.map((query) => query.ms);
    const ms = (value: number | undefined) => `${Math.round(value ?? Number.NaN)} ms`;
    relevanceRows.push([
      locale,
      String(figures.queries),
      figures.hitAt1.toFixed(2),
      figures.hitAt3.toFixed(2),
      figures.mrr.toFixed(2),
      ms(first),
      `${ms(percentile(warm, 50))} / ${ms(percentile(warm, 95))}`,
    ]);
    for (const query of ranked) {
      const rank = rankOf(query);
      if (rank !== 1) misses.push(`${locale} “${query.query}”: ${query.expected} ${rank ? `at ${rank}` : 'not shown'}; first: ${query.links.slice(0, 3).join(' ') || 'nothing'}`);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}

const header = ['locale', 'index on disk', 'requests', 'first query (gzip)', 'keypress → first result'];
const table = (head: string[], body: string[][]) => [head, ...body].map((row) => row.map((cell) => cell.padEnd(22)).join('')).join('\n');
console.log(table(header, rows));
console.log();
console.log(table(['locale', 'queries', 'hit@1', 'hit@3', 'MRR', 'first query', 'warm p50 / p95'], relevanceRows));
console.log();
console.log(`Not first (expected page, its rank, the first three shown):\n${misses.join('\n')}`);
