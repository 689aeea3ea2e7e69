/** The files the content lint reads, from the project's root. */
import { globSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { ContentFile } from './index.ts';

export const contentGlobs = [
  'content/guides/*/*.{md,mdx}',
  'content/pages/*/*.{md,mdx}',
  'content/quizzes/*.yaml',
  'content/sources.yaml',
  'src/i18n/ui/*.ts',
];

export function readContent(root: string): { files: ContentFile[]; autocorrectConfig: string } {
  // The paths come in the platform's form (`\` on Windows); the lint names files with `/`.
  const paths = globSync(contentGlobs, { cwd: root }).map((path) => path.split(sep).join('/')).sort();
  return {
    files: paths.map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') })),
    autocorrectConfig: readFileSync(join(root, '.autocorrectrc'), 'utf8'),
  };
}
