import { describe, expect, it } from 'vitest';
import { bestLocale, isLocale, localeInfo, locales } from '../../src/i18n/locales';

describe('bestLocale', () => {
  it.each([
    [['vi-VN', 'en-US'], 'vi'],
    [['zh-CN'], 'zh'],
    [['zh-TW', 'en'], 'zh'],
    [['fr-FR', 'en-GB'], 'en'],
    [['de', 'vi'], 'vi'],
    [['fr'], 'en'],
    [[], 'en'],
    [['not a tag', 'zh-Hans-CN'], 'zh'],
  ])('picks the first supported language of %j', (preferences, expected) => {
    expect(bestLocale(preferences)).toBe(expected);
  });
});

describe('locale facts', () => {
  it('recognises exactly the site locales', () => {
    expect(locales.every(isLocale)).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });

  it('gives each locale its html lang and default currency', () => {
    expect(localeInfo.zh.htmlLang).toBe('zh-CN');
    expect(Object.fromEntries(locales.map((l) => [l, localeInfo[l].currency]))).toEqual({
      en: 'USD',
      zh: 'CNY',
      vi: 'VND',
    });
  });
});
