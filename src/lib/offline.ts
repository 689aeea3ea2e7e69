/**
 * The offline mode's rules, without DOM or Cache API, shared by the build step
 * (scripts/build-offline.ts), the service worker (src/offline/sw.ts) and the home page's
 * "Keep this language offline" control (src/offline/keep-offline.ts).
 *
 * A deployment is one version: every cache the worker fills carries the version in its
 * name (`cto-guide-<version>-shell`, `-pages`, `-offline-<locale>`), so a worker only ever
 * reads its own deployment's files and a new worker fills its own caches before it takes
 * over; the old ones are deleted when it activates. A page is stored only when every
 * hashed asset it names is in its version's shell, so a cached page never points to
 * assets of another deployment.
 */
// With extensions: scripts/build-offline.ts runs this module under Node's type stripping.
import { locales, type Locale } from '../i18n/locales.ts';

const cachePrefix = 'cto-guide-';

export type CacheKind = 'shell' | 'pages' | `offline-${Locale}`;

export function cacheName(version: string, kind: CacheKind): string {
  return `${cachePrefix}${version}-${kind}`;
}

/** The version a cache of this site belongs to; undefined for any other cache. */
export function cacheVersion(name: string): string | undefined {
  if (!name.startsWith(cachePrefix)) return undefined;
  const rest = name.slice(cachePrefix.length);
  const dash = rest.indexOf('-');
  return dash > 0 ? rest.slice(0, dash) : undefined;
}

/** The locale a kept-offline cache holds, or undefined for the shell, the pages or another site's cache. */
export function keptLocale(name: string): Locale | undefined {
  const version = cacheVersion(name);
  if (!version) return undefined;
  const kind = name.slice(cachePrefix.length + version.length + 1);
  return locales.find((locale) => kind === `offline-${locale}`);
}

/** What a locale's offline download holds, as the build writes it to /offline/<locale>.json. */
export interface OfflineSet {
  locale: Locale;
  /** Site paths of the locale's pages (`/en/guides/x/`) and its app manifest. */
  pages: string[];
  /** Site paths of the files Pagefind fetches to search this locale. */
  search: string[];
  /** gzip bytes of the pages, the search bundle and the shared shell: what the download costs. */
  bytes: number;
  /**
   * A digest of every file of the set. The worker's precache list carries this file's
   * revision, so a deployment that changes only a page's text is still a new version.
   */
  revision: string;
}

/** Pagefind's own UI files: the site has its own search UI, so they are never fetched. */
const pagefindUi = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\./;

/**
 * Which built files (paths relative to dist/, `/` separated) a locale's offline set
 * holds, as site paths: its pages and manifest, and its Pagefind bundle minus the UI.
 */
export function offlinePaths(locale: Locale, files: readonly string[]): Pick<OfflineSet, 'pages' | 'search'> {
  const pages: string[] = [];
  const search: string[] = [];
  for (const file of files) {
    if (file.startsWith(`${locale}/`)) {
      if (file.endsWith('/index.html')) pages.push(`/${file.slice(0, -'index.html'.length)}`);
      else if (file.endsWith('.webmanifest')) pages.push(`/${file}`);
    } else if (file.startsWith(`pagefind/${locale}/`)) {
      const name = file.slice(`pagefind/${locale}/`.length);
      if (!pagefindUi.test(name)) search.push(`/${file}`);
    }
  }
  return { pages: pages.sort(), search: search.sort() };
}

/** Built files the worker stores when it installs: Astro's hashed CSS and JS, icons, the offline modules and lists. */
export const shellGlobs = ['_astro/*.{css,js}', 'favicon.svg', 'apple-touch-icon.png', 'icons/*.png', 'offline/*.{js,json}', 'sw-update.js'];

/** One precache entry as workbox-build's injectManifest writes it into the worker. */
export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/**
 * The deployment's version: a digest (FNV-1a, 32 bits, base 36) of the precache list,
 * which changes whenever any shell file or any locale's offline set changes.
 */
export function shellVersion(entries: readonly PrecacheEntry[]): string {
  let hash = 0x811c9dc5;
  for (const char of entries.map(({ url, revision }) => `${url} ${revision ?? ''}`).join('\n')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** Site paths of the hashed assets (`/_astro/…`) a page's HTML names. */
export function astroAssets(html: string): string[] {
  return [...new Set(html.match(/\/_astro\/[\w.@-]+\.(?:css|js)/g) ?? [])];
}

/** Whether a page may be stored beside this shell: every hashed asset it names is in it. */
export function belongsToShell(html: string, shell: ReadonlySet<string>): boolean {
  return astroAssets(html).every((asset) => shell.has(asset));
}

/** A download size the way the locale writes it: "860 kB", "1.4 MB", "1,4 MB". */
export function formatBytes(bytes: number, intlLocale: string): string {
  const megabytes = bytes >= 1_000_000;
  return new Intl.NumberFormat(intlLocale, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: megabytes ? 1 : 0,
  }).format(megabytes ? bytes / 1_000_000 : Math.max(1, bytes / 1_000));
}

/** Messages the home page's control sends the worker. */
export type OfflineRequest = { type: 'status' | 'keep' | 'remove'; locale: Locale } | { type: 'skip-waiting' };

/** The worker's answers, posted to the page that asked. */
export type OfflineReply =
  | { type: 'status'; locale: Locale; kept: boolean }
  | { type: 'progress'; locale: Locale; done: number; total: number }
  | { type: 'kept'; locale: Locale }
  | { type: 'removed'; locale: Locale }
  | { type: 'failed'; locale: Locale };
