/** Locale-aware formatting through `Intl`, shared by pages and widgets. */

export function formatDate(date: Date, intlLocale: string): string {
  return new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function formatMinutes(minutes: number, intlLocale: string): string {
  return new Intl.NumberFormat(intlLocale, {
    style: 'unit',
    unit: 'minute',
    unitDisplay: 'long',
  }).format(minutes);
}
