/**
 * Writes an Atom 1.0 feed (RFC 4287) as text. Node has no XML serialiser and no installed
 * package writes Atom (@astrojs/rss writes RSS 2.0), and a feed needs only a dozen
 * elements, so they are written here with every text and attribute escaped.
 */

export interface AtomEntry {
  /** The page's absolute URL, which is also the entry's permanent id. */
  url: string;
  title: string;
  /** Plain text, shown by feed readers under the title. */
  summary: string;
  updated: Date;
  /** A machine-readable term and its label in the feed's language. */
  category: { term: string; label: string };
}

export interface AtomFeed {
  /** The BCP 47 language of every text in the feed (`xml:lang`). */
  lang: string;
  title: string;
  subtitle: string;
  author: string;
  /** The feed's own absolute URL, which is also its id. */
  selfUrl: string;
  /** The absolute URL of the HTML page that lists the same entries. */
  alternateUrl: string;
  /** In any order: the feed lists them newest first. */
  entries: readonly AtomEntry[];
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Characters XML 1.0 cannot hold even escaped: most C0 controls, lone surrogates, U+FFFE/FFFF. */
const notXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Text escaped for XML element content or a double- or single-quoted attribute value. */
export function escapeXml(text: string): string {
  const bad = notXml.exec(text);
  if (bad) throw new Error(`XML cannot hold U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} in "${text}"`);
  return text.replace(/[&<>"']/g, (char) => escapes[char]!);
}

/** RFC 3339 date-time in UTC, to the second: `2026-11-22T00:00:00Z`. */
export function rfc3339(date: Date): string {
  // The only dot in an ISO date-time is the one before the milliseconds.
  return date.toISOString().replace(/\.\d{3}/, '');
}

/** Newest first; entries updated the same day keep a stable order by URL. */
export function newestFirst(entries: readonly AtomEntry[]): AtomEntry[] {
  // Stryker disable next-line EqualityOperator: an entry's URL is its id, so no two entries share one and < orders them as <= does
  return [...entries].sort((a, b) => b.updated.getTime() - a.updated.getTime() || (a.url < b.url ? -1 : 1));
}

const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;
const link = (rel: string, type: string, href: string) => `<link rel="${rel}" type="${type}" href="${escapeXml(href)}"/>`;

function entryXml(entry: AtomEntry): string {
  return [
    '  <entry>',
    `    ${element('id', entry.url)}`,
    `    ${element('title', entry.title)}`,
    `    ${element('updated', rfc3339(entry.updated))}`,
    `    ${link('alternate', 'text/html', entry.url)}`,
    `    ${element('summary', entry.summary)}`,
    `    <category term="${escapeXml(entry.category.term)}" label="${escapeXml(entry.category.label)}"/>`,
    '  </entry>',
  ].join('\n');
}

/**
 * The feed document. Its `updated` is the newest entry's, not the build time, so an
 * unchanged site builds a byte-identical feed. A feed needs an entry to take that date from.
 */
export function atomFeed(feed: AtomFeed): string {
  const entries = newestFirst(feed.entries);
  const newest = entries[0];
  if (!newest) throw new Error(`The feed "${feed.title}" has no entries, so it has no date.`);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  ${element('id', feed.selfUrl)}`,
    `  ${element('title', feed.title)}`,
    `  ${element('subtitle', feed.subtitle)}`,
    `  ${element('updated', rfc3339(newest.updated))}`,
    `  <author>${element('name', feed.author)}</author>`,
    `  ${link('self', 'application/atom+xml', feed.selfUrl)}`,
    `  ${link('alternate', 'text/html', feed.alternateUrl)}`,
    ...entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}
