/**
 * Content entries on disk. A guide or page is Markdown (.md), or MDX (.mdx) if it ever
 * needs a component of its own; tests name entries by slug and find the file either way.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const markdownFile = /^(.+)\.mdx?$/;

/** The slugs of a collection's entries in one locale, sorted. */
export function entrySlugs(collection: string, locale: string, contentDir = 'content'): string[] {
  return readdirSync(join(contentDir, collection, locale))
    .flatMap((file) => markdownFile.exec(file)?.[1] ?? [])
    .sort();
}

/** The path of an entry's file, `.md` or `.mdx`; the `.mdx` path when neither exists. */
export function entryFile(collection: string, locale: string, slug: string, contentDir = 'content'): string {
  const md = join(contentDir, collection, locale, `${slug}.md`);
  return existsSync(md) ? md : join(contentDir, collection, locale, `${slug}.mdx`);
}
