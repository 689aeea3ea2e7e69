/**
 * A Vite plugin giving a first-load script the URL of a bundle it loads on demand
 * (`import uiUrl from 'virtual:search-ui-url'`): the header's search UI, or a guide's
 * side-by-side composer. The script loads that bundle itself (a `<script type="module">`
 * element, or `import()` of the URL) instead of `import()` of the module: Vite wraps every
 * dynamic import of a module in its preload helper, a shared chunk that would be one more
 * request, and one more script, on every page's first load. Without imports the
 * first-load script is small enough for Astro to inline it.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** `virtualId` exports the site path of the bundle built from `entry` (a file URL). */
export function bundleUrl(virtualId: string, entry: URL): Plugin {
  const resolvedId = `\0${virtualId}`;
  const placeholder = `__BUNDLE_URL_${virtualId.replace(/\W/gu, '_')}__`;
  const entryPath = fileURLToPath(entry);
  let building = false;
  let reference: string | undefined;
  return {
    name: `bundle-url:${virtualId}`,
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId(id) {
      return id === virtualId ? resolvedId : undefined;
    },
    load(id) {
      if (id !== resolvedId) return undefined;
      // The dev server serves the source module at its own path.
      if (!building) return `export default ${JSON.stringify(`/@fs${entryPath}`)};`;
      reference = this.emitFile({ type: 'chunk', id: entryPath });
      return `export default ${JSON.stringify(placeholder)};`;
    },
    renderChunk(code) {
      if (!reference || !code.includes(placeholder)) return null;
      return code.replaceAll(placeholder, `/${this.getFileName(reference)}`);
    },
  };
}
