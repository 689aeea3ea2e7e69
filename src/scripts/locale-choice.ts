/** The reader's explicit language choice, kept so that `/` can send them back to it. */
import { isLocale, type Locale } from '../i18n/locales';

/** Where the choice is kept in localStorage. */
const localeChoiceKey = 'locale';

export function rememberLocale(locale: string): void {
  if (!isLocale(locale)) return;
  try {
    localStorage.setItem(localeChoiceKey, locale);
  } catch {
    // Storage may be unavailable (private mode, disabled): the choice is simply not kept.
  }
}

export function rememberedLocale(): Locale | undefined {
  try {
    const value = localStorage.getItem(localeChoiceKey);
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
