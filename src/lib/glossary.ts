/**
 * The glossary's entries as guides quote them: each `## Term {#id}` of the rendered glossary
 * page with a short definition, the first sentence of the paragraph under it. The glossary
 * stays the one source; this reads what it says.
 */
import type { SentenceScript } from '../i18n/locales';
import { firstSentence } from './first-sentence';
import { textOfHtml } from './html-text';

export interface GlossaryEntry {
  /** The entry's anchor on the glossary page. */
  id: string;
  /** The term as the entry's heading names it. */
  term: string;
  /** The first sentence of the entry's first paragraph, as plain text. */
  definition: string;
}

const entryHeading = /<h2\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/h2>/gu;
const paragraph = /<p>([\s\S]*?)<\/p>/u;

/** The entries of a rendered glossary page, by anchor; throws for an entry with no paragraph. */
export function glossaryEntries(html: string, script: SentenceScript): ReadonlyMap<string, GlossaryEntry> {
  const headings = [...html.matchAll(entryHeading)];
  const entries = new Map<string, GlossaryEntry>();
  headings.forEach((heading, index) => {
    // Stryker disable next-line StringLiteral: both groups always take part in a match
    const [whole, id = '', term = ''] = heading;
    const body = html.slice(heading.index + whole.length, headings[index + 1]?.index);
    const first = paragraph.exec(body)?.[1];
    if (first === undefined) throw new Error(`glossary entry #${id} has no paragraph to take its definition from`);
    entries.set(id, { id, term: textOfHtml(term), definition: firstSentence(textOfHtml(first), script) });
  });
  return entries;
}
