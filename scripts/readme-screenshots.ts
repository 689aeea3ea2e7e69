/**
 * The README's screenshots: a guide and a tool as a reader first sees them, on a phone
 * (390 × 844) and on a desktop (1280 × 800), in the light theme. Viewport shots, not full
 * pages, so they show what is on screen at once and stay small in the repository.
 * Usage: npm run build && npm run screenshots   (PREVIEW_PORT chooses the port, default 4393)
 */
import { mkdirSync } from 'node:fs';
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium.ts';

const shots = [
  { file: 'guide-phone.png', path: '/en/guides/first-two-years/', viewport: { width: 390, height: 844 }, mobile: true },
  { file: 'guide-desktop.png', path: '/en/guides/first-two-years/', viewport: { width: 1280, height: 800 }, mobile: false },
  // Scrolled to the first field, so the phone shot shows the verdict bar over the inputs.
  { file: 'tool-phone.png', path: '/en/tools/cost-comparison/', viewport: { width: 390, height: 844 }, mobile: true, scrollTo: '.calc input' },
  { file: 'tool-desktop.png', path: '/en/tools/cost-comparison/', viewport: { width: 1280, height: 800 }, mobile: false, scrollTo: '.calc' },
];

const out = 'docs/screenshots';
mkdirSync(out, { recursive: true });
const port = Number(process.env['PREVIEW_PORT'] ?? 4393);
const server = await preview({ logLevel: 'error', server: { host: '127.0.0.1', port } });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (const shot of shots) {
    const context = await browser.newContext({ viewport: shot.viewport, isMobile: shot.mobile, hasTouch: shot.mobile, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${server.port}${shot.path}`, { waitUntil: 'networkidle' });
    if (shot.scrollTo) {
      await page.locator(shot.scrollTo).first().scrollIntoViewIfNeeded();
      await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
    }
    await page.screenshot({ path: `${out}/${shot.file}` });
    await context.close();
    console.log(`${out}/${shot.file}`);
  }
} finally {
  await browser.close();
  await server.stop();
}
