/**
 * Localized URL helpers. Every localized page lives at `/{locale}/…/` with the same
 * path after the locale in every language, so switching language is a swap of the
 * first segment.
 */
import { isLocale, locales, type Locale } from './locales';

/** `/{locale}/a/b/` for the given path segments (empty segments are dropped). */
export function localizedPath(locale: Locale, ...segments: string[]): string {
  const rest = segments.flatMap((s) => s.split('/')).filter(Boolean);
  return `/${[locale, ...rest].join('/')}/`;
}

/** The locale a pathname belongs to, or undefined for a page outside any locale. */
export function localeOfPath(pathname: string): Locale | undefined {
  const first = pathname.split('/')[1];
  return isLocale(first) ? first : undefined;
}

/** The same page in another locale: `/zh/guides/x/` → `/vi/guides/x/`. */
export function switchLocale(pathname: string, target: Locale): string {
  const parts = pathname.split('/');
  if (!isLocale(parts[1])) return localizedPath(target);
  parts[1] = target;
  return parts.join('/');
}

/** The page's URL in every locale, for the language picker and hreflang links. */
export function alternatePaths(pathname: string): { locale: Locale; path: string }[] {
  return locales.map((locale) => ({ locale, path: switchLocale(pathname, locale) }));
}

/**
 * The locale's Atom feed of guides (src/pages/[locale]/feed.xml.ts): a file at the top of
 * the locale, where readers and feed tools look for one, beside the pages it announces.
 */
export function feedPath(locale: Locale): string {
  return `/${locale}/feed.xml`;
}

/** The locale's web app manifest (src/pages/[locale]/manifest.webmanifest.ts). */
export function manifestPath(locale: Locale): string {
  return `/${locale}/manifest.webmanifest`;
}
