/** Numbers as readers type them in each locale, what is refused, and how a field shows them once read. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFieldNumber, formatPlain } from '../../src/lib/format';
import { parseNumber } from '../../src/lib/parse-number';
import { localeInfo, locales, type Locale } from '../../src/i18n/locales';

const value = (text: string, locale: Locale) => {
  const result = parseNumber(text, locale);
  return result.ok ? result.value : result.reason;
};
const shown = (n: number, locale: Locale) => formatFieldNumber(n, localeInfo[locale].intlLocale);

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
    ['2 triệu', 'en', 2_000_000],
    ['1.5万', 'zh', 15_000],
    ['50k', 'zh', 50_000],
    // The other style's grouping, where it can only be grouping.
    ['120,000,000', 'vi', 120_000_000],
    ['120.000.000', 'en', 120_000_000],
    ['120.000.000', 'zh', 120_000_000],
    ['1,234.5', 'vi', 1234.5],
    ['1.234,5', 'en', 1234.5],
    ['1.234.567,89', 'zh', 1_234_567.89],
    // One mark that cannot be grouping is a decimal mark in every locale.
    ['1,5', 'vi', 1.5],
    ['1.5', 'vi', 1.5],
    ['0,125', 'vi', 0.125],
    ['0.004', 'en', 0.004],
    ['0,500', 'en', 0.5],
    ['1234,567', 'en', 1234.567],
    // The locale's own grouping mark followed by three digits is grouping.
    ['1.500', 'vi', 1500],
    ['1,500 triệu', 'en', 1_500_000_000],
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
    ['1,234.567.8', 'malformed'],
    ['1.23,4', 'malformed'],
    ['1,2345.6', 'malformed'],
    ['12.', 'malformed'],
  ] as const)('refuses “%s” as %s', (text, reason) => {
    expect(value(text, 'en')).toBe(reason);
  });

  it.each([
    ['120,000', 'vi', [120_000, 120]],
    ['1,500', 'vi', [1500, 1.5]],
    ['1,500 triệu', 'vi', [1_500_000_000, 1_500_000]],
    ['1.500', 'en', [1500, 1.5]],
    ['$2.125k', 'en', [2_125_000, 2125]],
    ['1.250', 'zh', [1250, 1.25]],
  ] as const)('refuses “%s” in %s as ambiguous, with both readings', (text, locale, readings) => {
    expect(parseNumber(text, locale)).toEqual({ ok: false, reason: 'ambiguous', readings });
  });

  it.each([
    // Every magnitude word the parser knows, in the locale that writes it.
    ['2 nghìn tỷ', 'vi', 2e12],
    ['1,5 nghìn tỷ', 'vi', 1_500_000_000_000],
    ['750 nghìn', 'vi', 750_000],
    ['500 ngàn', 'vi', 500_000],
    ['15 tr', 'vi', 15_000_000],
    ['15tr', 'vi', 15_000_000],
    ['2,5 triệu', 'vi', 2_500_000],
    ['3 tỷ', 'vi', 3e9],
    ['2 tỉ', 'vi', 2e9],
    ['2,5 tỉ', 'vi', 2_500_000_000],
    ['3万亿', 'zh', 3e12],
    ['1.5万亿', 'zh', 1_500_000_000_000],
    ['2亿', 'zh', 2e8],
    ['8千', 'zh', 8000],
    ['1.5千', 'zh', 1500],
    ['12K', 'en', 12_000],
    ['4m', 'en', 4_000_000],
    ['3b', 'en', 3e9],
    ['2.5B', 'en', 2_500_000_000],
    ['1.2bn', 'en', 1_200_000_000],
    // Currency signs and codes before the number, and after it.
    ['US$1,000', 'en', 1000],
    ['$1,000', 'en', 1000],
    ['￥3,000', 'zh', 3000],
    ['₫120.000', 'vi', 120_000],
    ['USD 1,000', 'en', 1000],
    ['CNY 5,000', 'zh', 5000],
    ['RMB 5,000', 'zh', 5000],
    ['VND 1.000.000', 'vi', 1_000_000],
    ['120.000đ', 'vi', 120_000],
    ['120.000 đồng', 'vi', 120_000],
    ['1,000 USD', 'en', 1000],
    ['5,000 CNY', 'zh', 5000],
    ['5,000 rmb', 'zh', 5000],
    ['1.000.000 VND', 'vi', 1_000_000],
    ['12万元', 'zh', 120_000],
    ['¥12万', 'zh', 120_000],
    ['300 triệu đồng', 'vi', 300_000_000],
    ['1,2 tỷ ₫', 'vi', 1_200_000_000],
    // A code and a sign both before the number: the sign is read off after the magnitude.
    ['USD $12k', 'en', 12_000],
    // A code after the number and before the magnitude is read off once the magnitude is.
    ['1.5 USD k', 'en', 1500],
    // Spaces a keyboard or a copied figure puts inside a number: no-break and narrow no-break.
    ['1\u00a0250\u00a0000', 'vi', 1_250_000],
    ['1\u202f250\u202f000', 'en', 1_250_000],
    ['  42  ', 'en', 42],
    // The minus sign as typeset (U+2212) as well as the hyphen.
    ['−3', 'en', -3],
    ['−1,5 triệu', 'vi', -1_500_000],
    // Letters typed in decomposed form are read as their precomposed selves.
    ['2 trie\u0323\u0302u', 'vi', 2_000_000],
  ] as const)('reads %s in %s as %d', (text, locale, expected) => {
    expect(value(text, locale)).toBe(expected);
  });

  it.each([
    // A sign or a magnitude with no number.
    ['$', 'malformed'],
    ['%', 'malformed'],
    ['k', 'malformed'],
    ['万', 'malformed'],
    // A magnitude word or a currency sign that is not at either end.
    ['1 nghìn 2', 'malformed'],
    ['1$000', 'malformed'],
    ['1%000', 'malformed'],
    ['12usd5', 'malformed'],
    ['5x5', 'malformed'],
    ['1.234x5', 'malformed'],
    [',', 'malformed'],
    ['.,', 'malformed'],
    ['abc12', 'malformed'],
    ['-', 'malformed'],
    ['--5', 'malformed'],
    // A decimal mark with nothing on one side.
    ['.5', 'malformed'],
    [',5', 'malformed'],
    ['1,234.', 'malformed'],
    ['1.234,5,6', 'malformed'],
    // A plus sign is not read, and a group of two digits among groups of three is no grouping.
    ['+1.5', 'malformed'],
    ['1,234,56', 'malformed'],
    ['1,234,56.5', 'malformed'],
    // A group that does not start the number, or a first group of four digits.
    ['0,500,000', 'malformed'],
    ['1234,567,890', 'malformed'],
    // More digits than a double holds.
    ['9'.repeat(400), 'malformed'],
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

describe('formatFieldNumber', () => {
  it.each([
    [50_000, 'en', '50,000'],
    [15_000, 'zh', '15,000'],
    [2_000_000, 'vi', '2.000.000'],
    [120_000_000, 'vi', '120.000.000'],
    [1.5, 'vi', '1,5'],
    [0.004, 'en', '0.004'],
    [0.004, 'vi', '0,004'],
    [0.0000001, 'en', '0.0000001'],
    [1e15, 'en', '1,000,000,000,000,000'],
    [123_456_789_012.345, 'en', '123,456,789,012.345'],
    // Three decimals after 1 to 999 would read as a thousands group.
    [1.125, 'en', '1.1250'],
    [1.125, 'vi', '1,1250'],
    [0.125, 'en', '0.125'],
    [1125.125, 'vi', '1.125,125'],
  ] as const)('shows %d in %s as %s', (n, locale, text) => {
    expect(shown(n, locale)).toBe(text);
  });

  it('shows every value a field can hold so that it reads back exactly', () => {
    const values = fc.oneof(
      fc.integer({ min: 0, max: 1e15 }),
      fc.integer({ min: 0, max: 1e12 }).chain((n) => fc.integer({ min: 1, max: 3 }).map((d) => n / 10 ** d)),
      fc.integer({ min: 0, max: 1e10 }).map((n) => n / 1e10),
    );
    fc.assert(
      fc.property(values, fc.constantFrom(...locales), (n, locale) => {
        expect(value(shown(n, locale), locale)).toBe(n);
      }),
    );
  });
});
