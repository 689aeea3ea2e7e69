/**
 * Prose in a UI dictionary (src/i18n/ui/*.ts): the string value of every property,
 * read with TypeScript's own parser so keys, imports and comments stay out. `{name}`
 * placeholders stay in the text; they stand for words and are spaced like words.
 */
import ts from 'typescript';
import type { Locale } from '../../i18n/locales.ts';
import { LineIndex, type Prose, stringProse } from './prose.ts';

export function dictionaryText(file: string, locale: Locale, source: string): Prose[] {
  const lines = new LineIndex(source);
  // A `.ts` file (the caller's paths end so), parsed as such; positions need no parent links.
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest);
  const prose: Prose[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAssignment(node) && ts.isStringLiteralLike(node.initializer)) {
      const literal = node.initializer;
      prose.push(stringProse(file, locale, lines, source, literal.text, literal.getStart(sourceFile), literal.getEnd()));
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return prose;
}
