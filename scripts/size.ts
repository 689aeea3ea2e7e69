/**
 * Size report: serves dist/ and measures each page kind in each locale at first load in
 * headless Chromium (HTML, CSS, JavaScript and other bytes, gzip, and the request count),
 * prints a table and exits non-zero when a budget (tests/quality/budgets.ts) is exceeded
 * or a page kind is missing. Builds nothing: run `npm run build` first.
 * Usage: npm run size   (PREVIEW_PORT chooses the port, default 4391)
 */
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium.ts';
import { overBudget } from '../tests/quality/budget-check.ts';
import { budgets } from '../tests/quality/budgets.ts';
import { measureFirstLoad } from '../tests/quality/first-load.ts';
import { assertBuilt, pageSamples } from '../tests/quality/page-kinds.ts';
import { sizeTable, type SizeRow } from '../tests/quality/size-table.ts';

const port = Number(process.env['PREVIEW_PORT'] ?? 4391);
const server = await preview({ logLevel: 'error', server: { host: '127.0.0.1', port } });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const rows: SizeRow[] = [];
try {
  for (const sample of pageSamples()) {
    try {
      assertBuilt(sample);
      const load = await measureFirstLoad(browser, `http://127.0.0.1:${server.port}`, sample.path);
      rows.push({ sample, load, problems: overBudget(load, budgets[sample.kind]) });
    } catch (error) {
      rows.push({ sample, problems: [error instanceof Error ? error.message : String(error)] });
    }
  }
} finally {
  await browser.close();
  await server.stop();
}

console.log(sizeTable(rows));
if (rows.some((row) => row.problems.length > 0)) process.exitCode = 1;
