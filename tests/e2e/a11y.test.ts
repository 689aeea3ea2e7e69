/**
 * axe-core on every built page, in the light and the dark theme. The page loads once and
 * the emulated colour scheme switches under it (the styles follow `prefers-color-scheme`
 * live), so each page costs one load and two axe runs, the bulk of this file's time. The
 * pages share one browser tab, emptied between tests, which saves a renderer per page.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, builtPages, sharedPage, useBrowser } from './harness';

const browser = useBrowser();

describe('accessibility', () => {
  it.each(builtPages())('axe finds no violation on %s in the light or the dark theme', async (path) => {
    const { page } = await sharedPage(browser());
    // An earlier test left its page in the dark theme: load this one in the light, as a fresh page would.
    await page.emulateMedia({ colorScheme: 'light' });
    // `/` sends a reader with JavaScript on elsewhere: check the chooser as served, without its script.
    if (path === '/') await page.route('**/*.js', (route) => route.abort());
    await page.goto(path);
    const found: Record<string, string[]> = {};
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expect.poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
      found[colorScheme] = await axeViolations(page);
    }
    expect(found).toEqual({ light: [], dark: [] });
  });
});
