/**
 * The content lint: copy rules over every reader-facing text of the site (guides, reference
 * pages, quizzes, sources, UI dictionaries), from real parses of each file. Pure: it takes
 * the files' text and AutoCorrect's configuration, and returns findings.
 */
import { loadConfig } from 'autocorrect-node';
import { type Locale, locales } from '../../i18n/locales.ts';
import { dictionaryText } from './dictionary.ts';
import { guideLinkTitles } from './guide-links.ts';
import { markdownText } from './markdown.ts';
import type { Finding, GuideLink, GuideNames, Prose } from './prose.ts';
import { proseRules } from './rules.ts';
import { yamlText } from './yaml-text.ts';

export type { Finding } from './prose.ts';

/** A file to lint: its path from the project root, with `/` separators, and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

const markdownPath = /^content\/(guides|pages)\/([a-z]{2})\/([^/]+)\.mdx?$/;
const yamlPath = /^content\/.+\.ya?ml$/;
const dictionaryPath = /^src\/i18n\/ui\/([a-z]{2})(?:-[a-z]+)?\.ts$/;

const asLocale = (code: string | undefined, path: string): Locale => {
  const locale = locales.find((l) => l === code);
  if (!locale) throw new Error(`${path}: no locale in its path`);
  return locale;
};

/** Lints `files` with AutoCorrect configured by `autocorrectConfig` (the text of .autocorrectrc). */
export function lintContent(files: readonly ContentFile[], autocorrectConfig: string): Finding[] {
  loadConfig(autocorrectConfig);
  const prose: Prose[] = [];
  // Stryker disable next-line ArrayDeclaration: a non-link element names no guide (guideLinkTitles skips a link whose guide it cannot find), so no input can tell it from an empty start
  const links: GuideLink[] = [];
  const guides = new Map<string, GuideNames>();
  for (const { path, text } of files) {
    const markdown = markdownPath.exec(path);
    const dictionary = dictionaryPath.exec(path);
    if (markdown) {
      const found = markdownText(path, asLocale(markdown[2], path), text);
      prose.push(...found.prose);
      links.push(...found.links);
      if (markdown[1] === 'guides') guides.set(`${markdown[2]}/${markdown[3]}`, found.names);
    } else if (yamlPath.test(path)) {
      const found = yamlText(path, text);
      prose.push(...found.prose);
      links.push(...found.links);
    } else if (dictionary) {
      prose.push(...dictionaryText(path, asLocale(dictionary[1], path), text));
    } else {
      throw new Error(`${path}: the content lint has no reader for this file`);
    }
  }
  const findings = [
    ...prose.flatMap((block) => proseRules.flatMap((rule) => rule(block))),
    ...guideLinkTitles(links, (locale, slug) => guides.get(`${locale}/${slug}`)),
  ];
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** `file:line:col rule message`, the form editors and terminals link to. */
export const formatFinding = (f: Finding) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`;
