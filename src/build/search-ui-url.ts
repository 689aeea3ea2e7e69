/**
 * A Vite plugin giving the header's first-load search script the URL of the search UI
 * bundle (`import uiUrl from 'virtual:search-ui-url'`). The script loads that bundle with
 * a `<script type="module">` element instead of `import()`: Vite wraps every dynamic
 * import in its preload helper, a shared chunk that would be one more request, and one
 * more script, on every page's first load. Without imports the first-load script is
 * small enough for Astro to inline it.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const virtualId = 'virtual:search-ui-url';
const resolvedId = `\0${virtualId}`;
const placeholder = '__SEARCH_UI_URL__';
const uiEntry = fileURLToPath(new URL('../widgets/mount-search.tsx', import.meta.url));

export function searchUiUrl(): Plugin {
  let building = false;
  let reference: string | undefined;
  return {
    name: 'search-ui-url',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId(id) {
      return id === virtualId ? resolvedId : undefined;
    },
    load(id) {
      if (id !== resolvedId) return undefined;
      // The dev server serves the source module at its own path.
      if (!building) return `export default ${JSON.stringify(`/@fs${uiEntry}`)};`;
      reference = this.emitFile({ type: 'chunk', id: uiEntry });
      return `export default ${JSON.stringify(placeholder)};`;
    },
    renderChunk(code) {
      if (!reference || !code.includes(placeholder)) return null;
      return code.replaceAll(placeholder, `/${this.getFileName(reference)}`);
    },
  };
}
