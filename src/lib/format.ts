/** Locale-aware formatting through `Intl`, shared by pages and widgets. */
import { memoByKey } from './memo';

/**
 * Remembers one `Intl` formatter per locale and option set. Making a formatter costs
 * far more than formatting with it (locale data is looked up and resolved), and a build
 * formats dates and durations on every page, a calculator on every keystroke.
 */
function cachedPerOptions<O, F>(make: (intlLocale: string, options: O) => F): (intlLocale: string, options: O) => F {
  const made = memoByKey((key: string) => make(...(JSON.parse(key) as [string, O])));
  return (intlLocale, options) => made(JSON.stringify([intlLocale, options]));
}

/** A shared `Intl.NumberFormat` for the locale and options (see `cachedPerOptions`). */
export const numberFormat = cachedPerOptions((intlLocale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(intlLocale, options));

/** A shared `Intl.DateTimeFormat` for the locale and options. */
export const dateFormat = cachedPerOptions((intlLocale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(intlLocale, options));

/** A shared `Intl.PluralRules` for the locale. */
export const pluralRules = cachedPerOptions((intlLocale, options: Intl.PluralRulesOptions) => new Intl.PluralRules(intlLocale, options));

export function formatDate(date: Date, intlLocale: string): string {
  return dateFormat(intlLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * When a source appeared, as the source gives it: a year alone ("2017", "2017年") or a
 * day ("February 10, 2020", "2020年2月10日", "10 tháng 2, 2020").
 */
export function formatPublished(published: string, intlLocale: string): string {
  if (published.length === 4) {
    return dateFormat(intlLocale, { year: 'numeric', timeZone: 'UTC' }).format(new Date(`${published}-01-01T00:00:00Z`));
  }
  return formatDate(new Date(`${published}T00:00:00Z`), intlLocale);
}

export function formatMinutes(minutes: number, intlLocale: string): string {
  return numberFormat(intlLocale, {
    style: 'unit',
    unit: 'minute',
    unitDisplay: 'long',
  }).format(minutes);
}

/** A sum of money in whole units of its currency: "$120,000", "¥120,000", "120.000.000 ₫". */
export function formatMoney(value: number, currency: string, intlLocale: string): string {
  return numberFormat(intlLocale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
}

/**
 * A short form of a sum for chart labels and summaries: "$1.2M", "¥12万", "1,2 tỷ ₫".
 * Vietnamese spells the magnitude out (tỷ, triệu), which reads better than its
 * one-letter abbreviations, so the currency sign follows the long compact number.
 * Axis ticks such as 1.25M ask for a second fraction digit.
 */
export function formatMoneyCompact(value: number, currency: string, intlLocale: string, maximumFractionDigits = 1): string {
  if (new Intl.Locale(intlLocale).language === 'vi') {
    const number = numberFormat(intlLocale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits });
    // Stryker disable next-line OptionalChaining: a currency format always has a currency part; `?.` satisfies the type
    const sign = numberFormat(intlLocale, { style: 'currency', currency })
      .formatToParts(0)
      .find((part) => part.type === 'currency')?.value;
    return `${number.format(value)} ${sign ?? currency}`;
  }
  return numberFormat(intlLocale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits }).format(value);
}

/** A plain number as the locale writes it, for input fields: "1,250,000", "1.250.000". */
export function formatPlain(value: number, intlLocale: string): string {
  return numberFormat(intlLocale, { maximumFractionDigits: 2 }).format(value);
}

/**
 * A field's value as the field shows it once read: the locale's grouping and every
 * decimal the value has, so a link's 0.004 stays 0.004 (the value's shortest exact
 * spelling is formatted, not a rounded double). A fraction of exactly three digits
 * after 1 to 999 would read as a thousands group ("1.125" or "1,125"), which the
 * parser refuses as ambiguous, so it is written with a fourth digit ("1.1250").
 */
export function formatFieldNumber(value: number, intlLocale: string): string {
  const exact = String(value) as Intl.StringNumericLiteral;
  const unsigned = exact.replace('-', '');
  // Stryker disable next-line StringLiteral: split always gives a whole part, and a missing fraction is no group of three whether it reads '' or any other text but three characters
  const [whole = '', fraction = ''] = unsigned.split('.');
  const readsAsGroup = fraction.length === 3 && whole !== '0' && whole.length <= 3;
  return numberFormat(intlLocale, { maximumFractionDigits: 20, minimumFractionDigits: readsAsGroup ? 4 : 0 }).format(exact);
}

/** A share as a percentage: 0.125 → "12.5%". */
export function formatPercent(share: number, intlLocale: string): string {
  return numberFormat(intlLocale, { style: 'percent', maximumFractionDigits: 2 }).format(share);
}

/**
 * A percentage as the reader entered it, with every decimal it has: a linked 0.004 reads
 * "0.004%", not "0%" (the value's shortest exact spelling is formatted, as in
 * `formatFieldNumber`).
 */
export function formatPercentExact(percent: number, intlLocale: string): string {
  const exact = String(percent) as Intl.StringNumericLiteral;
  return numberFormat(intlLocale, { style: 'unit', unit: 'percent', maximumFractionDigits: 20 }).format(exact);
}

/**
 * A percentage computed from entered ones, such as the vested part of a share: two
 * decimals, or three significant digits where that says more, so a small share never
 * reads as "0%" while the model counts it ("0.00333%").
 */
export function formatPercentComputed(percent: number, intlLocale: string): string {
  return numberFormat(intlLocale, {
    style: 'unit',
    unit: 'percent',
    maximumFractionDigits: 2,
    maximumSignificantDigits: 3,
    roundingPriority: 'morePrecision',
  }).format(percent);
}

/** A number of years spelled out: "5 years", "5年", "5 năm". */
export function formatYears(years: number, intlLocale: string): string {
  return numberFormat(intlLocale, { style: 'unit', unit: 'year', unitDisplay: 'long', maximumFractionDigits: 1 }).format(years);
}

/** Sentences in a row: Chinese full stops need no space after them, Latin ones do; an empty one adds nothing. */
export function joinSentences(...sentences: string[]): string {
  return sentences.reduce((text, next) => (text === '' || next === '' ? text + next : /[。！？]$/u.test(text) ? text + next : `${text} ${next}`), '');
}
