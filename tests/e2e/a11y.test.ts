/** axe-core on every built page, in the light and the dark theme. */
import { describe, expect, it } from 'vitest';
import { axeViolations, builtPages, openPage, useBrowser } from './harness';

const browser = useBrowser();

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  it.each(builtPages())('axe finds no violation on %s', async (path) => {
    const { page } = await openPage(browser(), { colorScheme });
    // `/` sends a reader with JavaScript on elsewhere: check the chooser as served, without its script.
    if (path === '/') await page.route('**/*.js', (route) => route.abort());
    await page.goto(path);
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
