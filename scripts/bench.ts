/**
 * Scale benchmark: for each N, writes N synthetic guides per locale (tests/quality/
 * synthetic-guides.ts, each mirroring a real guide: file kind, components, callouts,
 * diagrams) plus the real guides, reference pages, quizzes and sources into a temporary
 * content directory, builds the site against it (CONTENT_DIR) into a temporary dist/,
 * builds the search index, and prints per N: wall and CPU seconds of each step, counted
 * over every process the step starts (tests/quality/process-tree.ts), milliseconds per
 * page, peak memory, dist/ and index size, and a guide page's first-load bytes (HTML, CSS
 * and JavaScript, gzip). Fails if the build prints a per-file MODULE_LEVEL_DIRECTIVE
 * warning. The real content and dist/ are never touched.
 * Social cards are reported apart (from the build's own log line, src/build/social-cards.ts):
 * how many the pages name, how many were drawn and the time they took inside the Astro
 * step. The synthetic guides share their locale's site card (`card: false`), so the cards
 * are the real pages'; they come from the card cache the real build fills, as on a warm
 * rebuild, unless COLD_CARDS=1 gives the build an empty cache.
 * Usage: npm run bench [-- 10 100 1000]
 *   (default 10 100; KEEP_BENCH=1 keeps the output; COLD_CARDS=1 draws every card)
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { locales } from '../src/i18n/locales.ts';
import { parseCardRun } from '../src/lib/social-card/run.ts';
import { measureTree, type TreeUsage } from '../tests/quality/process-tree.ts';
import { guideProfile, syntheticGuides } from '../tests/quality/synthetic-guides.ts';

const sizes = process.argv.slice(2).map(Number);
const perLocaleCounts = sizes.length > 0 ? sizes : [10, 100];
if (perLocaleCounts.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('Give page counts per locale as positive integers.');

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

async function step(args: string[], env: NodeJS.ProcessEnv, log: string): Promise<TreeUsage> {
  const usage = await measureTree(process.execPath, args, env, log);
  if (usage.exitCode !== 0) throw new Error(`${args.join(' ')} failed (exit ${usage.exitCode}); see ${log}`);
  return usage;
}

const realGuides = 'content/guides';
const profiles = Object.fromEntries(
  locales.map((locale) => {
    const files = readdirSync(join(realGuides, locale)).filter((f) => /\.mdx?$/.test(f)).sort();
    return [locale, files.map((file) => guideProfile(file, readFileSync(join(realGuides, locale, file), 'utf8')))];
  }),
) as Record<(typeof locales)[number], ReturnType<typeof guideProfile>[]>;
const sourceIds = [...readFileSync('content/sources.yaml', 'utf8').matchAll(/^- id: (\S+)$/gm)].map(([, id]) => id ?? '');
const rows: string[][] = [];
for (const perLocale of perLocaleCounts) {
  const root = mkdtempSync(join(tmpdir(), 'cto-bench-'));
  const content = join(root, 'content');
  const dist = join(root, 'dist');
  const log = join(root, 'build.log');
  try {
    for (const part of ['sources.yaml', 'pages', 'guides', 'quizzes']) cpSync(join('content', part), join(content, part), { recursive: true });
    // Guides import components as ../../../src/…, which from the temporary content resolves here.
    symlinkSync(resolve('src'), join(root, 'src'));
    const synthetic = syntheticGuides(perLocale, 'cto-as-a-service', sourceIds[0] ?? '', profiles);
    for (const guide of synthetic) {
      mkdirSync(dirname(join(content, guide.path)), { recursive: true });
      writeFileSync(join(content, guide.path), guide.text);
    }
    const env = { ...process.env, CONTENT_DIR: content, ...(process.env['COLD_CARDS'] ? { SOCIAL_CARD_CACHE: join(root, 'card-cache') } : {}) };
    const load = loadavg()[0] ?? 0;
    const astro = await step(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], env, log);
    const headInject = readFileSync(log, 'utf8').split('\n').filter((line) => line.includes('MODULE_LEVEL_DIRECTIVE')).length;
    if (headInject > 0) throw new Error(`The build printed ${headInject} MODULE_LEVEL_DIRECTIVE warnings; see ${log}`);
    const cards = parseCardRun(readFileSync(log, 'utf8'));
    if (!cards) throw new Error(`The build printed no "social cards:" line; see ${log}`);
    const pagefind = await step(['scripts/build-search-index.ts', dist], env, log);
    const pages = readdirSync(dist, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
    const total = astro.seconds + pagefind.seconds;
    const cpu = astro.cpuSeconds + pagefind.cpuSeconds;
    const mdx = synthetic.filter((g) => g.path.endsWith('.mdx')).length;
    rows.push([
      String(perLocale * 3),
      `${mdx}/${synthetic.length - mdx}`,
      String(pages),
      `${astro.seconds.toFixed(1)} / ${astro.cpuSeconds.toFixed(1)}`,
      `${pagefind.seconds.toFixed(1)} / ${pagefind.cpuSeconds.toFixed(1)}`,
      `${total.toFixed(1)} / ${cpu.toFixed(1)}`,
      `${((total * 1000) / pages).toFixed(1)} / ${((cpu * 1000) / pages).toFixed(1)}`,
      Math.round(Math.max(astro.peakMb, pagefind.peakMb)).toString(),
      (folderBytes(dist) / 1024 / 1024).toFixed(1),
      (folderBytes(join(dist, 'pagefind')) / 1024 / 1024).toFixed(1),
      (firstLoadBytes(dist, 'zh/guides/bench-0001') / 1024).toFixed(1),
      `${cards.cards} / ${cards.drawn} / ${(cards.milliseconds / 1000).toFixed(1)} / ${(cards.cpuMilliseconds / 1000).toFixed(1)}`,
      load.toFixed(1),
    ]);
    console.log(`bench: ${perLocale} guides per locale done in ${total.toFixed(1)} s, ${cpu.toFixed(1)} CPU s`);
  } finally {
    if (process.env['KEEP_BENCH']) console.log(`bench: output kept in ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

const header = ['guides', 'mdx/md', 'pages', 'Astro s wall / CPU', 'Pagefind s wall / CPU', 'total s wall / CPU', 'ms/page wall / CPU', 'peak MB', 'dist MB', 'index MB', 'zh guide first load KB', 'cards / drawn / s wall / CPU', 'load avg'];
const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => (row[i] ?? '').length)));
console.log(`${cpus().length} CPU cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 1024 ** 3).toFixed(0)} GB memory, Node ${process.version}`);
console.log([header, ...rows].map((row) => row.map((cell, i) => cell.padStart(widths[i] ?? 0)).join('  ')).join('\n'));
