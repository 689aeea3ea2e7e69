/**
 * Scale benchmark: for each N, writes N synthetic guides per locale (tests/quality/
 * synthetic-guides.ts) plus the real reference pages and sources into a temporary
 * content directory, builds the site against it (CONTENT_DIR) into a temporary dist/,
 * builds the search index, and prints per N: Astro and Pagefind seconds, milliseconds
 * per page, peak memory, dist/ and index size, and a guide page's first-load bytes
 * (HTML, CSS and JavaScript, gzip). The real content and dist/ are never touched.
 * Usage: npm run bench [-- 10 100 1000]   (default 10 100; KEEP_BENCH=1 keeps the output)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { syntheticGuides } from '../tests/quality/synthetic-guides.ts';

const sizes = process.argv.slice(2).map(Number);
const perLocaleCounts = sizes.length > 0 ? sizes : [10, 100];
if (perLocaleCounts.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('Give page counts per locale as positive integers.');

interface Timed {
  seconds: number;
  /** User plus system CPU seconds: the figure that other load on the machine inflates least. */
  cpuSeconds: number;
  peakMb: number;
}

/** Runs a Node script under GNU time, for its wall and CPU time and peak resident memory. */
function timed(args: string[], env: NodeJS.ProcessEnv): Timed {
  const report = join(tmpdir(), `bench-time-${process.pid}`);
  const run = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', report, process.execPath, ...args], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed (exit ${run.status})`);
  const [seconds = NaN, user = NaN, system = NaN, kilobytes = NaN] = readFileSync(report, 'utf8').trim().split(/\s+/).slice(-4).map(Number);
  rmSync(report);
  return { seconds, cpuSeconds: user + system, peakMb: kilobytes / 1024 };
}

function folderBytes(folder: string): number {
  return readdirSync(folder, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(folder, entry.name);
    return sum + (entry.isDirectory() ? folderBytes(path) : statSync(path).size);
  }, 0);
}

/** HTML plus the stylesheets and scripts it references, gzip, as on a first load. */
function firstLoadBytes(dist: string, page: string): number {
  const html = readFileSync(join(dist, page, 'index.html'));
  const assets = [...html.toString().matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map(([, path]) => path ?? '');
  return [html, ...new Set(assets).values().map((path) => readFileSync(join(dist, path)))].reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0);
}

const sourceIds = [...readFileSync('content/sources.yaml', 'utf8').matchAll(/^- id: (\S+)$/gm)].map(([, id]) => id ?? '');
const rows: string[][] = [];
for (const perLocale of perLocaleCounts) {
  const root = mkdtempSync(join(tmpdir(), 'cto-bench-'));
  const content = join(root, 'content');
  const dist = join(root, 'dist');
  try {
    cpSync('content/sources.yaml', join(content, 'sources.yaml'));
    cpSync('content/pages', join(content, 'pages'), { recursive: true });
    for (const guide of syntheticGuides(perLocale, 'cto-as-a-service', sourceIds[0] ?? '')) {
      mkdirSync(dirname(join(content, guide.path)), { recursive: true });
      writeFileSync(join(content, guide.path), guide.text);
    }
    const env = { ...process.env, CONTENT_DIR: content };
    const astro = timed(['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', dist], env);
    const pagefind = timed(['scripts/build-search-index.ts', dist], env);
    const pages = readdirSync(dist, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
    const total = astro.seconds + pagefind.seconds;
    rows.push([
      String(perLocale * 3),
      String(pages),
      astro.seconds.toFixed(1),
      pagefind.seconds.toFixed(1),
      total.toFixed(1),
      (astro.cpuSeconds + pagefind.cpuSeconds).toFixed(1),
      ((total * 1000) / pages).toFixed(1),
      Math.round(Math.max(astro.peakMb, pagefind.peakMb)).toString(),
      (folderBytes(dist) / 1024 / 1024).toFixed(1),
      (folderBytes(join(dist, 'pagefind')) / 1024 / 1024).toFixed(1),
      (firstLoadBytes(dist, 'zh/guides/bench-0001') / 1024).toFixed(1),
    ]);
    console.log(`bench: ${perLocale} guides per locale done in ${total.toFixed(1)} s`);
  } finally {
    if (process.env['KEEP_BENCH']) console.log(`bench: output kept in ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

const header = ['guides', 'pages', 'Astro s', 'Pagefind s', 'total s', 'CPU s', 'ms/page', 'peak MB', 'dist MB', 'index MB', 'zh guide first load KB'];
const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => (row[i] ?? '').length)));
console.log(`${cpus().length} CPU cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 1024 ** 3).toFixed(0)} GB memory, Node ${process.version}`);
console.log([header, ...rows].map((row) => row.map((cell, i) => cell.padStart(widths[i] ?? 0)).join('  ')).join('\n'));
