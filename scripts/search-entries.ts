/**
 * Splits a built reference page (the glossary, the FAQ) into the documents the search
 * index holds for it: one per `##` entry, titled by the term or question and linking to
 * its anchor, and one for the rest of the page (its title, lead and introduction). An
 * entry's heading is its title only, kept out of its text, so its excerpt starts with the
 * entry itself rather than repeating the title.
 * The page opts in with `data-search-entries` on the element that would otherwise carry
 * `data-pagefind-body`; its `data-pagefind-filter` and `data-pagefind-ignore` markup
 * carries over, so Pagefind still reads text, filters and titles from HTML.
 */
import { HTMLElement, parse, type Node } from 'node-html-parser';
import { termKeys } from '../src/lib/search/query.ts';

export interface EntryDocument {
  /** The result's address: the page, or the page and the entry's anchor. */
  url: string;
  /** A small HTML document for Pagefind, in the page's language. */
  content: string;
}

/**
 * The weight of an entry's text against a guide's (1): an entry is short, so a word it
 * shares with a guide would otherwise rank it first; the guide about a topic should. A query
 * naming the term itself still finds the entry first, through its title (Pagefind ranks
 * a match in the title metadata, see src/widgets/search-engine.ts).
 */
const entryTextWeight = 0.5;

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

const isEntryHeading = (node: Node): node is HTMLElement =>
  node instanceof HTMLElement && node.tagName === 'H2' && node.id !== '';

/** The documents for a page marked `data-search-entries`, or none for any other page. */
export function entryDocuments(html: string, url: string): EntryDocument[] {
  // Most pages have no entries; parsing each of them would cost more than the index itself.
  if (!html.includes('data-search-entries')) return [];
  const root = parse(html);
  const container = root.querySelector('[data-search-entries]');
  if (!container) return [];
  for (const ignored of container.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();

  const lang = escapeAttribute(root.querySelector('html')?.getAttribute('lang') ?? '');
  const filter = escapeAttribute(container.getAttribute('data-pagefind-filter') ?? '');
  const document = (body: string) =>
    `<html lang="${lang}"><body><div data-pagefind-body data-pagefind-filter="${filter}">${body}</div></body></html>`;

  const entries: { heading: HTMLElement; nodes: Node[] }[] = [];
  const sectionParents = new Set(container.querySelectorAll('h2[id]').flatMap((heading) => heading.parentNode ?? []));
  for (const parent of sectionParents) {
    let current: { heading: HTMLElement; nodes: Node[] } | undefined;
    for (const node of parent.childNodes) {
      if (isEntryHeading(node)) {
        current = { heading: node, nodes: [] };
        entries.push(current);
      } else current?.nodes.push(node);
    }
  }

  const documents = entries.map(({ heading, nodes }) => ({
    url: `${url}#${heading.id}`,
    content: document(
      `<h1 data-pagefind-meta="title" data-pagefind-ignore>${heading.innerHTML}</h1>${termKeys(heading.text)
        .map((key) => `<span data-pagefind-filter="term:${escapeAttribute(key)}" data-pagefind-ignore></span>`)
        .join('')}<div data-pagefind-weight="${entryTextWeight}">${nodes.map((node) => node.toString()).join('')}</div>`,
    ),
  }));
  for (const { heading, nodes } of entries) {
    heading.remove();
    for (const node of nodes) node.remove();
  }
  return [{ url, content: document(container.innerHTML) }, ...documents];
}
