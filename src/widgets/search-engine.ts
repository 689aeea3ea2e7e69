/**
 * Loads the Pagefind bundles (one per locale, see scripts/build-search-index.ts) on
 * first use and runs a query against the chosen locales. Each bundle is its own module
 * URL, so each gets its own Pagefind instance.
 */
import type { Locale } from '../i18n/locales';
import { queryVariants } from '../lib/search/query';
import { rankHits, type PagefindResultData, type RawHit, type SearchHit } from '../lib/search/results';

interface PagefindModule {
  options(options: { basePath: string; baseUrl: string; excerptLength: number }): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { score: number; data(): Promise<PagefindResultData> }[] } | null>;
}

/** How many results per language and query variant have their details loaded. */
const detailsPerSearch = 8;

const bundles = new Map<Locale, Promise<PagefindModule>>();

function bundle(locale: Locale): Promise<PagefindModule> {
  let loading = bundles.get(locale);
  if (!loading) {
    const basePath = `/pagefind/${locale}/`;
    loading = (import(/* @vite-ignore */ `${basePath}pagefind.js`) as Promise<PagefindModule>).then(async (pagefind) => {
      await pagefind.options({ basePath, baseUrl: '/', excerptLength: 24 });
      await pagefind.init();
      return pagefind;
    });
    loading.catch(() => bundles.delete(locale));
    bundles.set(locale, loading);
  }
  return loading;
}

/** Starts fetching a locale's search engine before the reader types. */
export function preloadSearch(locale: Locale): void {
  void bundle(locale).catch(() => undefined);
}

export async function searchSite(query: string, searchLocales: readonly Locale[]): Promise<SearchHit[]> {
  const raw: RawHit[] = [];
  await Promise.all(
    searchLocales.flatMap((locale) =>
      queryVariants(query, locale).map(async (variant) => {
        const found = await (await bundle(locale)).search(variant);
        const top = found?.results.slice(0, detailsPerSearch) ?? [];
        const details = await Promise.all(top.map((result) => result.data()));
        details.forEach((data, i) => raw.push({ score: top[i]?.score ?? 0, locale, data }));
      }),
    ),
  );
  return rankHits(raw);
}
