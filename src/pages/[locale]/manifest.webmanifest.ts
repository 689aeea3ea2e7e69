/** The locale's web app manifest, so a reader can add that language's edition to a home screen. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { appColours, manifestIcons } from '../../data/web-app';
import { localeInfo, locales, type Locale } from '../../i18n/locales';
import { translator } from '../../i18n/translate';
import { localizedPath } from '../../i18n/urls';
import { webManifest } from '../../lib/web-manifest';

export const getStaticPaths = (() => locales.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const locale = params['locale'] as Locale;
  const t = translator(locale);
  const manifest = webManifest({
    home: localizedPath(locale),
    lang: localeInfo[locale].htmlLang,
    dir: 'ltr',
    name: t('site.name'),
    shortName: t('app.shortName'),
    description: t('site.description'),
    backgroundColor: appColours.background,
    themeColor: appColours.theme,
    icons: manifestIcons,
  });
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'Content-Type': 'application/manifest+json' } });
};
