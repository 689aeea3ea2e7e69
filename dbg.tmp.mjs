import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
await page.goto('http://127.0.0.1:4411/vi/tools/cost-comparison/');
await page.waitForTimeout(1000);
console.log(await page.evaluate(() => [...document.querySelectorAll('.calc-host, .calc, .calc-form, .calc-result, .calc-summary, .calc-totals, .chart, .calc-result table, .calc-actions, astro-island, .tool-page, main .container')].map(e => `${e.className || e.tagName} ${e.getBoundingClientRect().width}`).join('\n')));
console.log(await page.evaluate(() => getComputedStyle(document.querySelector('.calc')).gridTemplateColumns));
await browser.close();
