/**
 * Reads dist/ as a crawler would, without running scripts: every HTML page's links and
 * asset references (including `<noscript>` content and absolute URLs on the site's own
 * origin, such as canonical and hreflang links), the ids each page defines, and the
 * `url()` references in the built CSS.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';

export interface Reference {
  /** The file in dist/ that holds the reference. */
  from: string;
  /** The reference as written. */
  raw: string;
  url: URL;
}

export interface DistIndex {
  /** Site paths of every file, as served (`/en/`, `/404.html`, `/_astro/x.css`). */
  files: Set<string>;
  /** Ids (and `<a name>`) defined by each HTML page, by site path. */
  ids: Map<string, Set<string>>;
  references: Reference[];
}

const localOrigin = 'http://dist.invalid';

function walk(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name), root) : [relative(root, join(dir, entry.name)).split(sep).join('/')],
  );
}

/** `/en/index.html` is served as `/en/`. */
const sitePath = (file: string) => `/${file}`.replace(/\/index\.html$/, '/');

/** The site's public origin, as the sitemap reference in robots.txt gives it. */
function siteOrigin(dist: string): string {
  const sitemap = /^Sitemap: (\S+)$/m.exec(readFileSync(join(dist, 'robots.txt'), 'utf8'))?.[1];
  if (!sitemap) throw new Error(`${dist}/robots.txt names no sitemap, so the site's origin is unknown`);
  return new URL(sitemap).origin;
}

export function indexDist(dist = 'dist'): DistIndex {
  const files = walk(dist);
  const origin = siteOrigin(dist);
  const index: DistIndex = { files: new Set(files.map(sitePath)), ids: new Map(), references: [] };
  const add = (from: string, raw: string, base: string) => {
    const trimmed = raw.trim();
    if (trimmed === '' || /^(data|mailto|tel|javascript):/i.test(trimmed)) return;
    const url = new URL(trimmed, new URL(base, localOrigin));
    if (url.origin === origin) index.references.push({ from, raw, url: new URL(url.pathname + url.search + url.hash, localOrigin) });
    else if (url.origin === localOrigin) index.references.push({ from, raw, url });
  };
  for (const file of files) {
    if (file.startsWith('pagefind/')) continue;
    const path = sitePath(file);
    if (file.endsWith('.html')) {
      // Parse <noscript> and <pre> as markup: their links matter too.
      const root = parse(readFileSync(join(dist, file), 'utf8'), { blockTextElements: { script: true, style: true } });
      index.ids.set(path, new Set(root.querySelectorAll('[id], a[name]').map((el) => el.getAttribute('id') ?? el.getAttribute('name') ?? '')));
      for (const el of root.querySelectorAll('[href], [src], [srcset], [action]')) {
        for (const name of ['href', 'src', 'action']) {
          const value = el.getAttribute(name);
          if (value !== undefined) add(file, value, path);
        }
        for (const candidate of el.getAttribute('srcset')?.split(',') ?? []) add(file, candidate.trim().split(/\s+/)[0] ?? '', path);
      }
    } else if (file.endsWith('.css')) {
      for (const [, value] of readFileSync(join(dist, file), 'utf8').matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
        if (value && !value.startsWith('#')) add(file, value, path);
      }
    }
  }
  return index;
}

/** Why a reference does not resolve, or undefined when it does. */
export function brokenReason(index: DistIndex, { url }: Reference): string | undefined {
  const path = decodeURI(url.pathname);
  const target = index.files.has(path) ? path : index.files.has(`${path}/`) ? `${path}/` : undefined;
  if (!target) return 'no such file in dist/';
  const anchor = decodeURIComponent(url.hash.slice(1));
  if (anchor && !index.ids.get(target)?.has(anchor)) return `no #${anchor} on ${target}`;
  return undefined;
}
