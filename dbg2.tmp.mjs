import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4411/vi/search/');
const r = await page.evaluate(`(async () => {
  const pf = await import('/pagefind/vi/pagefind.js');
  await pf.options({ basePath: '/pagefind/vi/', baseUrl: '/' });
  const out = []; for (const q of ['zzxqwj','z','zz']) { const s = await pf.search(q); out.push(q + ' ' + s.results.length); } return out;
  const d = await Promise.all(s.results.map(r => r.data()));
  return d.map(x => x.url + ' | ' + x.excerpt.slice(0, 200));
})()`);
console.log(r.join('\n'));
await browser.close();
