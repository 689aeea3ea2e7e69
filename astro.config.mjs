// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defaultLocale, localeInfo } from './src/i18n/locales.ts';
import { bundleUrl } from './src/build/bundle-url.ts';
import { inlineScriptImports } from './src/build/inline-script-imports.ts';
import { cspFirst } from './src/build/csp-first.ts';
import { socialCards } from './src/build/social-cards.ts';
import { quietHeadInjectWarnings } from './src/build/head-inject-warning.ts';
import { contentDirectives } from './src/markdown/directives.ts';
import { stackedTables } from './src/markdown/tables.ts';
import { alternatePaths, localeOfPath, switchLocale } from './src/i18n/urls.ts';

// The public origin, used for canonical URLs, hreflang alternates and the sitemap.
// Set SITE_URL when deploying; the default is a reserved example domain.
const site = process.env.SITE_URL ?? 'https://cto-guide.example.com';

// A build against another content tree (CONTENT_DIR, see src/content.config.ts) keeps its
// content cache beside that tree, so the real content's cache never mixes with it.
const contentDir = process.env.CONTENT_DIR;

export default defineConfig({
  site,
  ...(contentDir ? { cacheDir: `${contentDir}/.astro-cache` } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // `## Heading {#anchor}` gives a section the same anchor in every locale; callouts and
    // diagrams are container directives (src/markdown/directives.ts); wide tables stack on
    // phones (src/markdown/tables.ts). The same plugins serve .md and .mdx.
    processor: satteri({
      features: { headingAttributes: true, directive: true },
      mdastPlugins: [contentDirectives],
      hastPlugins: [stackedTables],
    }),
    // Guides have no code; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
  },
  vite: {
    // The search UI and the side-by-side composer load on demand from URLs these plugins give (src/build/bundle-url.ts).
    // The header's script (language picker, theme switch) is on every page: inline, with its own copy of the helpers it imports.
    // quietHeadInjectWarnings drops a harmless warning that Rolldown prints once per MDX file.
    plugins: [
      bundleUrl('virtual:search-ui-url', new URL('./src/widgets/mount-search.tsx', import.meta.url)),
      bundleUrl('virtual:side-by-side-url', new URL('./src/scripts/side-by-side.ts', import.meta.url)),
      inlineScriptImports([fileURLToPath(new URL('./src/components/Header.astro', import.meta.url))]),
      quietHeadInjectWarnings(),
    ],
  },
  integrations: [
    mdx(),
    // Once the pages are written, the policy <meta> moves to the top of <head> (src/build/csp-first.ts).
    cspFirst(),
    // Once the pages are written, the social cards they name are drawn (src/build/social-cards.ts).
    socialCards(),
    preact(),
    sitemap({
      // The same alternates as each page's hreflang links, x-default included.
      serialize(item) {
        const { pathname } = new URL(item.url);
        if (!localeOfPath(pathname)) return item;
        const links = alternatePaths(pathname).map(({ locale, path }) => ({
          lang: localeInfo[locale].htmlLang,
          url: new URL(path, site).href,
        }));
        links.push({ lang: 'x-default', url: new URL(switchLocale(pathname, defaultLocale), site).href });
        return { ...item, links };
      },
    }),
  ],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search engine in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
