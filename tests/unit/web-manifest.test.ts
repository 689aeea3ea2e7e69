import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appColours, appleTouchIcon, manifestIcons } from '../../src/data/web-app';
import { locales } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n/translate';
import { webManifest, type ManifestInput } from '../../src/lib/web-manifest';

const input: ManifestInput = {
  home: '/zh/',
  lang: 'zh-CN',
  dir: 'ltr',
  name: 'CTO 手册',
  shortName: 'CTO 手册',
  description: '写给创始人的指南。',
  backgroundColor: '#fcfcfd',
  themeColor: '#f3f4f7',
  icons: [
    { src: '/icons/a.png', size: 192, purpose: 'any' },
    { src: '/icons/b.png', size: 512, purpose: 'maskable' },
  ],
};

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex'), `${file} is a PNG`).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('webManifest', () => {
  it('makes the locale’s home the app’s id, start and scope, shown standalone', () => {
    const manifest = webManifest(input);
    expect(manifest).toMatchObject({ id: '/zh/', start_url: '/zh/', scope: '/zh/', display: 'standalone', lang: 'zh-CN', dir: 'ltr' });
    expect(manifest).toMatchObject({ name: 'CTO 手册', short_name: 'CTO 手册', description: '写给创始人的指南。' });
    expect(manifest).toMatchObject({ background_color: '#fcfcfd', theme_color: '#f3f4f7' });
  });

  it('describes each icon by its size as WIDTHxHEIGHT, its type and its purpose', () => {
    expect(webManifest(input).icons).toEqual([
      { src: '/icons/a.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/b.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ]);
  });
});

describe('the app’s icons and colours', () => {
  it('offer the 192 and 512 px icons Chromium asks for, and a maskable one', () => {
    const described = manifestIcons.map((icon) => `${icon.size} ${icon.purpose}`);
    expect(described).toEqual(expect.arrayContaining(['192 any', '512 any']));
    expect(described.some((d) => d.endsWith('maskable'))).toBe(true);
  });

  it.each([...manifestIcons, appleTouchIcon])('$src in public/ is a PNG of $size px square (rerun `npm run icons` after a change)', (icon) => {
    expect(pngSize(`public${icon.src}`)).toEqual({ width: icon.size, height: icon.size });
  });

  it('are the light theme’s page background and header surface', () => {
    const tokens = readFileSync('src/styles/tokens.css', 'utf8');
    const light = (name: string) => new RegExp(`--${name}: light-dark\\((#[0-9a-f]+),`).exec(tokens)?.[1];
    expect(appColours.background).toBe(light('color-bg'));
    expect(appColours.theme).toBe(light('color-surface'));
  });

  it.each(locales)('%s has a short name launchers show uncut (at most 12 characters)', (locale) => {
    const shortName = dictionaries[locale]['app.shortName'];
    expect(shortName.trim()).not.toBe('');
    expect([...shortName].length).toBeLessThanOrEqual(12);
  });
});
