/**
 * The copy rules, each a function from one block of prose to its findings.
 *
 * - `zh-autocorrect`: AutoCorrect's findings on Chinese (full-width punctuation, spaces
 *   between Chinese and Latin letters or digits), run on the text as rendered, so a space
 *   missing at the edge of a link or bold run is caught. Configured by `.autocorrectrc`.
 * - `zh-punctuation`: half-width punctuation touching Chinese that AutoCorrect leaves alone
 *   (semicolons, brackets, which it spaces instead of widening, and `:` `.` `!` after Latin).
 * - `nfc`: text not in Unicode NFC (Vietnamese diacritics typed as combining marks).
 * - `vi-tone-placement`: the older tone placement (hoà, thoả, khoẻ, tuỳ); the site writes
 *   hòa, thỏa, khỏe, tùy.
 * - `terms`: wrong terms and misspellings (terms.ts).
 * - `quotes`: one quotation style per locale: “ ” (and ‘ ’ inside), ’ for an apostrophe;
 *   no straight quotes, no other locale's marks, and every “ closed by a ”.
 * - `unrendered-bold`: `**` left in the text as rendered. CommonMark closes a bold run only
 *   where the `**` is not squeezed between punctuation and a letter, so `**标签。**正文`
 *   shows its asterisks to the reader; `**标签**。正文` renders.
 */
import { format as autocorrect } from 'autocorrect-node';
import type { Locale } from '../../i18n/locales.ts';
import { changes, describeChange } from './changes.ts';
import type { Finding, Prose } from './prose.ts';
import { type Term, terms } from './terms.ts';

const finding = (block: Prose, index: number, rule: string, message: string): Finding => ({
  file: block.file,
  ...block.at(index),
  rule,
  message,
});

const han = /\p{Script=Han}/u;

const fullWidth: Record<string, string> = { ',': '，', '.': '。', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };

/**
 * AutoCorrect's changes, then the half-width marks it leaves alone: it also formats strings
 * in source code, so it never widens `;` or brackets, and widens `:` `.` `!` only between
 * Chinese characters. The lint reads prose alone, so any half-width mark touching a Chinese
 * character, or a bracket around Chinese text, is flagged. A bracket set off by spaces
 * around Latin text or a formula, “(1 − p)^n”, is half-width rightly.
 */
export function chineseCopy(block: Prose): Finding[] {
  if (block.locale !== 'zh') return [];
  const corrected = changes(block.text, autocorrect(block.text));
  const found = corrected.map((change) => finding(block, change.start, 'zh-autocorrect', describeChange(block.text, change)));
  for (const match of block.text.matchAll(/[,.:;?!()]/g)) {
    const [mark] = match;
    const at = match.index;
    if (corrected.some((change) => change.start <= at && at < Math.max(change.end, change.start + 1))) continue;
    // What a bracket encloses: after a `(` up to the next `)`, before a `)` back to the last `(`.
    const enclosed = mark === '(' ? block.text.slice(at + 1).split(')')[0]! : block.text.slice(0, at).split('(').at(-1)!;
    if (han.test(block.text.charAt(at - 1)) || han.test(block.text.charAt(at + 1)) || (/[()]/.test(mark) && han.test(enclosed))) {
      found.push(finding(block, at, 'zh-punctuation', `“${mark}” in Chinese text: write “${fullWidth[mark]}”`));
    }
  }
  return found;
}

/** Each base character with its combining marks, where NFC would write it differently. */
export function notNfc(block: Prose): Finding[] {
  const found: Finding[] = [];
  for (const match of block.text.matchAll(/\P{M}\p{M}*/gu)) {
    const composed = match[0].normalize('NFC');
    if (composed !== match[0]) {
      const code = [...match[0]].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
      found.push(finding(block, match.index, 'nfc', `“${composed}” is written as ${code}, not in NFC: write it precomposed`));
    }
  }
  return found;
}

