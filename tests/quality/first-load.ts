/**
 * What a page costs on its first load: every request Chromium makes until the network
 * is idle, sized as the gzip of the file in dist/ (what a CDN would send; the preview
 * server sends files uncompressed). Used by `npm run size` and the budgets test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

export interface FirstLoad {
  path: string;
  requests: number;
  /** gzip bytes by resource type. The HTML includes its inline scripts and styles. */
  htmlBytes: number;
  cssBytes: number;
  /** Script files plus inline scripts (each gzipped alone), the figure the budgets limit. */
  jsBytes: number;
  otherBytes: number;
  totalBytes: number;
  /** The requested paths, for a failure message that shows what loaded. */
  requested: string[];
}

const gzipCache = new Map<string, number>();

function gzipBytes(dist: string, sitePath: string): number {
  let size = gzipCache.get(sitePath);
  if (size === undefined) {
    const file = join(dist, decodeURIComponent(sitePath), sitePath.endsWith('/') ? 'index.html' : '');
    size = gzipSync(readFileSync(file), { level: 9 }).length;
    gzipCache.set(sitePath, size);
  }
  return size;
}

export async function measureFirstLoad(browser: Browser, baseURL: string, path: string, dist = 'dist'): Promise<FirstLoad> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const loaded: { path: string; type: string }[] = [];
  page.on('requestfinished', (request) => {
    const url = new URL(request.url());
    if (url.origin === new URL(baseURL).origin) loaded.push({ path: url.pathname, type: request.resourceType() });
  });
  let inlineScripts: string[];
  try {
    const response = await page.goto(path, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${path} answered ${response?.status()}`);
    await page.waitForLoadState('networkidle');
    // On a busy machine the network can fall idle while an island's modules are still being
    // evaluated, which once measured a tool page at a third of its script: wait until every island that hydrates at first load (all but client:visible
    // ones outside the window) has hydrated (Astro then drops its `ssr` attribute), then for
    // the requests that started.
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('astro-island[ssr]')].every((island) => {
          const box = island.getBoundingClientRect();
          return island.getAttribute('client') === 'visible' && (box.top >= innerHeight || box.bottom <= 0);
        }),
      undefined,
      { timeout: 30_000 },
    );
    // A hydrated island may import more modules (a chart, a panel) after a pause for work:
    // count the load as done once no request has started or finished for one and a half seconds.
    await quietFor(page, 1_500, 30_000);
    inlineScripts = await page.locator('script:not([src])').evaluateAll((scripts) => scripts.map((s) => s.textContent ?? ''));
  } finally {
    await context.close();
  }
  const sum = (types: string[] | 'other') =>
    loaded
      .filter(({ type }) => (types === 'other' ? !['document', 'stylesheet', 'script'].includes(type) : types.includes(type)))
      .reduce((total, { path: p }) => total + gzipBytes(dist, p), 0);
  const htmlBytes = sum(['document']);
  const cssBytes = sum(['stylesheet']);
  const scriptFileBytes = sum(['script']);
  const inlineScriptBytes = inlineScripts.reduce((total, code) => total + gzipSync(code, { level: 9 }).length, 0);
  const otherBytes = sum('other');
  return {
    path,
    requests: loaded.length,
    htmlBytes,
    cssBytes,
    jsBytes: scriptFileBytes + inlineScriptBytes,
    otherBytes,
    totalBytes: htmlBytes + cssBytes + scriptFileBytes + otherBytes,
    requested: loaded.map(({ path: p }) => p),
  };
}

/** Resolves once the page has made no request for `quietMs`, or after `limitMs` at most. */
async function quietFor(page: Page, quietMs: number, limitMs: number): Promise<void> {
  let last = Date.now();
  const touch = () => {
    last = Date.now();
  };
  page.on('request', touch);
  page.on('requestfinished', touch);
  page.on('requestfailed', touch);
  const start = Date.now();
  try {
    while (Date.now() - last < quietMs && Date.now() - start < limitMs) await page.waitForTimeout(100);
  } finally {
    page.off('request', touch);
    page.off('requestfinished', touch);
    page.off('requestfailed', touch);
  }
}
