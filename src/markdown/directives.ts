/**
 * Container directives in guides and reference pages (Sätteri's `directive` feature),
 * plain Markdown that works the same in `.md` and `.mdx`:
 *
 *   :::takeaway                      a key takeaway, titled from the locale's dictionary
 *   Markdown text.
 *   :::
 *
 *   :::warning[Custom title]         a warning; the bracketed label replaces the default title
 *   Markdown text.
 *   :::
 *
 *   :::diagram{kind="steps"}         a diagram: one caption paragraph, then one list
 *   Caption sentence.
 *
 *   1. **Label** — text             each item: an optional bold label, a dash or colon, text
 *   :::
 *
 *   ::tool{id="cost-comparison"}     a calculator or quiz placed in a guide (src/markdown/embeds.ts)
 *
 * Diagram kinds: `timeline` (2–8 periods on a time axis), `steps` (2–8 numbered stages),
 * `parallel` (2–4 items that stand together; the optional `[label]` names what they hold
 * up), `compare` (two sides, each `- **Side**` with a nested list of rows, aligned across;
 * a row written wholly in bold is highlighted).
 *
 * Sätteri drops any directive that nothing handles, silently losing its text, so every
 * other directive — container, leaf (`::name`) or text (`:name`, which a stray colon
 * before a letter also makes) — fails the build with the file's name. The locale for
 * default titles comes from the file's path: content/{guides,pages}/{locale}/….
 */
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { locales, type Locale } from '../i18n/locales';
import { isCalloutName, renderCallout } from './callout';
import { renderDiagram } from './diagram';
import { embedProperty, isEmbedKind, parseEmbed } from './embeds';

export type ContainerDirective = Parameters<NonNullable<MdastPluginDefinition['containerDirective']>>[0];

/** The locale of a content file: the folder after `guides/` or `pages/`. */
export function localeOfFile(path: string): Locale | undefined {
  const match = /[/\\](?:guides|pages)[/\\]([^/\\]+)[/\\]/.exec(path);
  return locales.find((locale) => locale === match?.[1]);
}

const unknownDirective = (marker: string, name: string) =>
  new Error(`unknown directive "${marker}${name}" (known: :::takeaway, :::warning, :::diagram, ::tool, ::quiz; write a literal colon before a letter as \\:)`);

/** A Sätteri plugin factory: one instance per document, numbering that document's ids. */
export function contentDirectives({ fileURL }: PluginFactoryContext): MdastPluginDefinition {
  const file = fileURL ? fileURLToPath(fileURL) : 'a Markdown document without a file';
  const inFile = (render: () => void) => {
    try {
      render();
    } catch (error) {
      throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  };
  const locale = (): Locale => {
    const found = localeOfFile(file);
    if (!found) throw new Error('its locale is unknown (expected content/guides/{locale}/… or content/pages/{locale}/…)');
    return found;
  };
  let callouts = 0;
  let diagrams = 0;
  return {
    name: 'content-directives',
    containerDirective(node, ctx) {
      inFile(() => {
        if (isCalloutName(node.name)) renderCallout(node, node.name, ctx, locale(), `callout-${++callouts}`);
        else if (node.name === 'diagram') {
          const n = ++diagrams;
          renderDiagram(node, ctx, locale(), { caption: `diagram-${n}-caption`, text: `diagram-${n}-text` });
        } else throw unknownDirective(':::', node.name);
      });
    },
    leafDirective: (node, ctx) =>
      inFile(() => {
        if (!isEmbedKind(node.name)) throw unknownDirective('::', node.name);
        if (node.children.length > 0) throw new Error(`::${node.name} takes no label`);
        const embed = parseEmbed(node.name, node.attributes ?? {});
        ctx.setProperty(node, 'data', { hName: 'div', hProperties: { [embedProperty]: `${embed.kind}:${embed.id}` } });
      }),
    textDirective: (node) =>
      inFile(() => {
        throw unknownDirective(':', node.name);
      }),
  };
}
