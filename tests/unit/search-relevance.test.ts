import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { percentile, rankOf, relevanceFigures } from '../quality/relevance-metrics';
import { relevanceSet } from '../quality/search-relevance';

describe('relevance figures', () => {
  it('ranks the expected page from 1, and not at all when it is missing', () => {
    expect(rankOf({ expected: '/b/', links: ['/a/', '/b/'] })).toBe(2);
    expect(rankOf({ expected: '/b/', links: ['/b/#entry'] })).toBeUndefined();
  });

  it('computes hit@1, hit@3 and MRR over the queries', () => {
    const figures = relevanceFigures([
      { expected: '/a/', links: ['/a/', '/b/'] },
      { expected: '/a/', links: ['/b/', '/c/', '/a/'] },
      { expected: '/a/', links: ['/b/', '/c/', '/d/', '/a/'] },
      { expected: '/a/', links: [] },
    ]);
    expect(figures).toEqual({ queries: 4, hitAt1: 0.25, hitAt3: 0.5, mrr: (1 + 1 / 3 + 1 / 4) / 4 });
  });

  it('gives zeros for no queries rather than NaN', () => {
    expect(relevanceFigures([])).toEqual({ queries: 0, hitAt1: 0, hitAt3: 0, mrr: 0 });
  });

  it('takes nearest-rank percentiles', () => {
    const values = [50, 10, 40, 20, 30];
    expect(percentile(values, 50)).toBe(30);
    expect(percentile(values, 95)).toBe(50);
    expect(percentile(values, 0)).toBe(10);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('relevance set', () => {
  it.each(locales)('holds at least 25 distinct %s queries, each expecting a page of that locale', (locale) => {
    const cases = relevanceSet[locale];
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(new Set(cases.map((item) => item.query)).size).toBe(cases.length);
    for (const item of cases) expect(item.expected).toMatch(new RegExp(`^/${locale}/[a-z-/]+(#[a-z-]+)?$`));
  });
});
