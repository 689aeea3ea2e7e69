/**
 * The guide schema rejects bad front matter at build time, with a message that names
 * the file and the field. Runs `astro sync` against a throwaway content tree.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function syncWithGuide(frontMatter: string): string {
  const root = mkdtempSync(join(tmpdir(), 'cto-content-'));
  roots.push(root);
  mkdirSync(join(root, 'guides', 'en'), { recursive: true });
  mkdirSync(join(root, 'pages', 'en'), { recursive: true });
  copyFileSync('content/sources.yaml', join(root, 'sources.yaml'));
  writeFileSync(join(root, 'guides', 'en', 'broken.mdx'), `---\n${frontMatter}\n---\n\nText.\n`);
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], {
    env: { ...process.env, CONTENT_DIR: root },
    encoding: 'utf8',
  });
  expect(result.status).not.toBe(0);
  return stripVTControlCharacters(result.stdout + result.stderr);
}

const valid = {
  title: 'T',
  description: 'D',
  track: 'cto-as-a-service',
  order: '1',
  updated: '2026-01-01',
  sources: '[mishunin-ctoaas]',
};
const frontMatter = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');

describe('guide schema', () => {
  it('rejects a guide without sources, naming the file and the field', () => {
    const { sources: _, ...withoutSources } = valid;
    const output = syncWithGuide(frontMatter(withoutSources));
    expect(output).toContain('guides/en/broken.mdx');
    expect(output).toMatch(/sources\W+Required/);
  });

  it('rejects an unknown track, naming the file and the field', () => {
    const output = syncWithGuide(frontMatter({ ...valid, track: 'growth-hacking' }));
    expect(output).toContain('guides/en/broken.mdx');
    expect(output).toMatch(/track\W+Invalid option/i);
  });
});
