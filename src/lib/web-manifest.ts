/**
 * A web app manifest (W3C Web Application Manifest) for one locale: the app is that
 * language's edition of the site, so its id, start URL and scope are the locale's home.
 */

export interface ManifestIcon {
  /** Site path of a square PNG. */
  src: string;
  /** Width and height in pixels. */
  size: number;
  /**
   * `any`: drawn as the favicon is, its corners transparent; `maskable`: the background
   * fills the square and the mark sits in the central safe zone, for launchers that cut
   * their own shape out of it.
   */
  purpose: 'any' | 'maskable';
}

export interface ManifestInput {
  /** The locale's home, `/{locale}/`. */
  home: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  name: string;
  shortName: string;
  description: string;
  /** The splash screen behind the icon while the first page loads. */
  backgroundColor: string;
  /** The title bar and the task switcher. */
  themeColor: string;
  icons: readonly ManifestIcon[];
}

export interface WebManifest {
  id: string;
  name: string;
  short_name: string;
  description: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  start_url: string;
  scope: string;
  display: 'standalone';
  background_color: string;
  theme_color: string;
  icons: { src: string; sizes: string; type: 'image/png'; purpose: 'any' | 'maskable' }[];
}

export function webManifest(input: ManifestInput): WebManifest {
  return {
    id: input.home,
    name: input.name,
    short_name: input.shortName,
    description: input.description,
    lang: input.lang,
    dir: input.dir,
    start_url: input.home,
    scope: input.home,
    display: 'standalone',
    background_color: input.backgroundColor,
    theme_color: input.themeColor,
    icons: input.icons.map(({ src, size, purpose }) => ({ src, sizes: `${size}x${size}`, type: 'image/png', purpose })),
  };
}
