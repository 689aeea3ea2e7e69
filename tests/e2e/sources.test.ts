/** The footer's "Built on" list: the articles the guides are written from, not every reference. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { openPage, useBrowser } from './harness';

const browser = useBrowser();

interface SourceEntry {
  id: string;
  title: string;
  basis?: boolean;
}

const allSources = parse(readFileSync('content/sources.yaml', 'utf8')) as SourceEntry[];

/** Source ids that some guide, in some locale, lists in its `sources` front matter. */
function sourcesGuidesCite(): Set<string> {
  const ids = new Set<string>();
  for (const locale of readdirSync('content/guides')) {
    for (const file of readdirSync(join('content/guides', locale))) {
      const frontMatter = readFileSync(join('content/guides', locale, file), 'utf8').split('---')[1] ?? '';
      const list = /^sources:\s*\[([^\]]*)\]/m.exec(frontMatter)?.[1] ?? '';
      for (const id of list.split(',')) ids.add(id.trim());
    }
  }
  return ids;
}

describe('the footer', () => {
  it.each(['/en/', '/zh/guides/', '/vi/faq/'])('on %s cites only the articles the guides are written from', async (path) => {
    const expected = allSources.filter(({ basis }) => basis).map(({ title }) => title);
    // sources.yaml also holds references for single facts; the test means nothing without one.
    expect(allSources.length).toBeGreaterThan(expected.length);
    const { page } = await openPage(browser());
    await page.goto(path);
    const titles = await page.locator('footer cite [lang]').allTextContents();
    expect(titles).toEqual(expected);
  });
});

describe('a guide', () => {
  it('lists the articles it is written from apart from the references it cites for single facts', async () => {
    const cited = sourcesGuidesCite();
    const reference = allSources.find(({ id, basis }) => !basis && cited.has(id));
    expect(reference, 'some guide cites a reference for a single fact').toBeDefined();
    const guide = readdirSync('content/guides/en').find((file) =>
      new RegExp(`^sources:.*\\b${reference!.id}\\b`, 'm').test(readFileSync(join('content/guides/en', file), 'utf8')),
    );
    const { page } = await openPage(browser());
    await page.goto(`/en/guides/${guide!.replace(/\.mdx?$/, '')}/`);
    const lists = page.locator('article section.sources ul');
    await expect(lists.count()).resolves.toBe(2);
    await expect(lists.nth(0).locator('cite [lang]').allTextContents()).resolves.not.toContain(reference!.title);
    await expect(lists.nth(1).locator('cite [lang]').allTextContents()).resolves.toContain(reference!.title);
  });
});
