/** Numbers as readers type them in each locale, and what is refused. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPlain } from '../../src/lib/format';
import { parseNumber } from '../../src/lib/parse-number';
import { localeInfo, locales } from '../../src/i18n/locales';

const value = (text: string, locale: 'en' | 'zh' | 'vi') => {
  const result = parseNumber(text, locale);
  return result.ok ? result.value : result.reason;
};

describe('parseNumber', () => {
  it.each([
    ['1,250,000', 'en', 1_250_000],
    ['1,234.5', 'en', 1234.5],
    ['$12k', 'en', 12_000],
    ['1.5M', 'en', 1_500_000],
    ['2 bn', 'en', 2e9],
    ['12.5%', 'en', 12.5],
    ['1,500', 'en', 1500],
    ['1,5', 'en', 1.5],
    ['-3', 'en', -3],
    ['12万', 'zh', 120_000],
    ['1.2亿', 'zh', 120_000_000],
    ['¥3,000', 'zh', 3000],
    ['90万元', 'zh', 900_000],
    ['1.250.000', 'vi', 1_250_000],
    ['1,2 tỷ', 'vi', 1_200_000_000],
    ['300 triệu', 'vi', 300_000_000],
    ['500 nghìn', 'vi', 500_000],
    ['1.5 tỷ', 'vi', 1_500_000_000],
    ['120.000.000 ₫', 'vi', 120_000_000],
    ['1 250 000', 'vi', 1_250_000],
  ] as const)('reads %s in %s as %d', (text, locale, expected) => {
    expect(value(text, locale)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'malformed'],
    ['12abc', 'malformed'],
    ['1..2', 'malformed'],
    ['1,2,3', 'malformed'],
    ['1.2.3', 'malformed'],
    ['.', 'malformed'],
    ['1e5', 'malformed'],
    ['Infinity', 'malformed'],
    ['<script>', 'malformed'],
  ] as const)('refuses “%s” as %s', (text, reason) => {
    expect(value(text, 'en')).toBe(reason);
  });

  it('reads back every whole number the page writes in each locale', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e15 }), fc.constantFrom(...locales), (n, locale) => {
        expect(value(formatPlain(n, localeInfo[locale].intlLocale), locale)).toBe(n);
      }),
    );
  });
});
