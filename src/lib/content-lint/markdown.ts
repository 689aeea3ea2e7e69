/**
 * Prose and guide links of a guide or reference page, read from the same parser the site
 * renders with (Sätteri, with the site's directive and heading-attribute features), so
 * front matter syntax, imports, JSX, expressions, code, URLs and directive names never
 * reach the rules. The front matter's reader-facing strings (title, description, summary)
 * are prose too; its other fields are data.
 */
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import { isScalar, isSeq, parseDocument } from 'yaml';
import { type Locale, locales } from '../../i18n/locales.ts';
import { type GuideLink, type GuideNames, LineIndex, type Prose, ProseBuilder } from './prose.ts';
import { scalarProse } from './yaml-text.ts';

export interface MarkdownText {
  prose: Prose[];
  links: GuideLink[];
  /** The front matter title and the headings by anchor, for links to this file. */
  names: GuideNames;
}

const frontMatterProse = ['title', 'description', 'summary'];

/** A link to a guide: `/{locale}/guides/{slug}/` with an optional `#section`. */
const guideHref = /^\/([a-z]{2})\/guides\/([a-z0-9-]+)\/(?:#(.+))?$/;

/** The blocks of phrasing content that are prose. */
type Block = Extract<MdastNode, { type: 'paragraph' | 'tableCell' | 'heading' }>;

/** A node's span in the source; the parser gives every node its position. */
const span = (node: MdastNode) => [node.position!.start.offset!, node.position!.end.offset!] as const;

export function markdownText(file: string, locale: Locale, source: string): MarkdownText {
  const lines = new LineIndex(source);
  const parse = file.endsWith('.mdx') ? mdxToMdast : markdownToMdast;
  const tree = parse(source, { features: { directive: true, headingAttributes: true } });
  const prose: Prose[] = [];
  const links: GuideLink[] = [];
  const headings = new Map<string, string>();
  let title = '';

  const frontMatter = (node: Extract<MdastNode, { type: 'yaml' }>) => {
    // The front matter opens the file, so its text is the first place the source has it.
    const offset = source.indexOf(node.value);
    const document = parseDocument(node.value);
    for (const key of frontMatterProse) {
      const value = document.get(key, true);
      const scalars = isSeq(value) ? value.items : [value];
      for (const scalar of scalars) {
        if (!isScalar(scalar) || typeof scalar.value !== 'string') continue;
        prose.push(scalarProse(file, locale, lines, source, scalar, offset));
        if (key === 'title') title = scalar.value;
      }
    }
  };

  /** One block of phrasing content, flattened to the text a reader sees. */
  const block = (node: Block) => {
    let builder = new ProseBuilder(file, locale, lines);
    const pending: Omit<GuideLink, 'block'>[] = [];
    const close = () => {
      const built = builder.build();
      if (built.text.trim() !== '') prose.push(built);
      for (const link of pending.splice(0)) links.push({ ...link, block: built });
      builder = new ProseBuilder(file, locale, lines);
    };
    /**
     * `child`, held by `parent`. A leaf other than text (code, an expression, HTML, an
     * image) and a directive are not prose: they are cut out, and the prose split there.
     */
    const phrasing = (child: MdastNode, parent: MdastNode & { children: MdastNode[] }) => {
      if (child.type === 'text' || child.type === 'break') {
        builder.append(child.type === 'text' ? child.value : '\n', source, ...span(child));
      } else if (child.type === 'link') {
        const opened = builder;
        const start = builder.length;
        for (const grandchild of child.children) phrasing(grandchild, child);
        const target = guideHref.exec(child.url);
        const targetLocale = locales.find((l) => l === target?.[1]);
        // A link whose text was split by code or an expression shows no plain name to check.
        if (target && targetLocale && builder === opened) {
          pending.push({
            start,
            end: builder.length,
            locale: targetLocale,
            slug: target[2]!,
            section: target[3],
            // The link is all of an emphasis, or an emphasis is all of the link.
            emphasized: (parent.type === 'emphasis' && parent.children.length === 1) || (child.children.length === 1 && child.children[0]!.type === 'emphasis'),
          });
        }
      } else if ('children' in child && child.type !== 'textDirective') {
        for (const grandchild of child.children) phrasing(grandchild, child);
      } else {
        close();
      }
    };
    for (const child of node.children) phrasing(child, node);
    close();
  };

  const walk = (node: MdastNode) => {
    if (node.type === 'yaml') frontMatter(node);
    else if (node.type === 'paragraph' || node.type === 'tableCell') block(node);
    else if (node.type === 'heading') {
      block(node);
      const { hProperties } = (node.data ?? {}) as { hProperties?: { id?: unknown } };
      if (typeof hProperties?.id === 'string') headings.set(hProperties.id, plainText(node));
    } else if ('children' in node) {
      // A JSX element's attributes are code; only Markdown written between its tags is prose.
      for (const child of node.children) walk(child);
    }
  };
  walk(tree);
  return { prose, links, names: { title, headings } };
}

function plainText(node: MdastNode): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => plainText(child)).join('') : '';
}
