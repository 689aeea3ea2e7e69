/**
 * Word boundaries for Chinese headings. A browser may break Chinese text between any two
 * characters, so a phone splits a heading inside a word ("即服/务"). The build marks each
 * boundary between two Chinese words with <wbr>, and CSS (`word-break: keep-all`) allows
 * breaks only there. The words come from the platform's dictionary segmenter (ICU, through
 * Intl.Segmenter); no library is needed.
 */

/** The site's Chinese terms that the dictionary splits but a line never should (headings, social cards). */
export const zhTerms: readonly string[] = ['即服务', '首席技术官', '首席执行官', '首席财务官', '首席营销官', '创始人', '合伙人', '称职'];

/** Whether text ends, or begins, with a Chinese character (a whole code point, so one outside the BMP counts too). */
const hanEnd = /\p{Script=Han}$/u;
const hanStart = /^\p{Script=Han}/u;
const heading = /<(h[1-4])(\s[^>]*)?>([\s\S]*?)<\/\1>/gi;
const island = /<astro-island\b|<\/astro-island>/gi;

/**
 * Plain text with <wbr> between adjacent Chinese words; other text as it was. `terms`
 * are compounds kept whole although the dictionary splits them ("即|服务", "首席|技术|官").
 */
// Stryker disable next-line ArrayDeclaration: a default term of Latin text has no <wbr> inside to take out, so joining it changes nothing
export function markWordBreaks(text: string, segmenter: Intl.Segmenter, terms: readonly string[] = []): string {
  let out = '';
  // The text so far ends with the previous segment.
  for (const { segment } of segmenter.segment(text)) {
    if (hanEnd.test(out) && hanStart.test(segment)) out += '<wbr>';
    out += segment;
  }
  for (const term of terms) out = out.replaceAll(new RegExp([...term].join('(?:<wbr>)?'), 'g'), term);
  return out;
}

/** A heading's inner HTML with word breaks marked in its text, never inside a tag. */
function markHeading(inner: string, segmenter: Intl.Segmenter, terms: readonly string[]): string {
  return inner
    .split(/(<[^>]*>)/)
    .map((part, i) => (i % 2 === 0 ? markWordBreaks(part, segmenter, terms) : part))
    .join('');
}

/**
 * The page with word breaks marked in every <h1>–<h4>, except inside interactive islands,
 * whose markup the browser re-renders and must find as the server left it.
 */
// Stryker disable next-line ArrayDeclaration: a default term of Latin text has no <wbr> inside to take out, so joining it changes nothing
export function markHeadingWordBreaks(html: string, locale: string, terms: readonly string[] = []): string {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  const mark = (part: string) =>
    part.replace(
      heading,
      (_, tag: string, attributes: string | undefined, inner: string) =>
        `<${tag}${attributes ?? ''}>${markHeading(inner, segmenter, terms)}</${tag}>`,
    );
  let out = '';
  let depth = 0;
  let from = 0;
  for (const match of html.matchAll(island)) {
    const at = match.index;
    const opening = match[0].toLowerCase() === '<astro-island';
    if (opening && depth === 0) {
      out += mark(html.slice(from, at));
      from = at;
    }
    depth = Math.max(0, depth + (opening ? 1 : -1));
    // An island's markup, up to and including this tag, passes through as it is.
    const end = at + match[0].length;
    out += html.slice(from, end);
    from = end;
  }
  return out + (depth === 0 ? mark(html.slice(from)) : html.slice(from));
}
