import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateFormat, formatDate, formatMinutes, formatMoney, formatPublished, numberFormat, pluralRules } from '../../src/lib/format';

const intlLocales = ['en-US', 'zh-CN', 'vi-VN'];

describe('cached Intl formatters', () => {
  it('return one formatter per locale and option set', () => {
    const long = { dateStyle: 'long', timeZone: 'UTC' } as const;
    expect(dateFormat('en-US', long)).toBe(dateFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }));
    expect(dateFormat('en-US', long)).not.toBe(dateFormat('vi-VN', long));
    expect(numberFormat('en-US', { maximumFractionDigits: 2 })).not.toBe(numberFormat('en-US', { maximumFractionDigits: 1 }));
    expect(pluralRules('en-US', {})).toBe(pluralRules('en-US', {}));
  });

  it('give the same text as a new formatter on every call', () => {
    fc.assert(
      fc.property(fc.constantFrom(...intlLocales), fc.integer({ min: 0, max: 4_000_000_000_000 }), fc.integer({ min: 0, max: 10_000 }), (intlLocale, ms, n) => {
        const date = new Date(ms);
        expect(formatDate(date, intlLocale)).toBe(new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(date));
        expect(formatMinutes(n, intlLocale)).toBe(new Intl.NumberFormat(intlLocale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(n));
        expect(formatMoney(n * 1000, 'USD', intlLocale)).toBe(
          new Intl.NumberFormat(intlLocale, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(n * 1000),
        );
      }),
    );
  });

  it('keep the options of each call apart (a year alone, then a full date)', () => {
    expect(formatPublished('2017', 'en-US')).toBe('2017');
    expect(formatPublished('2020-02-10', 'en-US')).toBe('February 10, 2020');
    expect(formatPublished('2017', 'zh-CN')).toBe('2017年');
    expect(formatPublished('2020-02-10', 'zh-CN')).toBe('2020年2月10日');
  });
});
