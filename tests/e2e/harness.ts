/** What every e2e test file shares: the browser, the site's address, its built pages. */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';

export const baseURL = inject('baseURL');

/** Contexts opened by `openPage` that are still open. */
const openContexts = new Set<BrowserContext>();

/** A page `sharedPage` keeps for the file's later tests that ask for the same context options. */
interface SharedEntry {
  key: string;
  page: Page;
  inUse: boolean;
}
const sharedPages: SharedEntry[] = [];

/**
 * Connects to the shared Chromium before the file's tests and disconnects after. Each
 * test's pages are closed (or, from `sharedPage`, emptied for a later test) when it ends,
 * so a long file does not keep dozens of live pages (and their renderer processes) until
 * its last test.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.connect(inject('wsEndpoint'));
  });
  afterEach(async () => {
    await Promise.all([...openContexts].map((context) => context.close()));
    openContexts.clear();
    await Promise.all(sharedPages.filter((entry) => entry.inUse).map(release));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is not connected yet.');
    return browser;
  };
}

export interface WatchedPage {
  page: Page;
  /** Console errors, uncaught exceptions and CSP violations seen so far. */
  problems: string[];
}

/** Records every error on the page the reader would not see. */
function watch(page: Page): WatchedPage {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { page, problems };
}

/**
 * Contexts run without the site's service worker unless a test asks for it
 * (`serviceWorkers: 'allow'`, tests/e2e/offline.test.ts): a worker answers requests from
 * its caches where `page.route` cannot see them, so a test that makes a request fail
 * would pass or fail with the worker's timing.
 */
const contextDefaults: BrowserContextOptions = { baseURL, serviceWorkers: 'block' };

/** A fresh page in its own context that records every error the reader would not see. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ ...contextDefaults, ...options });
  openContexts.add(context);
  return watch(await context.newPage());
}

/**
 * Like `openPage`, but the page may be one an earlier test of the file used with the same
 * options, emptied in between: at about:blank, with no listeners, routes, cookies or
 * storage, the mouse off the page. A fresh context costs a new renderer process and most
 * of a page load's CPU, the largest share of a test that only loads a page and reads it.
 * What a shared page keeps: the HTTP cache, the history, and any init script, emulated
 * media or viewport a test sets, so a test that counts requests, makes one fail, goes
 * back past its own first page, adds an init script or changes the emulation uses
 * `openPage` (or, for the emulation, sets it itself before loading its page).
 */
export async function sharedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const key = JSON.stringify(options);
  let entry = sharedPages.find((candidate) => candidate.key === key && !candidate.inUse);
  if (!entry) {
    const context = await browser.newContext({ ...contextDefaults, ...options });
    entry = { key, page: await context.newPage(), inUse: false };
    sharedPages.push(entry);
  }
  entry.inUse = true;
  return watch(entry.page);
}

/** Empties a shared page for the next test, or drops it if that fails or its test closed it. */
async function release(entry: SharedEntry) {
  const { page } = entry;
  try {
    if (page.isClosed()) throw new Error('closed by its test');
    page.removeAllListeners();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    const context = page.context();
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    if (page.url().startsWith(baseURL)) {
      await page.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      });
    }
    await context.clearCookies();
    await page.mouse.move(-1, -1);
    await page.goto('about:blank');
    entry.inUse = false;
  } catch {
    sharedPages.splice(sharedPages.indexOf(entry), 1);
    await page.context().close().catch(() => undefined);
  }
}

/** Site paths of every HTML page in dist/: `/en/`, `/zh/guides/x/`, `/404.html`. */
export function builtPages(dir = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        const url = `/${relative(dir, path).split(sep).join('/')}`;
        pages.push(url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url);
      }
    }
  };
  walk(dir);
  return pages.sort();
}

/** Built pages that belong to a locale (everything but `/` and the 404 page). */
export function localizedPages(): string[] {
  return builtPages().filter((p) => /^\/(en|zh|vi)\//.test(p));
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations on the page (or within `scope`, a selector), one line each with its targets. */
export async function axeViolations(page: Page, scope?: string): Promise<string[]> {
  // axe.min.js is half a megabyte: compile it once per document, not once per run (a
  // second run on the same document, e.g. after a theme switch, reuses it).
  // evaluate() runs outside the page's CSP, which would refuse an injected <script>.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (context) => {
    type Result = { violations: { id: string; nodes: { target: unknown }[] }[] };
    type Options = { resultTypes: string[] };
    const axe = (window as unknown as { axe: { run: (context: string | Document, options: Options) => Promise<Result> } }).axe;
    // Only violations are read: axe then skips building selectors for every passing node,
    // the larger part of a run on a long page. Violations are reported in full either way.
    const result = await axe.run(context ?? document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }, scope);
}
