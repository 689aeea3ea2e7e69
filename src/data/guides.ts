/** Guide entries by locale, read from the content collection. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { trackIds } from './catalog';
import { localeInfo, type Locale } from '../i18n/locales';
import { neighbourMap, neighboursIn, parseLocalizedId, type Neighbours } from '../lib/guide-order';
import { markdownToPlainText, readingMinutes } from '../lib/reading-time';
import { perLocale } from './per-locale';

export type Guide = CollectionEntry<'guides'>;

async function readGuidesIn(locale: Locale): Promise<Guide[]> {
  const all = await getCollection('guides');
  return all.filter((g) => parseLocalizedId(g.id).locale === locale);
}

/** The guides of one locale, in collection order; read-only because every page shares it. */
export const guidesIn: (locale: Locale) => Promise<readonly Guide[]> = perLocale(readGuidesIn);

const neighboursByLocale = perLocale(async (locale: Locale) => neighbourMap(await guidesIn(locale), trackIds));

/** The guides before and after `guide` in its locale's reading order. */
export async function guideNeighbours(guide: Guide): Promise<Neighbours<Guide>> {
  return neighboursIn(await neighboursByLocale(parseLocalizedId(guide.id).locale), guide.id);
}

export function guideSlug(guide: Guide): string {
  return parseLocalizedId(guide.id).slug;
}

/** Minutes to read the guide at its locale's reading speed. */
export function guideReadingMinutes(guide: Guide): number {
  const { locale } = parseLocalizedId(guide.id);
  return readingMinutes(markdownToPlainText(guide.body ?? ''), localeInfo[locale].readingPerMinute);
}
