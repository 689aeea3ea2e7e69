/**
 * Turns Pagefind's raw results into what the search UI shows: merged across query
 * variants and languages, ranked, and with excerpts split into plain text and
 * highlighted runs, so no HTML from the index is ever injected into the page.
 */
import type { Locale } from '../../i18n/locales';

/** The part of a Pagefind result's data the UI reads. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters?: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

export interface RawHit {
  score: number;
  locale: Locale;
  data: PagefindResultData;
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

/** One hit per page, keeping its best score; highest score first, then by URL for a stable order. */
export function rankHits(raw: readonly RawHit[], limit = 20): SearchHit[] {
  const best = new Map<string, RawHit>();
  for (const hit of raw) {
    const seen = best.get(hit.data.url);
    if (!seen || hit.score > seen.score) best.set(hit.data.url, hit);
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.data.url.localeCompare(b.data.url))
    .slice(0, limit)
    .map(({ locale, data }) => ({
      url: data.url,
      title: data.meta.title ?? data.url,
      locale,
      type: data.filters?.['type']?.[0],
      excerpt: excerptParts(data.excerpt),
      sections: (data.sub_results ?? [])
        .filter((sub) => sub.url !== data.url && sub.url.includes('#'))
        .map((sub) => ({ title: sub.title, url: sub.url, excerpt: excerptParts(sub.excerpt) }))
        .filter((section) => section.excerpt.some((part) => part.marked))
        .slice(0, 3),
    }));
}
