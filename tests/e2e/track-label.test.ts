/** The line above a guide's title names its track; a screen reader hears the label and the track as one phrase. */
import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './harness';

const browser = useBrowser();

describe('track label above a guide title', () => {
  it.each([
    ['/zh/guides/handover/', '主线：CTO 即服务'],
    ['/en/guides/handover/', 'Track: CTO as a service'],
  ])('%s reads “%s”, with the colon of its language', async (path, expected) => {
    const { page } = await openPage(browser());
    await page.goto(path);
    await expect(page.locator('.guide-header .track').textContent()).resolves.toBe(expected);
    await page.context().close();
  });
});
