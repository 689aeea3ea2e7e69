/**
 * Every internal link, asset and #anchor in dist/ resolves, read from the files as a
 * crawler reads them (site.test.ts checks the same in the browser, after scripts ran).
 */
import { describe, expect, it } from 'vitest';
import { brokenReason, indexDist, type Reference } from '../quality/dist-links';

const index = indexDist();
const pages = [...index.ids.keys()].sort();
const describeBroken = (reference: Reference) => {
  const reason = brokenReason(index, reference);
  return reason ? `${reference.raw}: ${reason}` : undefined;
};

describe('links, assets and anchors in dist/', () => {
  it('finds the references a page holds, so the checks below can fail', () => {
    const onGuide = index.references.filter((r) => r.from === 'en/guides/cto-as-a-service/index.html');
    expect(onGuide.some((r) => r.url.pathname.startsWith('/_astro/') && r.url.pathname.endsWith('.css'))).toBe(true);
    expect(onGuide.some((r) => r.url.hash !== '' && r.url.pathname === '/en/guides/cto-as-a-service/')).toBe(true);
    expect(describeBroken({ from: 'test', raw: '/en/missing/', url: new URL('http://dist.invalid/en/missing/') })).toMatch(/no such file/);
    expect(describeBroken({ from: 'test', raw: '/en/#missing', url: new URL('http://dist.invalid/en/#missing') })).toMatch(/no #missing/);
  });

  it.each(pages)('every reference on %s resolves', (page) => {
    const file = page.endsWith('/') ? `${page.slice(1)}index.html` : page.slice(1);
    const broken = index.references.filter((r) => r.from === file).map(describeBroken).filter(Boolean);
    expect(broken).toEqual([]);
  });

  it('every url() in the built CSS resolves', () => {
    const broken = index.references.filter((r) => r.from.endsWith('.css')).map(describeBroken).filter(Boolean);
    expect(broken).toEqual([]);
  });
});
