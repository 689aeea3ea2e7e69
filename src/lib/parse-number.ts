/**
 * Reads a number the way a reader types it in their locale: grouping separators
 * ("1,250,000", "1.250.000", "1 250 000"), a decimal mark, a currency sign, and the
 * shorthand people use for large sums (12k, 1.5M, 12万, 1,2 tỷ, 300 triệu).
 * Either style of grouping is read where the text allows one reading only
 * ("120,000,000" and "120.000.000" in any locale, "1.234,5" and "1,234.5" alike);
 * the one text that fits both, a single mark followed by three digits that the
 * locale writes as its decimal mark ("1,500" in Vietnamese, "1.500" in English), is
 * refused with both readings rather than guessed.
 */
import type { Locale } from '../i18n/locales';

export type ParseResult =
  | { ok: true; value: number }
  | { ok: false; reason: 'empty' | 'malformed' }
  /** Both readings of an ambiguous text: as a thousands group, then as a decimal. */
  | { ok: false; reason: 'ambiguous'; readings: readonly [grouped: number, decimal: number] };

/** The grouping separator each locale writes (its decimal mark is the other one). */
const groupMarks: Record<Locale, ',' | '.'> = { en: ',', zh: ',', vi: '.' };

/** Shorthand multipliers, longest spelling first so "tr" does not shadow "triệu". */
const multipliers: [string, number][] = [
  ['nghìn tỷ', 1e12],
  ['nghìn', 1e3],
  ['ngàn', 1e3],
  ['triệu', 1e6],
  ['tr', 1e6],
  ['tỷ', 1e9],
  ['tỉ', 1e9],
  ['万亿', 1e12],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
  ['bn', 1e9],
  ['k', 1e3],
  ['m', 1e6],
  ['b', 1e9],
];

const currencyMarks = /^(?:us\$|\$|¥|￥|₫|usd|cny|rmb|vnd)|(?:₫|đ|đồng|元|usd|cny|rmb|vnd|%)$/giu;
const spaces = /[\s\u00a0\u202f]/gu;

export function parseNumber(text: string, locale: Locale): ParseResult {
  let rest = text.normalize('NFC').trim().toLowerCase();
  if (rest === '') return { ok: false, reason: 'empty' };
  rest = rest.replace(currencyMarks, '').trim();
  let multiplier = 1;
  for (const [word, factor] of multipliers) {
    if (rest.endsWith(word)) {
      multiplier = factor;
      rest = rest.slice(0, -word.length).trim();
      break;
    }
  }
  rest = rest.replace(currencyMarks, '').replace(spaces, '');
  let sign = '';
  // Stryker disable next-line Regex: a minus after the first character is still in the text once that character is dropped, and the body refuses it
  if (/^[-−]/u.test(rest)) {
    sign = '-';
    rest = rest.slice(1);
  }
  const body = readBody(rest, groupMarks[locale]);
  if (body === undefined) return { ok: false, reason: 'malformed' };
  // Drop the binary noise of e.g. 1.2 × 1e8 so the field reads back as typed.
  const scale = (digits: string) => Number((Number(sign + digits) * multiplier).toPrecision(15));
  // An ambiguous text has at most six digits, so both readings are finite.
  if ('ambiguous' in body) return { ok: false, reason: 'ambiguous', readings: [scale(body.ambiguous[0]), scale(body.ambiguous[1])] };
  const value = scale(body.digits);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'malformed' };
}

type Body = { digits: string } | { ambiguous: readonly [grouped: string, decimal: string] };

/** The digits in JavaScript's own notation ("1234.5"), both readings when ambiguous, or undefined when malformed. */
function readBody(body: string, group: ',' | '.'): Body | undefined {
  // Digits and marks only; a text of marks alone ends with a mark, which every reading below refuses.
  if (!/^[\d.,]+$/.test(body)) return undefined;
  const marks = body.replace(/\d/g, '');
  const last = marks.at(-1);
  if (last === undefined) return { digits: body };
  const other = last === '.' ? ',' : '.';
  if (marks.includes(other)) {
    // Both marks: the last one is the decimal mark; the other groups the whole part, which
    // therefore holds digits and grouping marks only (a decimal mark used twice fails here).
    const at = body.lastIndexOf(last);
    const whole = body.slice(0, at).split(other);
    const fraction = body.slice(at + 1);
    if (fraction === '' || !isGrouped(whole)) return undefined;
    return { digits: `${whole.join('')}.${fraction}` };
  }
  const parts = body.split(last);
  // The same mark twice or more can only be grouping.
  if (parts.length > 2) return isGrouped(parts) ? { digits: parts.join('') } : undefined;
  // Stryker disable next-line StringLiteral: the mark occurs once here, so both parts exist and the defaults only satisfy the type
  const [whole = '', fraction = ''] = parts;
  if (whole === '' || fraction === '') return undefined;
  if (!isGrouped(parts)) return { digits: `${whole}.${fraction}` };
  if (last === group) return { digits: whole + fraction };
  return { ambiguous: [whole + fraction, `${whole}.${fraction}`] };
}

/** "1" "234" "567": a head of one to three digits not starting with 0, then groups of exactly three (callers pass two parts or more). */
function isGrouped(parts: string[]): boolean {
  // Stryker disable next-line StringLiteral: a split text has a first part, so the default only satisfies the type
  const [head = '', ...tail] = parts;
  return /^[1-9]\d{0,2}$/.test(head) && tail.every((part) => /^\d{3}$/.test(part));
}
