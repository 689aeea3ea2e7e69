/**
 * Runs the relevance set (tests/quality/search-relevance.ts) the way a reader searches: on
 * one locale's search page in Chromium, typing each query into the box and reading the
 * result links in the order shown. One page serves every query of a locale, so only the
 * first query pays for loading Pagefind; the times say how long each query took from the
 * input to its results on screen (the UI's 120 ms pause after typing included).
 */
import type { Page } from 'playwright-core';
import type { Locale } from '../../src/i18n/locales.ts';
import type { RelevanceCase } from './search-relevance.ts';
import { withoutHighlight } from '../../src/lib/search/results.ts';

/** How long one query may take on a busy machine, the first one loading Pagefind included. */
const queryTimeoutMs = 30_000;

export interface RankedQuery extends RelevanceCase {
  /** The result links on screen, best first (the first page of results). */
  links: string[];
  /** Milliseconds from the input to the results on screen. */
  ms: number;
}

/** Searches each case's query on `page`, which must be on `/${locale}/search/`, one after another. */
export async function runRelevanceSet(page: Page, locale: Locale, cases: readonly RelevanceCase[]): Promise<RankedQuery[]> {
  await page.goto(`/${locale}/search/`);
  // Astro drops `ssr` from the island once Preact has hydrated it: only then does the box listen.
  await page.locator('main astro-island:not([ssr])').waitFor({ timeout: queryTimeoutMs });
  const ranked: RankedQuery[] = [];
  for (const item of cases) {
    // The status line quotes the query its results answer: waiting for it skips the
    // results of the query before. The clock runs in the page, so polling adds nothing.
    const result = await page.evaluate(
      ({ query, timeoutMs }) =>
        new Promise<{ links: string[]; ms: number }>((resolve, reject) => {
          const input = document.querySelector<HTMLInputElement>('main input[type="search"]');
          if (!input) throw new Error('The search page has no search box.');
          const status = () => document.querySelector('main .search-status')?.textContent ?? '';
          const started = performance.now();
          const done = () => {
            if (!status().includes(`“${query}”`)) return false;
            const links = [...document.querySelectorAll('main .search-hit')].map((link) => link.getAttribute('href') ?? '');
            observer.disconnect();
            resolve({ links, ms: performance.now() - started });
            return true;
          };
          const observer = new MutationObserver(done);
          setTimeout(() => {
            observer.disconnect();
            reject(new Error(`No results on screen for “${query}” after ${timeoutMs} ms; the status says: ${status()}`));
          }, timeoutMs);
          observer.observe(document.querySelector('main') ?? document.body, { childList: true, subtree: true, characterData: true });
          input.value = query;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      { query: item.query, timeoutMs: queryTimeoutMs },
    );
    // A result's link carries a text fragment for its word; the page and section are what count.
    ranked.push({ ...item, ms: result.ms, links: result.links.map(withoutHighlight) });
  }
  return ranked;
}
