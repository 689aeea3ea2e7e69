import { describe, expect, it } from 'vitest';
import { queryVariants } from '../../src/lib/search/query';
import { excerptParts, rankHits, type RawHit } from '../../src/lib/search/results';

describe('queryVariants', () => {
  it('trims and collapses spaces, and has nothing to search for a blank query', () => {
    expect(queryVariants('  vesting   cliff ', 'en')).toEqual(['vesting cliff']);
    expect(queryVariants('   ', 'zh')).toEqual([]);
  });

  it('adds a đ spelling for Vietnamese typed without it', () => {
    expect(queryVariants('giam doc', 'vi')).toEqual(['giam doc', 'giam đoc']);
    expect(queryVariants('Dịch vụ', 'vi')).toEqual(['Dịch vụ', 'Địch vụ']);
    expect(queryVariants('giám đốc', 'vi')).toEqual(['giám đốc']);
    expect(queryVariants('ban giao', 'vi')).toEqual(['ban giao']);
    expect(queryVariants('dividend', 'en')).toEqual(['dividend']);
  });
});

describe('excerptParts', () => {
  it('splits highlighted words from plain text', () => {
    expect(excerptParts('the <mark>vesting</mark> period')).toEqual([
      { text: 'the ', marked: false },
      { text: 'vesting', marked: true },
      { text: ' period', marked: false },
    ]);
  });

  it('joins adjacent highlights, decodes entities and drops any other markup', () => {
    expect(excerptParts('<mark>技术</mark><mark>债务</mark> &amp; <b>x</b>&lt;script&gt;')).toEqual([
      { text: '技术债务', marked: true },
      { text: ' & x<script>', marked: false },
    ]);
  });
});

describe('rankHits', () => {
  const hit = (url: string, score: number, locale: 'en' | 'zh' = 'en'): RawHit => ({
    score,
    locale,
    data: {
      url,
      excerpt: 'a <mark>b</mark>',
      meta: { title: `T ${url}` },
      filters: { type: ['guide'] },
      sub_results: [
        { title: 'Top', url, excerpt: '' },
        { title: 'Section', url: `${url}#s`, excerpt: '<mark>b</mark>' },
        { title: 'Unrelated', url: `${url}#u`, excerpt: 'no match here' },
      ],
    },
  });

  it('keeps each page once with its best score, best first', () => {
    const ranked = rankHits([hit('/a/', 1), hit('/b/', 3), hit('/a/', 5), hit('/c/', 3, 'zh')]);
    expect(ranked.map((h) => h.url)).toEqual(['/a/', '/b/', '/c/']);
    expect(ranked[2]?.locale).toBe('zh');
  });

  it('reads title, type and the sections that match, leaving out the page’s own top', () => {
    const [first] = rankHits([hit('/a/', 1)]);
    expect(first).toMatchObject({ title: 'T /a/', type: 'guide' });
    expect(first?.sections.map((s) => s.url)).toEqual(['/a/#s']);
  });

  it('caps the number of hits', () => {
    expect(rankHits(Array.from({ length: 30 }, (_, i) => hit(`/${i}/`, i)), 20)).toHaveLength(20);
  });
});
