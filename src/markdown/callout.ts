/**
 * Callouts: `:::takeaway` and `:::warning` become a labelled note (`<div role="note">`) whose
 * visible title is the directive's label (`:::warning[Custom title]`) or the locale's default.
 * Not an `<aside>`: a named aside is a complementary landmark, and a guide with two warnings
 * would offer screen-reader users two identical landmarks that are really part of the text. Plain
 * Markdown rather than an MDX component, so guides can move to `.md` unchanged. The icon
 * is drawn by CSS (src/styles/prose-blocks.css), so the markup carries no decoration.
 */
import type { MdastVisitorContext } from 'satteri';
import type { Locale } from '../i18n/locales';
import { translator } from '../i18n/translate';
import type { ContainerDirective } from './directives';

export const calloutNames = ['takeaway', 'warning'] as const;
export type CalloutName = (typeof calloutNames)[number];

export function isCalloutName(name: string): name is CalloutName {
  return (calloutNames as readonly string[]).includes(name);
}

/** Turns the directive into `<div role="note" class="callout callout-{name}" aria-labelledby={titleId}>`. */
export function renderCallout(node: ContainerDirective, name: CalloutName, ctx: MdastVisitorContext, locale: Locale, titleId: string): void {
  if (Object.keys(node.attributes ?? {}).length > 0) throw new Error(`:::${name} takes no attributes (a custom title goes in brackets: :::${name}[Title])`);
  const [first] = node.children;
  const label = first?.type === 'paragraph' && first.data?.directiveLabel ? first : undefined;
  if (node.children.length === (label ? 1 : 0)) throw new Error(`:::${name} is empty`);
  const title = { hName: 'p', hProperties: { className: ['callout-title'], id: titleId } };
  if (label) ctx.setProperty(label, 'data', title);
  else {
    const text = translator(locale)(`callout.${name}`);
    ctx.prependChild(node, { type: 'paragraph', children: [{ type: 'text', value: text }], data: title });
  }
  ctx.setProperty(node, 'data', {
    hName: 'div',
    hProperties: { role: 'note', className: ['callout', `callout-${name}`], ariaLabelledBy: titleId },
  });
}
