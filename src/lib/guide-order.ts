/** Pure helpers for entry identity and guide ordering; no Astro APIs, so they are unit-tested. */
import { isLocale, type Locale } from '../i18n/locales';

/**
 * Splits the id of a localized content entry, `{locale}/{slug}` (from the file
 * `content/<collection>/{locale}/{slug}.mdx`), into its parts.
 */
export function parseLocalizedId(id: string): { locale: Locale; slug: string } {
  const [locale, slug, ...rest] = id.split('/');
  if (!isLocale(locale) || !slug || rest.length > 0) {
    throw new Error(`Entry "${id}" must live at content/<collection>/{en,zh,vi}/<slug>.mdx`);
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

/** The guides before and after `current` within its track, if any. */
export function neighbours<T extends Ordered>(
  guides: readonly T[],
  current: T,
): { previous: T | undefined; next: T | undefined } {
  const track = trackInOrder(guides, current.data.track);
  const index = track.indexOf(current);
  return { previous: track[index - 1], next: track[index + 1] };
}
