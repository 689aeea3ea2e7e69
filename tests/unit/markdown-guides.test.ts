/**
 * A guide written as plain Markdown (.md) renders exactly as the same text in MDX: the
 * collection loads both, and the same Markdown processor and plugins (callouts, diagrams,
 * heading anchors, stacked tables) apply to both. Builds the real site plus two twin
 * guides into a throwaway directory and compares their pages.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'cto-md-guide-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const body = `---
title: Twin guide
description: The same text as Markdown and as MDX.
track: cto-as-a-service
order: 99
updated: 2026-11-01
sources: [mishunin-ctoaas]
---

## Before the handover {#before}

:::takeaway
Hand over **decisions**, not only [tasks](/en/guides/handover/).
:::

:::warning[Before you sign]
Read the vesting terms.
:::

:::diagram{kind="steps"}
Who leads moves from the service CTO to the in-house lead.

1. **Prepare** — 2–3 months before exit.
2. **Shadow** — Weeks 1–4 of the overlap.
3. **Exit** — The last 2 weeks.
:::

| Role | Before | After |
| --- | --- | --- |
| CTO | leads | advises |
`;

function buildWithTwins(): string {
  const content = join(root, 'content');
  for (const part of ['sources.yaml', 'pages', 'guides', 'quizzes']) cpSync(join('content', part), join(content, part), { recursive: true });
  // Real guides import components as ../../../src/…, which from the copy resolves here.
  symlinkSync(resolve('src'), join(root, 'src'));
  writeFileSync(join(content, 'guides', 'en', 'twin-md.md'), body);
  writeFileSync(join(content, 'guides', 'en', 'twin-mdx.mdx'), body);
  const dist = join(root, 'dist');
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', dist], {
    env: { ...process.env, CONTENT_DIR: content },
    encoding: 'utf8',
  });
  expect(build.status, build.stderr).toBe(0);
  return dist;
}

describe('a .md guide', () => {
  it('renders its callouts, diagram, anchors and table exactly as the same guide in .mdx', () => {
    const dist = buildWithTwins();
    const article = (slug: string) => parse(readFileSync(join(dist, 'en', 'guides', slug, 'index.html'), 'utf8')).querySelector('article')!;
    const md = article('twin-md');
    const mdx = article('twin-mdx');
    expect(md.querySelectorAll('div[role=note].callout').map((n) => n.classList.value.join(' '))).toEqual(['callout callout-takeaway', 'callout callout-warning']);
    expect(md.querySelector('figure svg')).not.toBeNull();
    expect(md.querySelector('h2#before')).not.toBeNull();
    expect(md.querySelector('table')).not.toBeNull();
    // Two spellings of the same HTML differ: Markdown output keeps a line break between
    // block elements where MDX's JSX has none, and writes an empty attribute as `name=""`
    // where Astro writes `name` (the HTML standard reads both alike). Compare tag by tag.
    const blocks = (html: string) => html.replaceAll('=""', '').replace(/>\s*</g, '>\n<').split('\n');
    expect(blocks(md.outerHTML)).toEqual(blocks(mdx.outerHTML));
  }, 600_000);
});
