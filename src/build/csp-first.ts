/**
 * Moves each built page's content security policy `<meta>` to the top of `<head>`.
 * Astro writes it after the page's own head content, but a policy in a `<meta>` governs
 * only what the parser meets after it: the inline theme script and the stylesheet links
 * before it would escape it. `<meta charset>` stays first (it must sit in the first
 * 1,024 bytes, and the policy with its hashes is longer than that). The same pass moves
 * style elements out of the body (src/build/head-styles.ts).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { stylesToHead } from './head-styles';

const policyMeta = /<meta http-equiv="content-security-policy"[^>]*>/i;
const charsetMeta = /<meta charset="[^"]*">/i;

/** The page with its policy right after `<meta charset>`; unchanged when it has no policy. */
export function policyFirst(html: string): string {
  const policy = policyMeta.exec(html)?.[0];
  const charset = charsetMeta.exec(html);
  if (!policy || !charset) return html;
  const withoutPolicy = html.replace(policy, '');
  const at = charset.index + charset[0].length;
  return withoutPolicy.slice(0, at) + policy + withoutPolicy.slice(at);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

export function cspFirst(): AstroIntegration {
  return {
    name: 'csp-first',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for (const file of await htmlFiles(dir.pathname)) {
          const html = await readFile(file, 'utf8');
          const moved = policyFirst(stylesToHead(html));
          if (moved !== html) await writeFile(file, moved);
        }
      },
    },
  };
}
