/**
 * Runs on every page as it is built. Chinese pages get word boundaries marked in their
 * headings (src/lib/word-breaks.ts), so a narrow screen never splits a heading inside a word.
 */
import { defineMiddleware } from 'astro:middleware';
import { localeInfo } from './i18n/locales';
import { localeOfPath } from './i18n/urls';
import { markHeadingWordBreaks, zhTerms } from './lib/word-breaks';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const locale = localeOfPath(context.url.pathname);
  // Chinese is written without spaces between words; the other locales break at spaces.
  if (locale !== 'zh' || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = markHeadingWordBreaks(await response.text(), localeInfo[locale].intlLocale, zhTerms);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
