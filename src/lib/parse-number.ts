/**
 * Reads a number the way a reader types it in their locale: grouping separators
 * ("1,250,000", "1.250.000", "1 250 000"), a decimal mark, a currency sign, and the
 * shorthand people use for large sums (12k, 1.5M, 12万, 1,2 tỷ, 300 triệu).
 * Returns a reason instead of guessing when the text is not a number.
 */
import type { Locale } from '../i18n/locales';

export type ParseResult = { ok: true; value: number } | { ok: false; reason: 'empty' | 'malformed' };

/** Decimal mark and grouping separator as each locale writes them. */
const separators: Record<Locale, { decimal: string; group: string }> = {
  en: { decimal: '.', group: ',' },
  zh: { decimal: '.', group: ',' },
  vi: { decimal: ',', group: '.' },
};

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
  let sign = 1;
  if (/^[-−]/u.test(rest)) {
    sign = -1;
    rest = rest.slice(1);
  }
  const body = normalizeBody(rest, separators[locale]);
  if (body === undefined) return { ok: false, reason: 'malformed' };
  const value = Number(body) * multiplier * sign;
  if (!Number.isFinite(value)) return { ok: false, reason: 'malformed' };
  // Drop the binary noise of e.g. 1.2 × 1e8 so the field reads back as typed.
  return { ok: true, value: Number(value.toPrecision(15)) };
}

/** The digits in JavaScript's own notation ("1234.5"), or undefined when malformed. */
function normalizeBody(body: string, { decimal, group }: { decimal: string; group: string }): string | undefined {
  if (!/^[\d.,]*\d[\d.,]*$/.test(body)) return undefined;
  const groups = body.split(group);
  const decimals = body.split(decimal);
  if (groups.length > 1 && decimals.length > 1) {
    // Both marks: grouping first, then one decimal mark.
    const [whole = '', fraction = ''] = body.split(decimal);
    if (decimals.length !== 2 || fraction.includes(group) || !isGrouped(whole.split(group))) return undefined;
    return `${whole.split(group).join('')}.${fraction}`;
  }
  if (groups.length > 1) {
    if (isGrouped(groups)) return groups.join('');
    // One separator that cannot be grouping ("1,5", "1.5") is a decimal mark in any locale.
    return groups.length === 2 && groups[0] !== '' && groups[1] !== '' ? groups.join('.') : undefined;
  }
  if (decimals.length > 2 || decimals.some((part) => part === '')) return undefined;
  return decimals.join('.');
}

/** "1" "234" "567": a head of one to three digits, then groups of exactly three. */
function isGrouped(parts: string[]): boolean {
  const [head = '', ...tail] = parts;
  return /^\d{1,3}$/.test(head) && tail.length > 0 && tail.every((part) => /^\d{3}$/.test(part));
}
