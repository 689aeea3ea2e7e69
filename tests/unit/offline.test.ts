import { describe, expect, it } from 'vitest';
import {
  astroAssets,
  belongsToShell,
  cacheName,
  cacheVersion,
  formatBytes,
  keptLocale,
  offlinePaths,
  shellVersion,
} from '../../src/lib/offline';

describe('cache names', () => {
  it('carry the version and the kind, and read back', () => {
    expect(cacheName('1mff4zp', 'shell')).toBe('cto-guide-1mff4zp-shell');
    expect(cacheVersion('cto-guide-1mff4zp-offline-zh')).toBe('1mff4zp');
    expect(keptLocale('cto-guide-1mff4zp-offline-zh')).toBe('zh');
    expect(keptLocale(cacheName('a1', 'offline-vi'))).toBe('vi');
  });

  it('leave other caches and the shell and pages alone', () => {
    expect(cacheVersion('workbox-precache-v2-http://x/')).toBeUndefined();
    expect(cacheVersion('cto-guide-')).toBeUndefined();
    expect(cacheVersion('cto-guide--shell')).toBeUndefined();
    expect(keptLocale('cto-guide-a1-pages')).toBeUndefined();
    expect(keptLocale('cto-guide-a1-shell')).toBeUndefined();
    expect(keptLocale('cto-guide-a1-offline-fr')).toBeUndefined();
    expect(keptLocale('other-a1-offline-en')).toBeUndefined();
  });
});

describe('offlinePaths', () => {
  const files = [
    'index.html',
    '404.html',
    'sw.js',
    '_astro/Base.abc.css',
    'en/index.html',
    'en/guides/index.html',
    'en/guides/handover/index.html',
    'en/feed.xml',
    'en/manifest.webmanifest',
    'zh/index.html',
    'zh/guides/handover/index.html',
    'pagefind/en/pagefind.js',
    'pagefind/en/pagefind-entry.json',
    'pagefind/en/wasm.en.pagefind',
    'pagefind/en/index/en_1a.pf_index',
    'pagefind/en/fragment/en_2b.pf_fragment',
    'pagefind/en/filter/en_3c.pf_filter',
    'pagefind/en/pagefind.en_4d.pf_meta',
    'pagefind/en/pagefind-ui.js',
    'pagefind/en/pagefind-ui.css',
    'pagefind/en/pagefind-modular-ui.js',
    'pagefind/en/pagefind-component-ui.js',
    'pagefind/en/pagefind-highlight.js',
    'pagefind/zh/pagefind.js',
  ];

  it("takes the locale's pages as site paths, its manifest, and its Pagefind bundle without the UI", () => {
    expect(offlinePaths('en', files)).toEqual({
      pages: ['/en/', '/en/guides/', '/en/guides/handover/', '/en/manifest.webmanifest'],
      search: [
        '/pagefind/en/filter/en_3c.pf_filter',
        '/pagefind/en/fragment/en_2b.pf_fragment',
        '/pagefind/en/index/en_1a.pf_index',
        '/pagefind/en/pagefind-entry.json',
        '/pagefind/en/pagefind.en_4d.pf_meta',
        '/pagefind/en/pagefind.js',
        '/pagefind/en/wasm.en.pagefind',
      ],
    });
  });

  it('takes nothing of another locale', () => {
    expect(offlinePaths('zh', files)).toEqual({ pages: ['/zh/', '/zh/guides/handover/'], search: ['/pagefind/zh/pagefind.js'] });
    expect(offlinePaths('vi', files)).toEqual({ pages: [], search: [] });
  });
});

describe('pages and their shell', () => {
  const html =
    '<link rel="stylesheet" href="/_astro/Base.POOiwBdY.css"><script type="module" src="/_astro/client.JElrlZ5E.js"></script>' +
    '<astro-island component-url="/_astro/Search.Dq1ziYhI.js" renderer-url="/_astro/client.JElrlZ5E.js"></astro-island><a href="/_astro/">x</a>';

  it('finds each hashed asset once', () => {
    expect(astroAssets(html)).toEqual(['/_astro/Base.POOiwBdY.css', '/_astro/client.JElrlZ5E.js', '/_astro/Search.Dq1ziYhI.js']);
    expect(astroAssets('<p>no assets</p>')).toEqual([]);
  });

  it('keeps a page only when the shell holds every asset it names', () => {
    const shell = new Set(['/_astro/Base.POOiwBdY.css', '/_astro/client.JElrlZ5E.js', '/_astro/Search.Dq1ziYhI.js']);
    expect(belongsToShell(html, shell)).toBe(true);
    expect(belongsToShell(html.replace('Base.POOiwBdY', 'Base.N3wVers1'), shell)).toBe(false);
    expect(belongsToShell('<p>plain</p>', new Set())).toBe(true);
  });
});

describe('shellVersion', () => {
  const entries = [
    { url: '/_astro/a.js', revision: '1' },
    { url: '/offline/en.json', revision: 'abc' },
  ];

  it('is the same for the same list and changes with any url or revision', () => {
    expect(shellVersion(entries)).toBe(shellVersion(entries.map((entry) => ({ ...entry }))));
    expect(shellVersion(entries)).toMatch(/^[0-9a-z]+$/);
    const versions = new Set([
      shellVersion(entries),
      shellVersion([entries[0]!, { url: '/offline/en.json', revision: 'abd' }]),
      shellVersion([entries[0]!, { url: '/offline/zh.json', revision: 'abc' }]),
      shellVersion([entries[0]!, { url: '/offline/en.json', revision: null }]),
      shellVersion(entries.slice(0, 1)),
      shellVersion([]),
    ]);
    expect(versions.size).toBe(6);
  });

  it('contains no dash, which ends the version in a cache name', () => {
    expect(cacheVersion(cacheName(shellVersion(entries), 'pages'))).toBe(shellVersion(entries));
  });
});

describe('formatBytes', () => {
  it('writes megabytes with one decimal the way each locale writes numbers', () => {
    expect(formatBytes(1_272_400, 'en-US')).toBe('1.3 MB');
    expect(formatBytes(1_272_400, 'vi-VN')).toBe('1,3 MB');
    expect(formatBytes(1_272_400, 'zh-CN')).toBe('1.3 MB');
    expect(formatBytes(1_000_000, 'en-US')).toBe('1 MB');
  });

  it('writes less than a megabyte in whole kilobytes, never zero', () => {
    expect(formatBytes(999_499, 'en-US')).toBe('999 kB');
    expect(formatBytes(860_400, 'en-US')).toBe('860 kB');
    expect(formatBytes(12, 'en-US')).toBe('1 kB');
  });
});
