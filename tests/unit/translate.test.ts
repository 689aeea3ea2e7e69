import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { dictionaries, fill, translator } from '../../src/i18n/translate';

describe('translate', () => {
  it('fills named placeholders and leaves unknown ones', () => {
    expect(fill('Reading time: {duration}', { duration: '5 minutes' })).toBe('Reading time: 5 minutes');
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('looks up the locale’s own string', () => {
    expect(translator('zh')('nav.guides')).toBe('指南');
    expect(translator('vi')('guide.readingTime', { duration: '5 phút' })).toBe('Thời gian đọc: 5 phút');
  });
});

describe('dictionaries', () => {
  const reference = Object.keys(dictionaries.en).sort();

  it.each(locales)('%s has every key, each with text', (locale) => {
    const dictionary = dictionaries[locale];
    expect(Object.keys(dictionary).sort()).toEqual(reference);
    for (const value of Object.values(dictionary)) expect(value.trim()).not.toBe('');
  });

  it.each(locales)('%s keeps the placeholders of the English text', (locale) => {
    for (const [key, english] of Object.entries(dictionaries.en)) {
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(dictionaries[locale][key as keyof typeof dictionaries.en]), key).toEqual(names(english));
    }
  });

  it.each(locales)('%s uses typographic quotes and apostrophes, never straight ones', (locale) => {
    for (const [key, value] of Object.entries(dictionaries[locale])) expect(value, key).not.toMatch(/['"]/);
  });

  it('writes Chinese with full-width punctuation', () => {
    for (const value of Object.values(dictionaries.zh)) {
      expect(value).not.toMatch(/\p{Script=Han}[,.;:?!()]|[,;:?!(]\p{Script=Han}/u);
    }
  });

  it('writes Vietnamese in NFC with its diacritics', () => {
    for (const value of Object.values(dictionaries.vi)) expect(value).toBe(value.normalize('NFC'));
    expect(dictionaries.vi['nav.search']).toBe('Tìm kiếm');
  });
});