/** The tone mark on the second vowel of an open oa, oe or uy (qu- aside, where u is part of the consonant). */
const oldTone = /(?<![\p{L}\p{M}])(\p{L}*?)(o[àáảãạ]|o[èéẻẽẹ]|(?<!q)u[ỳýỷỹỵ])(?![\p{L}\p{M}])/giu;

export function vietnameseTonePlacement(block: Prose): Finding[] {
  if (block.locale !== 'vi') return [];
  const found: Finding[] = [];
  for (const match of block.text.normalize('NFC').matchAll(oldTone)) {
    // Both groups always take part in a match; the vowels are two precomposed letters, the second toned.
    const [word, onset, vowels] = match;
    const toned = vowels!.charAt(1).normalize('NFD');
    const newer = onset! + (vowels!.charAt(0) + toned.slice(1)).normalize('NFC') + toned.charAt(0);
    found.push(finding(block, match.index, 'vi-tone-placement', `“${word}”: the site places the tone as in “${newer}”`));
  }
  return found;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each term as a pattern: whole words, or for Chinese, which runs words together, any occurrence not inside a longer word. */
const termPatterns = Object.fromEntries(
  Object.entries(terms).map(([locale, list]) => [
    locale,
    list.map((term) => {
      const wrong = escapeRegExp(term.wrong);
      const source = han.test(term.wrong)
        ? `${wrong}${term.notBefore ? `(?![${term.notBefore}])` : ''}`
        : `(?<![\\p{L}\\p{M}\\p{N}])${wrong}(?![\\p{L}\\p{M}\\p{N}])`;
      return { term, pattern: new RegExp(source, 'giu') };
    }),
  ]),
) as Record<Locale, { term: Term; pattern: RegExp }[]>;

export function wrongTerms(block: Prose): Finding[] {
  const found: Finding[] = [];
  const text = block.text.normalize('NFC');
  for (const { term, pattern } of termPatterns[block.locale]) {
    for (const match of text.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (term.mention && text[match.index - 1] === '“' && text[end] === '”') continue;
      found.push(finding(block, match.index, 'terms', `“${match[0]}”: ${term.advice}`));
    }
  }
  return found;
}

export function quotationMarks(block: Prose): Finding[] {
  const found: Finding[] = [];
  // A dictionary may hold a quotation mark alone, as the mark to print around something.
  if (block.text === '“' || block.text === '”') return found;
  let open: number | undefined;
  for (const match of block.text.matchAll(/["'“”]|[「」『』«»„]/g)) {
    const mark = match[0];
    const at = match.index;
    if (mark === '"') {
      found.push(finding(block, at, 'quotes', 'straight double quote: write “ ”'));
    } else if (mark === "'") {
      const apostrophe = /\p{L}/u.test(block.text.charAt(at - 1)) && /\p{L}/u.test(block.text.charAt(at + 1));
      found.push(finding(block, at, 'quotes', apostrophe ? 'straight apostrophe: write ’' : 'straight single quote: write ‘ ’'));
    } else if (mark === '“') {
      if (open !== undefined) found.push(finding(block, open, 'quotes', '“ is not closed before the next “'));
      open = at;
    } else if (mark === '”') {
      if (open === undefined) found.push(finding(block, at, 'quotes', '” closes a quotation that was never opened with “'));
      open = undefined;
    } else {
      found.push(finding(block, at, 'quotes', `“${mark}”: the site quotes with “ ” (‘ ’ inside) in every language`));
    }
  }
  if (open !== undefined) found.push(finding(block, open, 'quotes', '“ is never closed with ”'));
  return found;
}

/** Bold markers the Markdown parser left as text, which the reader would see. */
export function unrenderedBold(block: Prose): Finding[] {
  return [...block.text.matchAll(/\*\*|__/g)].map((match) =>
    finding(block, match.index, 'unrendered-bold', `“${match[0]}” is shown as is: put punctuation next to a bold run outside it (**label**。 not **label。**)`),
  );
}

export const proseRules: readonly ((block: Prose) => Finding[])[] = [
  chineseCopy,
  notNfc,
  vietnameseTonePlacement,
  wrongTerms,
  quotationMarks,
  unrenderedBold,
];
