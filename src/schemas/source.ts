/** A source article that guides cite (content/sources.yaml). */
import { z } from 'astro/zod';
import { locales } from '../i18n/locales';
import { localizedText } from './localized-text';

/**
 * A web address a reader may follow: http or https only. `z.url()` alone also accepts
 * `javascript:` and `data:` addresses, which the CSP would block but a link must never carry.
 */
const webUrl = z.url({ protocol: /^https?$/, error: 'A source address must start with http:// or https://' });

export const sourceSchema = z.object({
  /** The author as credited by the publication. */
  author: z.string(),
  /** The article's title in its original language. */
  title: z.string(),
  /** BCP 47 tag of the article's language, so the title is marked up with its own `lang`. */
  titleLang: z.string(),
  /** Where it appeared (publication, blog or platform), as each locale names it. */
  publication: localizedText,
  /** Titles under which a translation circulates, by locale. */
  translatedTitles: z.partialRecord(z.enum(locales), z.string()).default({}),
  /** The article's address, where it has a stable one. */
  url: webUrl.optional(),
});
