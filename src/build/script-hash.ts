/**
 * The CSP hash of an inline script's text, for `Astro.csp.insertScriptHash`. The policy's
 * <meta> is written with the <head>, so a hash must be inserted before then: by a component
 * rendered in <head>, or by the page's own frontmatter for a script in its body.
 */
import { createHash } from 'node:crypto';

export function scriptHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source).digest('base64')}`;
}
