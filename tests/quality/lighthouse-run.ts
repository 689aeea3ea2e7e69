/**
 * Runs Lighthouse (mobile defaults) against a page in a Chromium started by
 * chrome-launcher with this machine's flags, and returns the category scores (0–100)
 * and the three Core Web Vitals it measures in the lab.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../e2e/chromium.ts';

export const categoryIds = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type CategoryId = (typeof categoryIds)[number];

export interface LighthouseResult {
  url: string;
  scores: Partial<Record<CategoryId, number>>;
  /** Audits that cost points, by category: what to fix when a score drops. */
  failing: Partial<Record<CategoryId, string[]>>;
  lcpMs: number | undefined;
  tbtMs: number | undefined;
  cls: number | undefined;
}

export type Chrome = chromeLauncher.LaunchedChrome;

export function launchChrome(): Promise<Chrome> {
  return chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumArgs] });
}

export async function runLighthouse(chrome: Chrome, url: string, categories: readonly CategoryId[] = categoryIds): Promise<LighthouseResult> {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
  const scores: LighthouseResult['scores'] = {};
  const failing: LighthouseResult['failing'] = {};
  for (const id of categories) {
    const category = lhr.categories[id];
    if (!category) continue;
    scores[id] = Math.round((category.score ?? 0) * 100);
    failing[id] = category.auditRefs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${ref.id}: ${lhr.audits[ref.id]?.title ?? ''}`);
  }
  const metric = (id: string) => lhr.audits[id]?.numericValue;
  return { url, scores, failing, lcpMs: metric('largest-contentful-paint'), tbtMs: metric('total-blocking-time'), cls: metric('cumulative-layout-shift') };
}
