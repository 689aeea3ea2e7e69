/**
 * Query variants that make search forgiving of the way readers type. Pagefind already
 * ignores tone marks and other combining diacritics, but Vietnamese `đ` is a letter of
 * its own, so a reader typing `doc` on a phone would miss `đốc`. For Vietnamese queries
 * typed without `đ`, a second variant spells every `d` as `đ`; results of both merge.
 */
import type { Locale } from '../../i18n/locales';

export function queryVariants(query: string, locale: Locale): string[] {
  const trimmed = query.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return [];
  const variants = [trimmed];
  if (locale === 'vi' && /d/i.test(trimmed) && !/đ/i.test(trimmed)) {
    variants.push(trimmed.replace(/d/g, 'đ').replace(/D/g, 'Đ'));
  }
  return variants;
}
