import { describe, expect, it } from 'vitest';
import { localeInfo, locales } from '../../src/i18n/locales';
import { pluralForm, type PluralForms } from '../../src/i18n/plural';
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

describe('plural entries', () => {
  it('choose the form of the count by the language’s plural rules, its number written as the locale writes numbers', () => {
    expect(translator('en').plural('guides.count', 1)).toBe('1 guide');
    expect(translator('en').plural('guides.count', 3)).toBe('3 guides');
    expect(translator('en').plural('quiz.index.questions', 1200)).toBe('1,200 questions');
    expect(translator('zh').plural('guides.count', 1)).toBe('共 1 篇');
    expect(translator('vi').plural('quiz.index.questions', 1)).toBe('1 câu hỏi');
    expect(translator('en').plural('quiz.questionCount', 1, { minutes: '1 minute' })).toBe('1 question, about 1 minute.');
  });

  it('pluralForm falls back to “other” and picks “one” only where the language has it', () => {
    const forms = { one: '{count} term', other: '{count} terms' };
    expect(pluralForm(forms, 1, 'en-US')).toBe('{count} term');
    expect(pluralForm(forms, 0, 'en-US')).toBe('{count} terms');
    expect(pluralForm(forms, 1, 'zh-CN')).toBe('{count} terms');
    expect(pluralForm(forms, 1, 'vi-VN')).toBe('{count} terms');
  });

  it.each(locales)('%s holds exactly the plural categories its language has in every plural entry', (locale) => {
    const categories = [...new Intl.PluralRules(localeInfo[locale].intlLocale).resolvedOptions().pluralCategories].sort();
    const plurals = Object.entries(dictionaries[locale]).filter(([, value]) => typeof value !== 'string');
    expect(plurals.length).toBeGreaterThan(0);
    for (const [key, forms] of plurals) expect(Object.keys(forms).sort(), key).toEqual(categories);
  });
});

/** The texts of an entry: itself, or each of its plural forms. */
const texts = (value: string | PluralForms): string[] => (typeof value === 'string' ? [value] : Object.values(value));

describe('dictionaries', () => {
  const reference = Object.keys(dictionaries.en).sort();

  it.each(locales)('%s has every key, each with text', (locale) => {
    const dictionary = dictionaries[locale];
    expect(Object.keys(dictionary).sort()).toEqual(reference);
    for (const value of Object.values(dictionary).flatMap(texts)) expect(value.trim()).not.toBe('');
  });

  it.each(locales)('%s keeps the placeholders of the English text, in each plural form', (locale) => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, english] of Object.entries(dictionaries.en)) {
      const expected = names(texts(english).at(-1)!);
      for (const text of texts(dictionaries[locale][key as keyof typeof dictionaries.en])) expect(names(text), key).toEqual(expected);
    }
  });

  it.each(locales)('%s uses typographic quotes and apostrophes, never straight ones', (locale) => {
    for (const [key, value] of Object.entries(dictionaries[locale])) for (const text of texts(value)) expect(text, key).not.toMatch(/['"]/);
  });

  it('writes Chinese with full-width punctuation', () => {
    for (const value of Object.values(dictionaries.zh).flatMap(texts)) {
      expect(value).not.toMatch(/\p{Script=Han}[,.;:?!()]|[,;:?!(]\p{Script=Han}/u);
    }
  });

  it('writes Vietnamese in NFC with its diacritics', () => {
    for (const value of Object.values(dictionaries.vi).flatMap(texts)) expect(value).toBe(value.normalize('NFC'));
    expect(dictionaries.vi['nav.search']).toBe('Tìm kiếm');
  });
});
