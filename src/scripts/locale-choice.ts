/** The reader's explicit language choice, kept so that `/` can send them back to it. */
import { isLocale, type Locale } from '../i18n/locales';

const key = 'locale';

export function rememberLocale(locale: string): void {
  if (!isLocale(locale)) return;
  try {
    localStorage.setItem(key, locale);
  } catch {
    // Storage may be unavailable (private mode, disabled): the choice is simply not kept.
  }
}

export function rememberedLocale(): Locale | undefined {
  try {
    const value = localStorage.getItem(key);
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
