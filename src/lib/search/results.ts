/**
 * Turns Pagefind's raw results into what the search UI shows: merged across spellings,
 * ranked, interleaved across languages, and with excerpts split into plain text and highlighted runs, so no
 * HTML from the index is ever injected into the page.
 */
import type { Locale } from '../../i18n/locales';

/** The part of a Pagefind result's data the UI reads. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The indexed text, words separated by spaces (or by U+200B where Pagefind segmented it). */
  raw_content?: string;
  /** Positions of the matched words in `raw_content`. */
  locations?: number[];
  meta: { title?: string };
  filters?: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

/** One result of one search, before its details are loaded. */
export interface Candidate<Details> {
  /** The same page found by two spellings shares a key. */
  key: string;
  score: number;
  /** A glossary term or FAQ question the query names exactly (`termKey`): ranks above everything else. */
  exact: boolean;
  /** Found with the query's words together, as a phrase: ranks above results that merely hold each word somewhere. */
  phrase: boolean;
  locale: Locale;
  details: Details;
}

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

export interface SearchHit {
  url: string;
  title: string;
  locale: Locale;
  type: string | undefined;
  excerpt: ExcerptPart[];
  sections: { title: string; url: string; excerpt: ExcerptPart[] }[];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

function decodeEntities(text: string): string {
  // Stryker disable next-line StringLiteral: the pattern matches only names the table holds; the fallback satisfies the type
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => entities[name] ?? '');
}

/** Splits an excerpt such as `a <mark>b</mark> c` into text runs; any other tag is dropped. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else {
      const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
      if (text === '') continue;
      const last = parts.at(-1);
      if (last && last.marked === marked) last.text += text;
      else parts.push({ text, marked });
    }
  }
  return parts;
}

/** The words of a result's text that matched, as written there. */
export function matchedWords(data: Pick<PagefindResultData, 'raw_content' | 'locations'>): string[] {
  const content = data.raw_content ?? '';
  const words = content.includes('\u200B') ? content.split('\u200B') : content.split(/\s+/);
  return data.locations?.flatMap((location) => words[location] ?? []) ?? [];
}

/**
 * Each result once, with its best score, and exact or found as a phrase if any search
 * found it so; the entry the query names first, then phrase matches, then highest score,
 * then by key for a stable order.
 */
export function rankCandidates<Details>(candidates: readonly Candidate<Details>[]): Candidate<Details>[] {
  const best = new Map<string, Candidate<Details>>();
  for (const candidate of candidates) {
    const seen = best.get(candidate.key);
    if (!seen) best.set(candidate.key, candidate);
    else {
      const better = candidate.score > seen.score ? candidate : seen;
      best.set(candidate.key, { ...better, exact: seen.exact || candidate.exact, phrase: seen.phrase || candidate.phrase });
    }
  }
  return [...best.values()].sort(
    (a, b) => Number(b.exact) - Number(a.exact) || Number(b.phrase) - Number(a.phrase) || b.score - a.score || a.key.localeCompare(b.key),
  );
}

/**
 * One list from several ranked ones, taking each list's next result in turn: scores from
 * different languages' indexes do not compare, and a reader who searches every language
 * should see each language's best results first.
 */
export function interleave<Item>(lists: readonly (readonly Item[])[]): Item[] {
  // Every result by its rank in its own list; the sort is stable, so equal ranks keep the lists' order.
  return lists
    .flatMap((list) => list.map((item, rank) => ({ item, rank })))
    .sort((a, b) => a.rank - b.rank)
    .map(({ item }) => item);
}

/** A text directive's value: percent-encoded, with the characters the directive itself uses (`-`, `,`, `&`) escaped too. */
const directiveText = (text: string) => encodeURIComponent(text).replaceAll('-', '%2D');

/** A word of context for a text fragment: one with a letter or digit, from an excerpt that is not cut there. */
const contextWord = (word: string | undefined) => (word !== undefined && /[\p{L}\p{N}]/u.test(word) && !word.includes('…') ? word : undefined);

/**
 * A result's address with a text fragment (`#:~:text=`) for the first word its excerpt
 * marks: the browser scrolls to that word and highlights it, with no script on the page
 * (Chromium, Safari 16.1+, Firefox 131+; others ignore it). The words the excerpt shows
 * just before and after it, where the language spaces its words, are given as context,
 * so the word is found where Pagefind found it rather than at its first use on the page
 * (a table of contents, say). If the browser finds no such text it falls back to the
 * address's `#section`. Chinese has no spaces to take a word of context from, and a bare
 * word would send a section's reader to its first use on the page, so a Chinese section
 * keeps its plain `#section`; a Chinese page result opens at the word.
 */
export function withHighlight(url: string, excerpt: readonly ExcerptPart[], locale: Locale): string {
  const at = excerpt.findIndex((part) => part.marked && part.text.trim() !== '');
  const spaced = locale !== 'zh';
  if (at === -1 || (!spaced && url.includes('#'))) return url;
  const word = excerpt[at]!.text.trim();
  // Trimmed text split at each space: a run of spaces leaves empty strings between words, never at either end.
  const before = spaced ? contextWord(excerpt[at - 1]?.text.trim().split(/\s/u).at(-1)) : undefined;
  const after = spaced ? contextWord(excerpt[at + 1]?.text.trim().split(/\s/u)[0]) : undefined;
  const directive = [before && `${directiveText(before)}-`, directiveText(word), after && `-${directiveText(after)}`].filter(Boolean).join(',');
  return `${url.includes('#') ? url : `${url}#`}:~:text=${directive}`;
}

/** An address without the text fragment `withHighlight` adds: the page and section it opens. */
export function withoutHighlight(url: string): string {
  const at = url.indexOf(':~:');
  return at === -1 ? url : url.slice(0, at).replace(/#$/u, '');
}

/**
 * The address a result links to from the page at `currentPath`. A section of that very
 * page gets its plain `#section`: a jump within a page ignores the text fragment, and
 * Chromium then looks for an element named by the whole fragment and scrolls nowhere.
 */
export function resultHref(url: string, currentPath: string): string {
  const plain = withoutHighlight(url);
  return plain.split('#')[0] === currentPath ? plain : url;
}

/** What the UI shows of one result: its title, type, excerpt and up to three matching sections. */
export function toSearchHit(locale: Locale, data: PagefindResultData): SearchHit {
  const excerpt = excerptParts(data.excerpt);
  return {
    url: withHighlight(data.url, excerpt, locale),
    title: data.meta.title ?? data.url,
    locale,
    type: data.filters?.['type']?.[0],
    excerpt,
    sections: (data.sub_results ?? [])
      .filter((sub) => sub.url !== data.url && sub.url.includes('#'))
      .map((sub) => ({ title: sub.title, url: sub.url, excerpt: excerptParts(sub.excerpt) }))
      .filter((section) => section.excerpt.some((part) => part.marked))
      .slice(0, 3)
      .map((section) => ({ ...section, url: withHighlight(section.url, section.excerpt, locale) })),
  };
}
