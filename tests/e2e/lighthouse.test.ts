/**
 * Lighthouse's deterministic categories score 100 on every page kind (one locale each,
 * to keep the suite quick; `npm run lighthouse` covers every locale and performance).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChrome, runLighthouse, type Chrome } from '../quality/lighthouse-run';
import { assertBuilt, pageSamples } from '../quality/page-kinds';
import { baseURL } from './harness';

const categories = ['accessibility', 'best-practices', 'seo'] as const;
let chrome: Chrome | undefined;

beforeAll(async () => {
  chrome = await launchChrome();
});

afterAll(() => {
  chrome?.kill();
});

describe('Lighthouse', () => {
  it.each(pageSamples('one locale'))('$kind $path scores 100 in accessibility, best practices and SEO', async (sample) => {
    assertBuilt(sample);
    if (!chrome) throw new Error('Chromium did not start.');
    const result = await runLighthouse(chrome, `${baseURL}${sample.path}`, categories);
    expect({ scores: result.scores, failing: result.failing }).toEqual({
      scores: { accessibility: 100, 'best-practices': 100, seo: 100 },
      failing: { accessibility: [], 'best-practices': [], seo: [] },
    });
  });
});
