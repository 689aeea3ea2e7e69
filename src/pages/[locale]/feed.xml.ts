/** The locale's Atom feed: its guides, newest `updated` first (src/lib/atom.ts writes it). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { guidesIn, guideSlug } from '../../data/guides';
import { localeInfo, locales, type Locale } from '../../i18n/locales';
import { translator } from '../../i18n/translate';
import { feedPath, localizedPath } from '../../i18n/urls';
import { atomFeed } from '../../lib/atom';

export const getStaticPaths = (() => locales.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params['locale'] as Locale;
  const t = translator(locale);
  const absolute = (path: string) => new URL(path, site).href;
  const guides = await guidesIn(locale);
  const xml = atomFeed({
    lang: localeInfo[locale].htmlLang,
    title: t('feed.title'),
    subtitle: t('site.description'),
    author: t('site.name'),
    selfUrl: absolute(feedPath(locale)),
    alternateUrl: absolute(localizedPath(locale, 'guides')),
    entries: guides.map((guide) => ({
      url: absolute(localizedPath(locale, 'guides', guideSlug(guide))),
      title: guide.data.title,
      summary: guide.data.description,
      updated: guide.data.updated,
      category: { term: guide.data.track, label: t(`track.${guide.data.track}`) },
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
