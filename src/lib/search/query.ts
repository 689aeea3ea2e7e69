/**
 * What a query asks for, word by word, and how forgiving to be of the way readers type.
 *
 * Words are split the way Pagefind splits them: at spaces, and for Chinese at the word
 * boundaries of `Intl.Segmenter`; punctuation is dropped and case ignored. Pagefind already
 * ignores tone marks and other combining diacritics, but Vietnamese `đ` is a letter of its
 * own, so a reader typing `doc` on a phone would miss `đốc`: a Vietnamese word typed
 * without `đ` may also be spelled with every `d` as `đ`.
 *
 * Pagefind answers a word it does not know with the longest indexed word that begins it
 * ("xyzzy" finds "X"). The search engine asks which spellings the index really holds
 * (`beginsAWord` decides for a word still being typed) and searches those alone.
 */
import type { Locale } from '../../i18n/locales';

export interface QueryWord {
  /** The word as the reader typed it, without punctuation: what the UI may quote back. */
  text: string;
  /** The spellings to look up, lower case, in the order to try them. */
  spellings: string[];
}

/** What is not part of a word: Pagefind drops punctuation and symbols from queries and from the index. */
const notInWords = /[^\p{L}\p{M}\p{N}\s_]/gu;

/** Languages written without spaces between words. */
const segmented: Partial<Record<Locale, Intl.Segmenter>> = {
  zh: new Intl.Segmenter('zh-CN', { granularity: 'word' }),
};

function pieces(query: string, locale: Locale): string[] {
  const segmenter = segmented[locale];
  // A run of spaces leaves empty pieces, which have no word to search for.
  if (!segmenter) return query.split(/\s/);
  return [...segmenter.segment(query)].map((segment) => segment.segment);
}

/** The words of a query and the spellings of each worth looking up. */
export function queryWords(query: string, locale: Locale): QueryWord[] {
  return pieces(query.normalize('NFC'), locale).flatMap((piece) => {
    const text = piece.replace(notInWords, '').trim();
    if (text === '') return [];
    const spelling = text.toLocaleLowerCase();
    const spellings = [spelling];
    if (locale === 'vi' && spelling.includes('d') && !spelling.includes('đ')) spellings.push(spelling.replaceAll('d', 'đ'));
    return [{ text, spellings }];
  });
}

/** A word folded as Pagefind compares words: lower case, without punctuation or combining marks. */
export function foldWord(word: string): string {
  return word.replace(notInWords, '').toLocaleLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * A glossary term or FAQ question reduced to what a reader may type for it: lower case,
 * without spaces, punctuation or tone marks, `đ` as `d` (a Vietnamese phone keyboard
 * without diacritics types neither). The index files each entry under the keys of its
 * title (`termKeys`), and a query with the same key is asking for that entry.
 */
export function termKey(text: string): string {
  return foldWord(text.normalize('NFC').toLocaleLowerCase().replaceAll('đ', 'd')).replace(/\s/gu, '');
}

/** The keys of a heading: the whole, and each name it gives in brackets or after a slash ("Vesting (vesting period, cliff)"). */
export function termKeys(title: string): string[] {
  const names = [title, ...title.split(/[()（）／/、,，]/u)];
  return [...new Set(names.map(termKey).filter((key) => key !== ''))];
}

/**
 * Whether some word of a result's text starts with what the reader typed: true for a word
 * still being typed ("engagem" in "engagements"), false for the short indexed word Pagefind
 * falls back to ("X" for "xyzzy"). Compound words count whole and by their parts.
 */
export function beginsAWord(typed: string, words: readonly string[]): boolean {
  const folded = foldWord(typed);
  if (folded === '') return false;
  return words.some((word) =>
    [word, ...word.split(notInWords)].some((part) => foldWord(part).startsWith(folded)),
  );
}

/**
 * Every way of picking one spelling per word, the typed spellings first; at most `limit`
 * of them, so a long Vietnamese query typed without `đ` stays a handful of searches.
 */
export function spellingCombinations(choices: readonly (readonly string[])[], limit: number): string[][] {
  let combinations: string[][] = [[]];
  for (const spellings of choices) {
    combinations = combinations.flatMap((start) => spellings.map((spelling) => [...start, spelling])).slice(0, limit);
  }
  return choices.length === 0 ? [] : combinations;
}
