/**
 * The service worker, bundled to /sw.js by scripts/build-offline.ts, which injects the
 * precache list (workbox-build's injectManifest) where `self.__WB_MANIFEST` stands.
 *
 * Each deployment is one version with caches of its own (src/lib/offline.ts):
 * - install stores the shell (hashed CSS and JS, icons, the offline lists) and, when an
 *   older version ran before, downloads again what the reader had: their visited pages
 *   and every language they keep offline, so the new version starts complete;
 * - the new worker then waits: pages already open keep the worker and the assets they were
 *   loaded with, and every page the old worker serves from then on carries the "updated"
 *   notice (src/offline/update-notice.ts, added here so that no page pays for it on every
 *   load), whose Reload button asks for `skip-waiting`; activation deletes the old caches;
 * - the very first worker claims the open page at once (there is nothing to mix it with)
 *   and stores that page, so the page the reader first opened is there offline too.
 * Pages are fetched from the network first and stored only when their assets are in this
 * version's shell; everything else is answered from this version's caches first.
 */
import { locales, type Locale } from '../i18n/locales';
import {
  belongsToShell,
  cacheName,
  cacheVersion,
  keptLocale,
  shellVersion,
  type CacheKind,
  type OfflineReply,
  type OfflineRequest,
  type OfflineSet,
  type PrecacheEntry,
} from '../lib/offline';

/** The parts of the worker's global scope used here (the DOM library types the project compiles with lack them). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: OfflineRequest;
  readonly source: { postMessage(message: OfflineReply): void } | null;
}
interface WorkerScope {
  readonly location: Location;
  readonly registration: { readonly waiting: object | null };
  skipWaiting(): Promise<void>;
  readonly clients: {
    claim(): Promise<void>;
    matchAll(options: { type: 'window' }): Promise<readonly { url: string }[]>;
  };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
// Written as injectManifest looks for it; the build replaces it with the list.
const manifest = (self as unknown as { __WB_MANIFEST: PrecacheEntry[] }).__WB_MANIFEST;
const version = shellVersion(manifest);
const shell = new Set(manifest.map(({ url }) => url));
const ownCaches: string[] = [cacheName(version, 'pages'), ...locales.map((l) => cacheName(version, `offline-${l}`)), cacheName(version, 'shell')];

const open = (kind: CacheKind) => caches.open(cacheName(version, kind));

/** Fetches past the HTTP cache's freshness (a revalidation costs a 304), so a file is this deployment's. */
const fetchFresh = (path: string) => fetch(path, { cache: 'no-cache' });

/** Stores a page if it is this version's (see belongsToShell); answers whether it did. */
async function storePage(cache: Cache, path: string, response: Response): Promise<boolean> {
  if (!response.ok || !response.headers.get('content-type')?.includes('text/html')) return false;
  if (!belongsToShell(await response.clone().text(), shell)) return false;
  await cache.put(path, response);
  return true;
}

/** Downloads paths into a cache a few at a time, calling `progress` after each. */
async function download(cache: Cache, paths: readonly string[], progress: (done: number) => void): Promise<void> {
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < paths.length) {
      const path = paths[next++] as string;
      const response = await fetchFresh(path);
      if (!response.ok) throw new Error(`${path} answered ${response.status}`);
      await cache.put(path, response);
      progress(++done);
    }
  };
  await Promise.all([lane(), lane(), lane(), lane()]);
}

async function offlineSet(locale: Locale): Promise<OfflineSet> {
  const response = await (await open('shell')).match(`/offline/${locale}.json`);
  if (!response) throw new Error(`The shell lacks /offline/${locale}.json`);
  return (await response.json()) as OfflineSet;
}

/** The list is stored last: a kept language's cache holds it only once every file is in. */
async function keep(locale: Locale, progress: (done: number, total: number) => void): Promise<void> {
  const set = await offlineSet(locale);
  const paths = [...set.pages, ...set.search];
  const cache = await open(`offline-${locale}`);
  await download(cache, paths, (done) => progress(done, paths.length));
  await cache.put(`/offline/${locale}.json`, Response.json(set));
}

