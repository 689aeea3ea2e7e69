/**
 * The first sentence of a plain text, by the rules of the script it is written in.
 *
 * Chinese ends a sentence with a full-width mark (。！？) and no space after it. English and
 * Vietnamese end one with a stop, question or exclamation mark followed by a space; a
 * stop inside a number ("1.5") is followed by a digit, never a space, so it never ends one.
 * A closing quotation mark or bracket right after the mark belongs to the sentence it ends.
 *
 * A stop and a space do not end a sentence after a known abbreviation ("e.g. Stripe") or
 * when the next word starts in lower case or with a digit ("etc. and", "approx. 5"), since
 * a sentence never does. "etc." and "v.v." are not in the list: they end sentences too.
 */
import type { SentenceScript } from '../i18n/locales';

/** Abbreviations followed by a stop and a space inside a sentence, in lower case. */
const abbreviations = new Set([
  // English
  'e.g.',
  'i.e.',
  'cf.',
  'vs.',
  'approx.',
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'prof.',
  'st.',
  'no.',
  'inc.',
  'ltd.',
  'co.',
  'corp.',
  'u.s.',
  'u.k.',
  // Vietnamese: thành phố, tiến sĩ, thạc sĩ, giáo sư, phó giáo sư
  'tp.',
  'ts.',
  'ths.',
  'gs.',
  'pgs.',
]);

/** Closing quotation marks and brackets, as the inside of a character class. */
const closers = '”’"\')）」』\\]';
/** A full-width sentence mark and any closing marks after it. */
const hanEnd = new RegExp(`[。！？][${closers}]*`, 'u');
/** A Latin sentence mark, any closing marks, then the space before the next sentence. */
const latinEnd = new RegExp(`([.?!])[${closers}]*(?=\\s+(\\S?))`, 'gu');

/** Whether the stop at `index` of `text` ends the word before it as a known abbreviation. */
function endsAbbreviation(text: string, index: number): boolean {
  const before = text.slice(0, index + 1);
  const word = before.slice(before.search(/\S*$/u));
  return abbreviations.has(word.replace(/^[(“‘"']+/u, '').toLowerCase());
}

/** Whether a sentence can start with `letter`: not in lower case, not a digit. */
const opensSentence = (letter: string) => !/[\p{Ll}\p{N}]/u.test(letter);

function latinFirstSentence(text: string): string {
  for (const match of text.matchAll(latinEnd)) {
    // Stryker disable next-line StringLiteral: both groups always take part in a match
    const [ending, mark = '', next = ''] = match;
    if (mark === '.' && (endsAbbreviation(text, match.index) || !opensSentence(next))) continue;
    return text.slice(0, match.index + ending.length);
  }
  return text;
}

/** The first sentence of `text` (its whole text if it has one sentence), trimmed. */
export function firstSentence(text: string, script: SentenceScript): string {
  const trimmed = text.trim();
  if (script === 'latin') return latinFirstSentence(trimmed);
  const end = hanEnd.exec(trimmed);
  return end ? trimmed.slice(0, end.index + end[0].length) : trimmed;
}
