/**
 * What the search UI needs from the page: its locale, its strings (taken from the
 * dictionary at build time, so the island ships no dictionary) and where to send a
 * reader who finds nothing.
 */
import { localeInfo, locales, type Locale } from '../i18n/locales';
import { dictionaries, translator } from '../i18n/translate';
import { localizedPath } from '../i18n/urls';

export function searchProps(locale: Locale) {
  const t = translator(locale);
  return {
    locale,
    strings: {
      label: t('search.label'),
      placeholder: t('search.placeholder'),
      hint: t('search.shortcutHint'),
      allLanguages: t('search.allLanguages'),
      loading: t('search.loading'),
      error: t('search.error'),
      results: dictionaries[locale]['search.results'],
      missingWords: t('search.missingWords'),
      showMore: t('search.showMore'),
      noResults: t('search.noResults'),
      noResultsHelp: t('search.noResultsHelp'),
      tryAllLanguages: t('search.tryAllLanguages'),
      sections: t('search.sections'),
      guides: t('home.allGuides'),
      glossary: t('nav.glossary'),
      types: {
        guide: t('search.type.guide'),
        glossary: t('search.type.glossary'),
        faq: t('search.type.faq'),
        tool: t('search.type.tool'),
        quiz: t('search.type.quiz'),
      } as Record<string, string>,
    },
    languages: Object.fromEntries(
      locales.map((l) => [l, { name: localeInfo[l].nativeName, htmlLang: localeInfo[l].htmlLang }]),
    ) as Record<Locale, { name: string; htmlLang: string }>,
    links: { guides: localizedPath(locale, 'guides'), glossary: localizedPath(locale, 'glossary') },
  };
}

export type SearchProps = ReturnType<typeof searchProps> & {
  /** Mirror the query into `?q=` and start from it (the search page). */
  syncUrl?: boolean;
  /** Text already typed before the UI loaded. */
  initialQuery?: string;
  /** Begins the ids of the box and its hint, so the search page and the header's dialog can both be on one page. */
  idPrefix?: string;
};
