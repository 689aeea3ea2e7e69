/** Guide entries by locale, read from the content collection. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { localeInfo, type Locale } from '../i18n/locales';
import { parseLocalizedId } from '../lib/guide-order';
import { markdownToPlainText, readingMinutes } from '../lib/reading-time';

export type Guide = CollectionEntry<'guides'>;

export async function guidesIn(locale: Locale): Promise<Guide[]> {
  const all = await getCollection('guides');
  return all.filter((g) => parseLocalizedId(g.id).locale === locale);
}

export function guideSlug(guide: Guide): string {
  return parseLocalizedId(guide.id).slug;
}

/** Minutes to read the guide at its locale's reading speed. */
export function guideReadingMinutes(guide: Guide): number {
  const { locale } = parseLocalizedId(guide.id);
  return readingMinutes(markdownToPlainText(guide.body ?? ''), localeInfo[locale].readingPerMinute);
}
