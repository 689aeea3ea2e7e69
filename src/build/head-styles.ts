/**
 * Moves every `<style>` in a built page's body to the end of its `<head>`. Astro writes its
 * island style (`astro-island{display:contents}`) right before the first island, in the
 * body, where HTML allows a style element only as the first child of its parent (the W3C
 * Nu validator reports it). At the end of the head the rules still come after the page's
 * stylesheets, so the cascade is unchanged, and a hash-based policy still matches them.
 */
const styleElement = /<style\b[^>]*>[\s\S]*?<\/style>/gi;

/** The page with its body's style elements at the end of its head, in their order; unchanged without any. */
export function stylesToHead(html: string): string {
  const headEnd = html.search(/<\/head>/i);
  const bodyStart = html.search(/<body\b/i);
  if (headEnd === -1 || bodyStart === -1 || bodyStart < headEnd) return html;
  const body = html.slice(bodyStart);
  const styles = body.match(styleElement);
  if (!styles) return html;
  return html.slice(0, headEnd) + styles.join('') + html.slice(headEnd, bodyStart) + body.replace(styleElement, '');
}
