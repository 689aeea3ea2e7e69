/**
 * Lighthouse (mobile defaults) on every page kind in every locale, against dist/ served
 * locally: prints the four category scores and LCP, TBT and CLS per page. Performance is
 * a benchmark figure here; `npm test` requires 100 in the other three categories.
 * Usage: npm run build && npm run lighthouse   (PREVIEW_PORT chooses the port, default 4392)
 */
import { preview } from 'astro';
import { launchChrome, runLighthouse } from '../tests/quality/lighthouse-run.ts';
import { builtFile, pageSamples } from '../tests/quality/page-kinds.ts';

const port = Number(process.env['PREVIEW_PORT'] ?? 4392);
const server = await preview({ logLevel: 'error', server: { host: '127.0.0.1', port } });
const chrome = await launchChrome();
const rows: string[][] = [];
let failed = false;
try {
  for (const sample of pageSamples()) {
    if (!builtFile(sample.path)) {
      rows.push([sample.kind, sample.path, `not in dist/`]);
      failed = true;
      continue;
    }
    const result = await runLighthouse(chrome, `http://127.0.0.1:${server.port}${sample.path}`);
    const { performance, accessibility, seo } = result.scores;
    rows.push([
      sample.kind,
      sample.path,
      String(performance),
      String(accessibility),
      String(result.scores['best-practices']),
      String(seo),
      `${Math.round(result.lcpMs ?? 0)} ms`,
      `${Math.round(result.tbtMs ?? 0)} ms`,
      (result.cls ?? 0).toFixed(3),
    ]);
  }
} finally {
  chrome.kill();
  await server.stop();
}

const header = ['page kind', 'path', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'TBT', 'CLS'];
const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => (row[i] ?? '').length)));
console.log([header, ...rows].map((row) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')).join('\n'));
if (failed) process.exitCode = 1;
