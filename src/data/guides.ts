/** Guide entries by locale, read from the content collection. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { parseLocalizedId } from '../lib/guide-order';

export type Guide = CollectionEntry<'guides'>;

export async function guidesIn(locale: Locale): Promise<Guide[]> {
  const all = await getCollection('guides');
  return all.filter((g) => parseLocalizedId(g.id).locale === locale);
}

export function guideSlug(guide: Guide): string {
  return parseLocalizedId(guide.id).slug;
}
