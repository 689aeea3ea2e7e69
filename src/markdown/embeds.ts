/**
 * Calculators and quizzes placed inside a guide, in plain Markdown: a leaf directive on a
 * line of its own,
 *
 *   ::tool{id="bad-hire-cost"}        the tool's widget, live once it scrolls into view
 *   ::quiz{id="cto-model"}            the quiz's start card, loaded when the reader starts it
 *
 * Sätteri turns it into an empty marker element, and the guide page cuts the rendered HTML
 * at each marker and renders the widget there (src/components/GuideEmbed.astro). So a guide
 * that embeds a widget stays `.md`: an `.mdx` guide is compiled into a JavaScript module of
 * the server build, which at 1,000 guides a locale cost more than the rest of the build.
 */
import { quizIds, toolIds, type QuizId, type ToolId } from '../data/catalog';

export type Embed = { kind: 'tool'; id: ToolId } | { kind: 'quiz'; id: QuizId };
export type EmbedKind = Embed['kind'];

const embedIds: Record<EmbedKind, readonly string[]> = { tool: toolIds, quiz: quizIds };
export const embedAttribute = 'data-guide-embed';
/** The same attribute as a hast property name. */
export const embedProperty = 'dataGuideEmbed';

export function isEmbedKind(name: string): name is EmbedKind {
  return Object.hasOwn(embedIds, name);
}

/** The embed a directive names, or an error that says what it accepts. */
export function parseEmbed(kind: EmbedKind, attributes: Readonly<Record<string, string | null | undefined>>): Embed {
  const { id, ...others } = attributes;
  const known = embedIds[kind];
  if (Object.keys(others).length > 0) throw new Error(`::${kind} takes only an id (got ${Object.keys(others).join(', ')})`);
  if (!id || !known.includes(id)) throw new Error(`::${kind} needs id="…", one of ${known.join(', ')} (got ${id ? `"${id}"` : 'none'})`);
  return { kind, id } as Embed;
}

/** The marker element the directive becomes, as Sätteri writes it. */
export function embedMarker(embed: Embed): string {
  return `<div ${embedAttribute}="${embed.kind}:${embed.id}"></div>`;
}

const markerPattern = new RegExp(`<div ${embedAttribute}="(\\w+):([\\w-]+)"></div>`, 'g');

/** Rendered guide HTML cut at its markers: HTML strings and, between them, the embeds. */
export function splitAtEmbeds(html: string): (string | Embed)[] {
  const parts: (string | Embed)[] = [];
  let last = 0;
  for (const match of html.matchAll(markerPattern)) {
    const [marker, kind = '', id = ''] = match;
    if (!isEmbedKind(kind)) throw new Error(`unknown embed "${kind}:${id}"`);
    parts.push(html.slice(last, match.index), parseEmbed(kind, { id }));
    last = match.index + marker.length;
  }
  parts.push(html.slice(last));
  return parts.filter((part) => part !== '');
}
