/**
 * The one place that knows which locales the site has and the facts about each.
 * Pages, helpers, tests and the build configuration read from here.
 */

export const locales = ['en', 'zh', 'vi'] as const;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'en';

export type Currency = 'USD' | 'CNY' | 'VND';

/** How a language's sentences end: Chinese with a full-width mark, the others with a mark and a space. */
export type SentenceScript = 'han' | 'latin';

export interface LocaleInfo {
  /** The URL segment: `/{code}/…`. */
  code: Locale;
  /** The `<html lang>` and `hreflang` value (BCP 47). */
  htmlLang: string;
  /** The locale handed to `Intl` formatters. */
  intlLocale: string;
  /** Open Graph's `og:locale` form (language_TERRITORY). */
  ogLocale: string;
  /** The language's name in that language, as the language picker shows it. */
  nativeName: string;
  /** The currency a reader of this locale most likely thinks in. */
  currency: Currency;
  /**
   * Reading speed for the reading-time estimate. Chinese is counted in characters;
   * English and Vietnamese in space-separated words (for Vietnamese, syllables).
   */
  readingPerMinute: number;
  /** Where a sentence ends, for taking a glossary entry's first sentence (src/lib/first-sentence.ts). */
  script: SentenceScript;
}

export const localeInfo: Record<Locale, LocaleInfo> = {
  en: {
    code: 'en',
    htmlLang: 'en',
    intlLocale: 'en-US',
    ogLocale: 'en_US',
    nativeName: 'English',
    currency: 'USD',
    readingPerMinute: 230,
    script: 'latin',
  },
  zh: {
    code: 'zh',
    htmlLang: 'zh-CN',
    intlLocale: 'zh-CN',
    ogLocale: 'zh_CN',
    nativeName: '简体中文',
    currency: 'CNY',
    readingPerMinute: 400,
    script: 'han',
  },
  vi: {
    code: 'vi',
    htmlLang: 'vi',
    intlLocale: 'vi-VN',
    ogLocale: 'vi_VN',
    nativeName: 'Tiếng Việt',
    currency: 'VND',
    readingPerMinute: 220,
    script: 'latin',
  },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * The best supported locale for a reader's ordered language preferences
 * (`navigator.languages`), matched on the primary language subtag; the default
 * locale when none matches. Any Chinese variant goes to Simplified Chinese, the
 * closest the site has.
 */
export function bestLocale(preferences: readonly string[]): Locale {
  for (const tag of preferences) {
    let language: string;
    try {
      language = new Intl.Locale(tag).language;
    } catch {
      continue;
    }
    if (isLocale(language)) return language;
  }
  return defaultLocale;
}
