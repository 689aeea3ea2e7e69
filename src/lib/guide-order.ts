/** Pure helpers for entry identity and guide ordering; no Astro APIs, so they are unit-tested. */
import { isLocale, type Locale } from '../i18n/locales';

/**
 * Splits the id of a localized content entry, `{locale}/{slug}` (from the file
 * `content/<collection>/{locale}/{slug}.md` or `.mdx`), into its parts.
 */
export function parseLocalizedId(id: string): { locale: Locale; slug: string } {
  const [locale, slug, ...rest] = id.split('/');
  if (!isLocale(locale) || !slug || rest.length > 0) {
    throw new Error(`Entry "${id}" must live at content/<collection>/{en,zh,vi}/<slug>.md or .mdx`);
  }
  return { locale, slug };
}

export interface Ordered {
  data: { track: string; order: number };
}

/** The guides of one track in reading order. */
export function trackInOrder<T extends Ordered>(guides: readonly T[], track: string): T[] {
  return guides.filter((g) => g.data.track === track).sort((a, b) => a.data.order - b.data.order);
}

/** Every guide in reading order: the tracks in the order given, each track by `order`. */
export function readingOrder<T extends Ordered>(guides: readonly T[], trackOrder: readonly string[]): T[] {
  return trackOrder.flatMap((track) => trackInOrder(guides, track));
}

export interface Neighbours<T> {
  previous: T | undefined;
  next: T | undefined;
}

/**
 * The guides before and after each guide, by id, in reading order: within its track, and
 * at a track's ends the last guide of the track before or the first of the track after.
 * Guides are keyed by id, never by object identity, because a page renders an entry that a
 * different collection query returned. One pass, so a build computes it once per locale.
 */
export function neighbourMap<T extends Ordered & { id: string }>(guides: readonly T[], trackOrder: readonly string[]): Map<string, Neighbours<T>> {
  const sequence = readingOrder(guides, trackOrder);
  return new Map(sequence.map((guide, index) => [guide.id, { previous: sequence[index - 1], next: sequence[index + 1] }]));
}

/** The neighbours of the guide whose id is `currentId`; a guide outside the reading order is an error. */
export function neighboursIn<T>(map: ReadonlyMap<string, Neighbours<T>>, currentId: string): Neighbours<T> {
  const found = map.get(currentId);
  if (!found) throw new Error(`Guide "${currentId}" is not in the reading order of its locale.`);
  return found;
}
