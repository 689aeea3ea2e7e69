/**
 * Draws the installed app's PNG icons (src/data/web-app.ts) from public/favicon.svg in
 * headless Chromium, into public/. Run it after changing the favicon or the icon list and
 * commit the PNGs; the build only copies them. A `maskable` icon is the favicon on a square
 * of its own background colour: the mark already sits inside the central circle of 80 %
 * that launchers keep, so only the rounded corners need filling.
 * Usage: npm run icons
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { appleTouchIcon, manifestIcons } from '../src/data/web-app.ts';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium.ts';

const svg = readFileSync('public/favicon.svg', 'utf8');
const background = /<rect\b[^>]*\bfill="(#[0-9a-f]{3,8})"/i.exec(svg)?.[1];
if (!background) throw new Error('public/favicon.svg has no <rect fill="#…"> to take the maskable background from.');
const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (const icon of [...manifestIcons, appleTouchIcon]) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
    const fill = icon.purpose === 'maskable' ? background : 'transparent';
    await page.setContent(
      `<body style="margin:0;background:${fill}"><img src="${source}" width="${icon.size}" height="${icon.size}" style="display:block" alt=""></body>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    writeFileSync(`public${icon.src}`, await page.screenshot({ omitBackground: true }));
    await page.close();
    console.log(`public${icon.src}  ${icon.size}×${icon.size} ${icon.purpose}`);
  }
} finally {
  await browser.close();
}
