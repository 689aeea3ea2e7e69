/** axe-core on every built page, in the light and the dark theme. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { builtPages, openPage, useBrowser } from './harness';

const browser = useBrowser();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  it.each(builtPages())('axe finds no violation on %s', async (path) => {
    const { page } = await openPage(browser(), { colorScheme });
    // `/` sends a reader with JavaScript on elsewhere: check the chooser as served, without its script.
    if (path === '/') await page.route('**/*.js', (route) => route.abort());
    await page.goto(path);
    // evaluate() runs outside the page's CSP, which would refuse an injected <script>.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
      const result = await axe.run();
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
