/** What every e2e test file shares: the browser, the site's address, its built pages. */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';

export const baseURL = inject('baseURL');

/** Contexts opened by `openPage` that are still open. */
const openContexts = new Set<BrowserContext>();

/**
 * Connects to the shared Chromium before the file's tests and disconnects after. Each
 * test's pages are closed when it ends, so a long file does not keep dozens of live
 * pages (and their renderer processes) until its last test.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.connect(inject('wsEndpoint'));
  });
  afterEach(async () => {
    await Promise.all([...openContexts].map((context) => context.close()));
    openContexts.clear();
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

/** A fresh page in its own context that records every error the reader would not see. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ baseURL, ...options });
  openContexts.add(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { page, problems };
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
  // evaluate() runs outside the page's CSP, which would refuse an injected <script>.
  await page.evaluate(axeSource);
  return page.evaluate(async (context) => {
    type Result = { violations: { id: string; nodes: { target: unknown }[] }[] };
    const axe = (window as unknown as { axe: { run: (context: string | Document) => Promise<Result> } }).axe;
    const result = await axe.run(context ?? document);
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }, scope);
}
