/** Each locale's glossary entries, read from its glossary page once per build. */
import { getEntry } from 'astro:content';
import { localeInfo, type Locale } from '../i18n/locales';
import { glossaryEntries, type GlossaryEntry } from '../lib/glossary';
import { perLocale } from './per-locale';

async function readGlossary(locale: Locale): Promise<ReadonlyMap<string, GlossaryEntry>> {
  const page = await getEntry('pages', `${locale}/glossary`);
  if (!page?.rendered) throw new Error(`content/pages/${locale}/glossary.md is missing, or not plain Markdown`);
  return glossaryEntries(page.rendered.html, localeInfo[locale].script);
}

/** The glossary of a locale, by entry anchor; shared by every guide of the locale. */
export const glossaryIn: (locale: Locale) => Promise<ReadonlyMap<string, GlossaryEntry>> = perLocale(readGlossary);
