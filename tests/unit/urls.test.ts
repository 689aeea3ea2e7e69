import { describe, expect, it } from 'vitest';
import { alternatePaths, feedPath, localeOfPath, localizedPath, manifestPath, switchLocale } from '../../src/i18n/urls';

describe('localized URLs', () => {
  it('builds /{locale}/…/ paths with a trailing slash', () => {
    expect(localizedPath('zh')).toBe('/zh/');
    expect(localizedPath('vi', 'guides', 'handover')).toBe('/vi/guides/handover/');
    expect(localizedPath('en', '/tools/', 'cost-comparison')).toBe('/en/tools/cost-comparison/');
  });

  it('reads the locale of a path', () => {
    expect(localeOfPath('/vi/guides/x/')).toBe('vi');
    expect(localeOfPath('/')).toBeUndefined();
    expect(localeOfPath('/fr/guides/')).toBeUndefined();
  });

  it('switches the locale and keeps the rest of the path', () => {
    expect(switchLocale('/zh/guides/handover/', 'vi')).toBe('/vi/guides/handover/');
    expect(switchLocale('/en/', 'zh')).toBe('/zh/');
    expect(switchLocale('/', 'vi')).toBe('/vi/');
  });

  it('lists the page in every locale', () => {
    expect(alternatePaths('/en/search/')).toEqual([
      { locale: 'en', path: '/en/search/' },
      { locale: 'zh', path: '/zh/search/' },
      { locale: 'vi', path: '/vi/search/' },
    ]);
  });

  it('puts each locale’s feed and manifest under its own prefix, so the locale of either path is known', () => {
    expect(feedPath('zh')).toBe('/zh/feed.xml');
    expect(manifestPath('vi')).toBe('/vi/manifest.webmanifest');
    expect(localeOfPath(feedPath('vi'))).toBe('vi');
    expect(localeOfPath(manifestPath('en'))).toBe('en');
  });
});
