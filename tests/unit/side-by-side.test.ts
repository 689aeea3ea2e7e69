import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { pairSections, pairedId, parseWith, renameReferences, sideBySideHref } from '../../src/lib/side-by-side';

describe('parseWith', () => {
  it('reads a locale other than the page’s', () => {
    expect(parseWith('?with=vi', 'en')).toBe('vi');
    expect(parseWith('?v=1&with=zh', 'vi')).toBe('zh');
    expect(parseWith('with=en', 'zh')).toBe('en');
  });

  it('ignores the page’s own locale, an unknown or empty value, and a missing parameter', () => {
    expect(parseWith('?with=en', 'en')).toBeUndefined();
    expect(parseWith('?with=nl', 'en')).toBeUndefined();
    expect(parseWith('?with=VI', 'en')).toBeUndefined();
    expect(parseWith('?with=', 'en')).toBeUndefined();
    expect(parseWith('', 'en')).toBeUndefined();
    expect(parseWith('?within=vi', 'en')).toBeUndefined();
  });

  it('round-trips every pair of locales through the offer’s link', () => {
    for (const from of locales)
      for (const to of locales.filter((l) => l !== from)) {
        const href = sideBySideHref(`/${to}/guides/x/`, from);
        expect(href).toBe(`/${to}/guides/x/?with=${from}`);
        expect(parseWith(new URL(href, 'https://example.com').search, to)).toBe(from);
      }
  });
});

describe('pairedId', () => {
  it('prefixes the fetched locale, so it never equals an anchor of the page', () => {
    expect(pairedId('vi', 'why-the-early-years')).toBe('vi--why-the-early-years');
    expect(pairedId('zh', 'term-retainer')).toBe('zh--term-retainer');
  });
});

describe('renameReferences', () => {
  const rename = (id: string) => `x--${id}`;

  it('renames same-page links and single references', () => {
    expect(renameReferences('href', '#costs', rename)).toBe('#x--costs');
    expect(renameReferences('popovertarget', 'term-equity', rename)).toBe('x--term-equity');
    expect(renameReferences('for', 'field', rename)).toBe('x--field');
  });

  it('renames every id of a list of references', () => {
    expect(renameReferences('aria-labelledby', 'a  b', rename)).toBe('x--a x--b');
    expect(renameReferences('aria-describedby', 'term-1-definition', rename)).toBe('x--term-1-definition');
    expect(renameReferences('headers', 'h1 h2', rename)).toBe('x--h1 x--h2');
  });

  it('leaves links to other pages, a bare # and other attributes alone', () => {
    expect(renameReferences('href', '/en/glossary/#equity', rename)).toBe('/en/glossary/#equity');
    expect(renameReferences('href', '#', rename)).toBe('#');
    expect(renameReferences('class', 'term-trigger', rename)).toBe('term-trigger');
    expect(renameReferences('data-label', 'Cost', rename)).toBe('Cost');
  });
});

describe('pairSections', () => {
  it('pairs the same anchors in the same order row by row', () => {
    expect(pairSections(['', 'a', 'b'], ['', 'a', 'b'])).toEqual([
      { key: '', page: 0, other: 0 },
      { key: 'a', page: 1, other: 1 },
      { key: 'b', page: 2, other: 2 },
    ]);
  });

  it('gives a section only one guide has a row of its own, at its place', () => {
    expect(pairSections(['a', 'extra', 'b'], ['a', 'b'])).toEqual([
      { key: 'a', page: 0, other: 0 },
      { key: 'extra', page: 1 },
      { key: 'b', page: 2, other: 1 },
    ]);
    expect(pairSections(['a', 'b'], ['a', 'new', 'b', 'last'])).toEqual([
      { key: 'a', page: 0, other: 0 },
      { key: 'new', other: 1 },
      { key: 'b', page: 1, other: 2 },
      { key: 'last', other: 3 },
    ]);
  });

  it('keeps every section exactly once when the orders differ', () => {
    const rows = pairSections(['a', 'b', 'c'], ['c', 'a', 'b']);
    expect(rows.filter((row) => row.page !== undefined).map((row) => row.page)).toEqual([0, 1, 2]);
    expect(rows.filter((row) => row.other !== undefined).map((row) => row.other)).toEqual([0, 1, 2]);
    expect(rows).toContainEqual({ key: 'a', page: 0, other: 1 });
  });

  it('shows one guide alone when the other has no sections', () => {
    expect(pairSections(['a'], [])).toEqual([{ key: 'a', page: 0 }]);
    expect(pairSections([], ['a'])).toEqual([{ key: 'a', other: 0 }]);
  });
});
