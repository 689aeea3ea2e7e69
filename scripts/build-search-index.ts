/**
 * Builds the Pagefind search index after `astro build`: one bundle per locale at
 * dist/pagefind/{locale}/, each holding only that locale's pages. Separate bundles let a
 * page search its own language by default and merge the others on demand (Pagefind
 * refuses to merge a bundle into itself, so one shared bundle could not do both).
 * What gets indexed, and with which filters and weights, is declared in the HTML
 * (`data-pagefind-body`, `data-pagefind-filter`, `data-pagefind-ignore`); reference pages
 * marked `data-search-entries` are indexed entry by entry (scripts/search-entries.ts).
 */
import { glob, readFile, rm } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { locales, type Locale } from '../src/i18n/locales.ts';
import { entryDocuments } from './search-entries.ts';

const site = process.argv[2] ?? 'dist';
await rm(`${site}/pagefind`, { recursive: true, force: true });

// The three locales index at once: the indexing binary works on one request at a time per
// index, so this keeps both cores busy.
async function indexLocale(locale: Locale): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site, glob: `${locale}/**/*.html` });
  if (added.errors.length > 0) throw new Error(added.errors.join('; '));
  let entries = 0;
  for await (const file of glob(`${locale}/**/index.html`, { cwd: site })) {
    const url = `/${file.slice(0, -'index.html'.length)}`;
    for (const document of entryDocuments(await readFile(`${site}/${file}`, 'utf8'), url)) {
      const indexed = await index.addHTMLFile(document);
      if (indexed.errors.length > 0) throw new Error(`${document.url}: ${indexed.errors.join('; ')}`);
      entries += 1;
    }
  }
  const written = await index.writeFiles({ outputPath: `${site}/pagefind/${locale}` });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  console.log(
    `pagefind: ${locale}: ${added.page_count} pages and ${entries} reference entries indexed into ${site}/pagefind/${locale}/`,
  );
}

await Promise.all(locales.map(indexLocale));
await pagefind.close();
