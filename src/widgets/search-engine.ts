/**
 * Loads the Pagefind bundles (one per locale, see scripts/build-search-index.ts) on
 * first use and runs a query against the chosen locales. Each bundle is its own module
 * URL, so each gets its own Pagefind instance.
 *
 * Only words the index holds are searched (src/lib/search/query.ts): a word found nowhere
 * is left out, and a query with no word left finds nothing, instead of Pagefind's
 * fallback to a short word that begins it. The count is the number of results; their
 * details (title, excerpt) load a page at a time.
 */
import type { Locale } from '../i18n/locales';
import { beginsAWord, queryWords, spellingCombinations, termKey } from '../lib/search/query';
import {
  interleave,
  matchedWords,
  rankCandidates,
  toSearchHit,
  type Candidate,
  type PagefindResultData,
  type SearchHit,
} from '../lib/search/results';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

interface PagefindModule {
  options(options: {
    basePath: string;
    baseUrl: string;
    excerptLength: number;
    ranking: { metaWeights: Record<string, number> };
  }): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/** Searches of one language per query at most (Vietnamese spellings with and without `đ`). */
const spellingsPerQuery = 8;
/** How many results of a word's own search are read to tell a word being typed from a fallback. */
const resultsReadPerWord = 2;

/**
 * How much a match in a result's metadata adds to its score: a guide's search aliases
 * (readers' words for its topic), and the title, so that a query naming a glossary term or
 * FAQ question finds its entry first.
 */
const metaWeights = { title: 5, aliases: 8 };

const bundles = new Map<Locale, Promise<PagefindModule>>();
const knownSpellings = new Map<string, Promise<boolean>>();

function bundle(locale: Locale): Promise<PagefindModule> {
  let loading = bundles.get(locale);
  if (!loading) {
    const basePath = `/pagefind/${locale}/`;
    loading = (import(/* @vite-ignore */ `${basePath}pagefind.js`) as Promise<PagefindModule>).then(async (pagefind) => {
      await pagefind.options({ basePath, baseUrl: '/', excerptLength: 24, ranking: { metaWeights } });
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

/**
 * Whether the index holds this spelling: as a word (Pagefind's quoted search looks words
 * up exactly, stems included), or as the beginning of a word in the text it matches.
 */
async function holds(pagefind: PagefindModule, spelling: string): Promise<boolean> {
  if ((await pagefind.search(`"${spelling}"`))?.results.length) return true;
  const found = (await pagefind.search(spelling))?.results.slice(0, resultsReadPerWord) ?? [];
  const details = await Promise.all(found.map((result) => result.data()));
  return details.some((data) => beginsAWord(spelling, matchedWords(data)));
}

function isKnown(pagefind: PagefindModule, locale: Locale, spelling: string): Promise<boolean> {
  const key = `${locale}\u0000${spelling}`;
  let known = knownSpellings.get(key);
  if (!known) {
    known = holds(pagefind, spelling);
    known.catch(() => knownSpellings.delete(key));
    knownSpellings.set(key, known);
  }
  return known;
}

interface LocaleSearch {
  candidates: Candidate<PagefindResult>[];
  /** The typed words this language's index does not hold. */
  missing: string[];
}

async function searchLocale(query: string, locale: Locale): Promise<LocaleSearch> {
  const pagefind = await bundle(locale);
  const words = await Promise.all(
    queryWords(query, locale).map(async (word) => {
      const known = await Promise.all(word.spellings.map((spelling) => isKnown(pagefind, locale, spelling)));
      return { text: word.text, spellings: word.spellings.filter((_, i) => known[i]) };
    }),
  );
  const found = words.filter((word) => word.spellings.length > 0);
  const combinations = spellingCombinations(
    found.map((word) => word.spellings),
    spellingsPerQuery,
  );
  // A query of several words also runs as a phrase, so that pages holding the words
  // together (a Vietnamese word of two syllables, an English compound) rank first.
  const asPhrase = found.length > 1 && locale !== 'zh';
  const searches = [
    ...combinations.map((spellings) => ({ query: spellings.join(' '), phrase: false })),
    ...(asPhrase ? combinations.map((spellings) => ({ query: `"${spellings.join(' ')}"`, phrase: true })) : []),
  ].map(async ({ query: searched, phrase }) =>
    ((await pagefind.search(searched))?.results ?? []).map((result) => ({
      key: `${locale}:${result.id}`,
      score: result.score,
      exact: false,
      phrase,
      locale,
      details: result,
    })),
  );
  // The glossary entry or FAQ question the query names exactly, filed under its term keys
  // (scripts/search-entries.ts), only when some word of the query is in the index.
  const term = termKey(query);
  if (found.length > 0 && term !== '') {
    searches.push(
      pagefind.search(null, { filters: { term } }).then((named) =>
        (named?.results ?? []).map((result) => ({ key: `${locale}:${result.id}`, score: result.score, exact: true, phrase: true, locale, details: result })),
      ),
    );
  }
  const candidates = (await Promise.all(searches)).flat();
  return { candidates, missing: words.filter((word) => word.spellings.length === 0).map((word) => word.text) };
}

/**
 * A finished search: how many results, which words were left out, and the results page by
 * page, the page's own language first.
 */
export interface SearchResults {
  count: number;
  /** Typed words found in no language searched; the search ran without them. */
  missing: string[];
  /** The results from `start` on, at most `size` of them, with their details. */
  load(start: number, size: number): Promise<SearchHit[]>;
}

export async function searchSite(query: string, searchLocales: readonly Locale[]): Promise<SearchResults> {
  const searched = await Promise.all(searchLocales.map((locale) => searchLocale(query, locale)));
  const ranked = interleave(searched.map((search) => rankCandidates(search.candidates)));
  const [first, ...others] = searched.map((search) => search.missing);
  return {
    count: ranked.length,
    missing: (first ?? []).filter((word) => others.every((missing) => missing.includes(word))),
    load: (start, size) =>
      Promise.all(
        ranked
          .slice(start, start + size)
          .map(async ({ locale, details }) => toSearchHit(locale, await details.data())),
      ),
  };
}
