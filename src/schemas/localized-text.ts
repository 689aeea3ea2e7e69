/** A text given in every locale of the site; a missing locale is a build error naming the field. */
import { z } from 'astro/zod';
import { locales, type Locale } from '../i18n/locales';

export const localizedText = z.object(
  Object.fromEntries(locales.map((l) => [l, z.string().min(1)])) as Record<Locale, z.ZodString>,
);

export type LocalizedText = z.infer<typeof localizedText>;
