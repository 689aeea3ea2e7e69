/**
 * The relevance set (tests/quality/search-relevance.ts) typed into each locale's search page,
 * as a reader would: the page that should answer a query must be among the first three
 * results for at least 90 % of a locale's queries. The failure lists every query that missed.
 */
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { rankOf, relevanceFigures } from '../quality/relevance-metrics';
import { runRelevanceSet } from '../quality/search-relevance-run';
import { minimumHitAt3, relevanceSet } from '../quality/search-relevance';
import { openPage, useBrowser } from './harness';

const browser = useBrowser();

describe('search relevance', () => {
  it.each(locales)('shows the expected page among the first three results for nine in ten %s queries', { timeout: 180_000 }, async (locale) => {
    const { page, problems } = await openPage(browser());
    const ranked = await runRelevanceSet(page, locale, relevanceSet[locale]);
    const missed = ranked
      .filter((query) => (rankOf(query) ?? Infinity) > 3)
      .map((query) => `“${query.query}” → ${query.expected}, shown: ${query.links.slice(0, 3).join(' ') || 'nothing'}`);
    expect(relevanceFigures(ranked).hitAt3, `Not in the first three:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(minimumHitAt3);
    expect(problems).toEqual([]);
  });
});
