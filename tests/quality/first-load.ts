/**
 * What a page costs on its first load: every request Chromium makes until the network
 * is idle, sized as the gzip of the file in dist/ (what a CDN would send; the preview
 * server sends files uncompressed). Used by `npm run size` and the budgets test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

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
