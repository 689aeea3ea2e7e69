/**
 * The installed app's icons and colours, read by the manifests
 * (src/pages/[locale]/manifest.webmanifest.ts), the page head and the script that draws
 * the icons from public/favicon.svg (`npm run icons`, scripts/render-icons.ts).
 */
import type { ManifestIcon } from '../lib/web-manifest';

/** Android and desktop Chromium ask for 192 and 512 px; a maskable one fills adaptive icon shapes. */
export const manifestIcons: readonly ManifestIcon[] = [
  { src: '/icons/icon-192.png', size: 192, purpose: 'any' },
  { src: '/icons/icon-512.png', size: 512, purpose: 'any' },
  { src: '/icons/icon-maskable-512.png', size: 512, purpose: 'maskable' },
];

/**
 * Safari's home-screen icon, which it reads from the page, not the manifest. It is drawn
 * full bleed like the maskable icon, because iOS rounds the corners itself and would fill
 * transparent ones with black; 180 px is the size current iPhones use. At the root, where
 * iOS also looks when a page names none.
 */
export const appleTouchIcon: ManifestIcon = { src: '/apple-touch-icon.png', size: 180, purpose: 'maskable' };

/**
 * The light theme's colours (src/styles/tokens.css): the page background for the splash
 * screen, the header's surface for the title bar, so the installed app opens in the
 * colours of the page it shows. A unit test keeps them equal to the tokens.
 */
export const appColours = { background: '#fcfcfd', theme: '#f3f4f7' } as const;
