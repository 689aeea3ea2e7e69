/** A source that guides cite (content/sources.yaml): an article, a study, a guide or a law. */
import { z } from 'astro/zod';
import { locales } from '../i18n/locales';
import { localizedText } from './localized-text';

/**
 * A web address a reader may follow: http or https only. `z.url()` alone also accepts
 * `javascript:` and `data:` addresses, which the CSP would block but a link must never carry.
 */
const webUrl = z.url({ protocol: /^https?$/, error: 'A source address must start with http:// or https://' });

/** A calendar date written `YYYY-MM-DD` that names a real day (not 2021-02-30). */
function isRealDay(text: string): boolean {
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

/**
 * When a source appeared: a year (`"2017"`) when that is all the source shows, or the day
 * (`"2020-02-10"`). YAML reads an unquoted `2017` as a number and `2020-02-10` as a date,
 * so both are accepted and turned back into text.
 */
const publishedDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value),
  z
    .string()
    .regex(/^\d{4}(-\d{2}-\d{2})?$/, { error: 'A publication date is a year ("2017") or a day ("2020-02-10")' })
    .refine((text) => text.length === 4 || isRealDay(text), { error: 'That publication date is not a real day' }),
);

export const sourceSchema = z.object({
  /**
   * The guides are written from this article's facts and arguments (the two source
   * articles). Other entries are references a guide cites for a single fact.
   */
  basis: z.boolean().default(false),
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
  /** When it appeared, where the source shows it; citations print it in the reader's locale. */
  published: publishedDate.optional(),
});
