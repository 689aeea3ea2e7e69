import type { Locale } from '../i18n/locales';
import { memoByKey } from '../lib/memo';

/**
 * A query over one locale's content, run once per locale in a build: the content does not
 * change while it renders, so every page shares the result. `astro dev` runs it afresh so
 * that edits show.
 */
export function perLocale<V>(compute: (locale: Locale) => V): (locale: Locale) => V {
  return import.meta.env.DEV ? compute : memoByKey(compute);
}
