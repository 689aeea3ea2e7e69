/**
 * A Vite plugin that lets a component's `<script>` import the site's helpers and still be
 * inlined. Astro inlines a script only when its bundle imports no other chunk, and the
 * bundler never copies a module into two chunks: a helper that the script shares with any
 * other script (`locales.ts` is shared by most of them) becomes a chunk of its own, and
 * the script a request on every page that carries it. For the listed components, this
 * plugin gives the script's imports, and theirs, ids of their own (the file's path with
 * `?inline-copy`), so the script bundles private copies of them and stays inline, while
 * the source keeps one helper.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import type { Plugin } from 'vite';

const suffix = '?inline-copy';

/** A module id without its query. */
const path = (id: string) => id.split('?', 1)[0] ?? id;

/** `components` are absolute paths of `.astro` files whose scripts must stay inline. */
export function inlineScriptImports(components: readonly string[]): Plugin {
  const copies = (importer: string) => importer.endsWith(suffix) || (components.includes(path(importer)) && importer.includes('type=script'));
  return {
    name: 'inline-script-imports',
    apply: 'build',
    // Before Vite's own resolver, which would resolve the imports to the shared modules.
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !copies(importer)) return null;
      const resolved = await this.resolve(source, path(importer), { ...options, skipSelf: true });
      // Only the site's own source files are copied; packages and virtual modules stay as they are.
      if (!resolved || resolved.external || !isAbsolute(resolved.id) || resolved.id.includes('/node_modules/')) return resolved;
      return { ...resolved, id: `${path(resolved.id)}${suffix}` };
    },
    async load(id) {
      if (!id.endsWith(suffix)) return null;
      const file = path(id);
      return { code: await readFile(file, 'utf8'), moduleType: file.endsWith('.ts') ? 'ts' : 'js' };
    },
  };
}
