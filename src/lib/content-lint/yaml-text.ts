/**
 * Prose in the YAML content (quizzes, sources): every string under a map keyed by locale
 * (`{ en: …, zh: …, vi: … }`), a source's original `title` in its `titleLang`, and the
 * `label`s of quiz links to guides (`{ guide, section, label }`), which are links shown
 * under that label. Keys, ids, URLs and comments are data, never prose.
 */
import { isMap, isScalar, isSeq, parseDocument, type Scalar, type YAMLMap } from 'yaml';
import { type Locale, locales } from '../../i18n/locales.ts';
import { type GuideLink, LineIndex, type Prose, stringProse } from './prose.ts';

/** A YAML string scalar as prose; `offset` is where the YAML text starts in `source`. */
export function scalarProse(file: string, locale: Locale, lines: LineIndex, source: string, scalar: Scalar, offset: number): Prose {
  // A parsed scalar always has its range.
  const [start, end] = scalar.range!;
  return stringProse(file, locale, lines, source, String(scalar.value), offset + start, offset + end);
}

const isLocale = (key: unknown): key is Locale => locales.some((locale) => locale === key);

function scalarAt(map: YAMLMap, key: string): Scalar<string> | undefined {
  const value = map.get(key, true);
  return isScalar(value) && typeof value.value === 'string' ? (value as Scalar<string>) : undefined;
}

export function yamlText(file: string, source: string): { prose: Prose[]; links: GuideLink[] } {
  const lines = new LineIndex(source);
  const prose: Prose[] = [];
  const links: GuideLink[] = [];
  const text = (locale: Locale, scalar: Scalar) => {
    const block = scalarProse(file, locale, lines, source, scalar, 0);
    prose.push(block);
    return block;
  };

  /** The strings of a `{ en, zh, vi }` map, or undefined when `node` is not one. */
  const localized = (node: unknown): [Locale, Scalar][] | undefined => {
    if (!isMap(node)) return undefined;
    const entries: [Locale, Scalar][] = [];
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (!isLocale(key)) return undefined;
      if (isScalar(pair.value) && typeof pair.value.value === 'string') entries.push([key, pair.value]);
    }
    return entries;
  };

  const visit = (node: unknown) => {
    const strings = localized(node);
    if (strings) {
      for (const [locale, scalar] of strings) text(locale, scalar);
      return;
    }
    if (isSeq(node)) for (const item of node.items) visit(item);
    if (!isMap(node)) return;

    const slug = scalarAt(node, 'guide')?.value;
    const section = scalarAt(node, 'section')?.value;
    const labels = localized(node.get('label'));
    const title = scalarAt(node, 'title');
    const titleLang = scalarAt(node, 'titleLang')?.value;
    if (title && isLocale(titleLang)) text(titleLang, title);
    for (const pair of node.items) {
      if (slug !== undefined && labels && isScalar(pair.key) && pair.key.value === 'label') {
        for (const [locale, scalar] of labels) {
          const block = text(locale, scalar);
          links.push({ block, start: 0, end: block.text.length, locale, slug, section, emphasized: false });
        }
      } else {
        visit(pair.value);
      }
    }
  };
  visit(parseDocument(source).contents);
  return { prose, links };
}
