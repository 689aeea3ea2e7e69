/**
 * Text in and out of HTML strings, for build steps that read rendered Markdown without
 * parsing it into a document: Sätteri writes plain tags and escapes only the characters
 * HTML requires, so dropping tags and decoding entities gives the text a reader sees.
 */

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the named entities above and every numeric one; leaves any other `&…;` as written. */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/giu, (entity, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return named[body.toLowerCase()] ?? entity;
  });
}

/**
 * The text of an HTML fragment: a line break made a space, other tags dropped (an inline
 * tag can sit inside a word: `<strong>CTO</strong>s`), entities decoded, white space collapsed.
 */
export function textOfHtml(html: string): string {
  const withoutTags = html.replace(/<br\s*\/?>/giu, ' ').replace(/<[^>]*>/gu, '');
  return decodeEntities(withoutTags).replace(/\s+/gu, ' ').trim();
}

/** `text` safe inside an element or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
