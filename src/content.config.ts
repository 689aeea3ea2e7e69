/**
 * Content collections: the guides (one Markdown file per locale and slug), the source
 * articles they cite and the quizzes. Every field is validated at build time.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { toolIds, trackIds } from './data/catalog';
import { quizSchema } from './schemas/quiz';
import { sourceSchema } from './schemas/source';

/**
 * Where the content lives. CONTENT_DIR points the build at another tree (the scale
 * benchmark's synthetic guides) without touching the real content.
 */
const contentDir = process.env['CONTENT_DIR'] ?? 'content';

/**
 * A guide or page is plain Markdown (.md) unless it embeds a component (.mdx). Both go
 * through the same Markdown processor and plugins (astro.config.mjs), so callouts and
 * diagrams render alike; .md skips compiling the entry to a JavaScript module, which
 * at scale is most of the build (README, Performance).
 */
const markdownFiles = '*/*.{md,mdx}';

const sources = defineCollection({
  loader: file(`${contentDir}/sources.yaml`),
  schema: sourceSchema,
});

const guides = defineCollection({
  // Files live at content/guides/{locale}/{slug}.md(x), so an entry id is `{locale}/{slug}`.
  loader: glob({ pattern: markdownFiles, base: `${contentDir}/guides` }),
  schema: z.object({
    /** The page title and `<h1>`. */
    title: z.string().min(1),
    /** One or two sentences for the meta description and the guides index. */
    description: z.string().min(1).max(220),
    /** The guide in 2–4 plain sentences, shown as the "In short" box under the header. */
    summary: z.array(z.string().min(1)).min(2).max(4).optional(),
    /** The topic track the guide belongs to. */
    track: z.enum(trackIds),
    /** Position within its track, from 1; previous/next links follow it. */
    order: z.number().int().positive(),
    /** When the text last changed in substance. */
    updated: z.coerce.date(),
    /**
     * What the guide cites (ids in content/sources.yaml): the source articles it is written
     * from, and any reference it cites for a single fact of law, money or market practice.
     */
    sources: z.array(reference('sources')).min(1),
    /** Cost tools that let the reader test the guide's argument with their numbers. */
    relatedTools: z.array(z.enum(toolIds)).default([]),
    /**
     * Words readers search for that the text may not use: synonyms, common misspellings, the
     * other language's term. Indexed as Pagefind metadata with a ranking weight, never shown.
     * Pagefind separates metadata fields with commas, so an alias holds none.
     */
    searchAliases: z.array(z.string().trim().min(1).regex(/^[^,]+$/, 'A search alias holds no comma.')).default([]),
    /**
     * Whether the guide gets a social card of its own (its title drawn at build time, once per
     * change, about 0.1 s cold) or, with `false`, shares its locale's site card: for generated
     * guides such as the scale benchmark's, where a drawing each would dominate a cold build.
     */
    card: z.boolean().default(true),
  }),
});

const pages = defineCollection({
  // Reference pages (glossary, FAQ, section intros) at content/pages/{locale}/{name}.md(x),
  // served at /{locale}/{name}/.
  loader: glob({ pattern: markdownFiles, base: `${contentDir}/pages` }),
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(1).max(220),
    updated: z.coerce.date(),
  }),
});

const quizzes = defineCollection({
  // One file per quiz at content/quizzes/{id}.yaml holding the text of every locale.
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/quizzes` }),
  schema: quizSchema,
});

export const collections = { guides, pages, quizzes, sources };