async function isKept(locale: Locale): Promise<boolean> {
  return Boolean(await (await open(`offline-${locale}`)).match(`/offline/${locale}.json`));
}

/** What the reader had under the version before this one: the languages kept and the pages visited. */
async function carryOver(): Promise<void> {
  for (const name of await caches.keys()) {
    const from = cacheVersion(name);
    if (!from || from === version) continue;
    const locale = keptLocale(name);
    if (locale) {
      if (await (await caches.open(name)).match(`/offline/${locale}.json`)) await keep(locale, () => undefined);
    } else if (name === cacheName(from, 'pages')) {
      const pages = await open('pages');
      const requests = await (await caches.open(name)).keys();
      await Promise.all(requests.map(async ({ url }) => storePage(pages, url, await fetchFresh(url)).catch(() => false)));
    }
  }
}

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await open('shell');
      await Promise.all(
        manifest.map(async ({ url }) => {
          const response = await fetchFresh(url);
          if (!response.ok) throw new Error(`${url} answered ${response.status}`);
          await cache.put(url, response);
        }),
      );
      await carryOver();
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const first = !(await caches.keys()).some((name) => {
        const other = cacheVersion(name);
        return other !== undefined && other !== version;
      });
      await Promise.all((await caches.keys()).filter((name) => cacheVersion(name) && !ownCaches.includes(name)).map((name) => caches.delete(name)));
      if (!first) return;
      await worker.clients.claim();
      const pages = await open('pages');
      const windows = await worker.clients.matchAll({ type: 'window' });
      await Promise.all(
        windows
          .map(({ url }) => new URL(url))
          .filter((url) => url.origin === worker.location.origin)
          .map(async ({ pathname }) => storePage(pages, pathname, await fetchFresh(pathname)).catch(() => false)),
      );
    })(),
  );
});

/** The update notice's module, added to a page while a newer worker waits. */
const updateNotice = '<script type="module" src="/sw-update.js"></script>';

async function withUpdateNotice(response: Response): Promise<Response> {
  if (!worker.registration.waiting || !response.headers.get('content-type')?.includes('text/html')) return response;
  const html = (await response.text()).replace('</head>', `${updateNotice}</head>`);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** A page: the network's copy (stored for later), else the stored one. */
async function page(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  let response: Response | undefined;
  try {
    response = await fetch(request);
    await storePage(await open('pages'), pathname, response.clone());
  } catch (error) {
    for (const name of ownCaches) {
      response = await (await caches.open(name)).match(pathname);
      if (response) break;
    }
    if (!response) throw error;
  }
  return withUpdateNotice(response);
}

/**
 * Any other file: this version's copy if it has one, else the network. Pagefind asks for its
 * entry file with a `?ts=` query, and the preview server varies on `Origin`, which module
 * scripts send and the worker's own downloads do not.
 */
async function file(request: Request): Promise<Response> {
  for (const name of ownCaches) {
    const stored = await (await caches.open(name)).match(request, { ignoreSearch: true, ignoreVary: true });
    if (stored) return stored;
  }
  return fetch(request);
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== worker.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? page(request) : file(request));
});

worker.addEventListener('message', (event) => {
  const message = event.data;
  const reply = (answer: OfflineReply) => event.source?.postMessage(answer);
  if (message.type === 'skip-waiting') {
    event.waitUntil(worker.skipWaiting());
    return;
  }
  const { locale } = message;
  if (message.type === 'status') {
    event.waitUntil(isKept(locale).then((kept) => reply({ type: 'status', locale, kept })));
  } else if (message.type === 'remove') {
    event.waitUntil(caches.delete(cacheName(version, `offline-${locale}`)).then(() => reply({ type: 'removed', locale })));
  } else {
    event.waitUntil(
      keep(locale, (done, total) => reply({ type: 'progress', locale, done, total })).then(
        () => reply({ type: 'kept', locale }),
        () => reply({ type: 'failed', locale }),
      ),
    );
  }
});
