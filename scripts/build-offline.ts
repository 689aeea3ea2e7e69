/**
 * Builds the offline mode after the search index (scripts/build-search-index.ts), when
 * every file of dist/ is known, Pagefind's included:
 * 1. /offline/<locale>.json per locale: the site paths of its pages and its Pagefind
 *    bundle, their digest, and what downloading them costs (gzip bytes, as a CDN sends
 *    them, plus the shared shell), which the home page's control shows before it
 *    downloads anything (src/lib/offline.ts decides what belongs to a locale);
 * 2. the worker (src/offline/sw.ts → /sw.js) and the two modules pages load on demand
 *    (the update notice → /sw-update.js, the home page's control → /offline/keep-offline.js),
 *    bundled by esbuild, since they are not part of any page Astro builds;
 * 3. workbox-build's injectManifest writes the shell's precache list, with a revision per
 *    file, into the worker. injectManifest rather than generateSW: the worker's versioned
 *    caches, page check and language downloads are code, not routing configuration.
 */
import { createHash } from 'node:crypto';
import { glob, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { locales } from '../src/i18n/locales.ts';
import { offlinePaths, shellGlobs, type OfflineSet } from '../src/lib/offline.ts';

const site = process.argv[2] ?? 'dist';

const files: string[] = [];
for await (const entry of glob('**/*', { cwd: site, withFileTypes: true })) {
  if (entry.isFile()) files.push(relative(site, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

const gzipSize = async (sitePath: string) => gzipSync(await readFile(`${site}${sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath}`), { level: 9 }).length;
const sum = async (paths: readonly string[]) => (await Promise.all(paths.map(gzipSize))).reduce((total, bytes) => total + bytes, 0);

await build({
  entryPoints: {
    sw: 'src/offline/sw.ts',
    'sw-update': 'src/offline/update-notice.ts',
    'offline/keep-offline': 'src/offline/keep-offline.ts',
  },
  outdir: site,
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  logLevel: 'warning',
});

// The shell as the worker will store it, measured once the modules above exist.
const shellFiles: string[] = [];
for (const pattern of shellGlobs) for await (const file of glob(pattern, { cwd: site })) shellFiles.push(`/${file.split(sep).join('/')}`);
const shellBytes = await sum(shellFiles);

await mkdir(`${site}/offline`, { recursive: true });
for (const locale of locales) {
  const { pages, search } = offlinePaths(locale, files);
  const digest = createHash('sha256');
  for (const path of [...pages, ...search]) digest.update(path).update(await readFile(`${site}${path.endsWith('/') ? `${path}index.html` : path}`));
  const set: OfflineSet = { locale, pages, search, bytes: (await sum(pages)) + (await sum(search)) + shellBytes, revision: digest.digest('hex').slice(0, 16) };
  await writeFile(`${site}/offline/${locale}.json`, JSON.stringify(set));
  console.log(`offline: ${locale}: ${pages.length} pages and ${search.length} search files, ${Math.round(set.bytes / 1024)} KB gzip with the shell`);
}

const { count, size, warnings } = await injectManifest({
  swSrc: `${site}/sw.js`,
  swDest: `${site}/sw.js`,
  globDirectory: site,
  globPatterns: shellGlobs,
  modifyURLPrefix: { '': '/' },
});
if (warnings.length > 0) throw new Error(warnings.join('; '));
console.log(`offline: the worker precaches ${count} shell files, ${Math.round(size / 1024)} KB before compression`);
