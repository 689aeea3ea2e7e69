/**
 * The content security policy holds: each page kind loads, and the header search loads its
 * UI and Pagefind in every locale, without a single violation reported by Chromium; and
 * no built page's policy lets inline scripts run unhashed.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { assertBuilt, builtFile, pageSamples } from '../quality/page-kinds';
import { builtPages, openPage, useBrowser } from './harness';

const browser = useBrowser();

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/** Opens a page that records every CSP violation from before its first script runs. */
async function watchedPage(): Promise<Page> {
  const { page } = await openPage(browser());
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push(`${event.effectiveDirective} blocked ${event.blockedURI}`);
    });
  });
  return page;
}

const violations = (page: Page) => page.evaluate(() => window.cspViolations ?? []);

/** The policy a built page declares in its `<meta http-equiv>`, directive by directive. */
function policyOf(path: string): Map<string, string[]> {
  const html = readFileSync(builtFile(path) ?? path, 'utf8');
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
  if (!content) throw new Error(`${path} declares no content security policy`);
  return new Map(
    content
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('content security policy', () => {
  it('is reported by Chromium when broken, so the checks below can fail', async () => {
    const page = await watchedPage();
    await page.goto('/en/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "injected"';
      document.body.append(script);
    });
    await expect.poll(() => violations(page)).toEqual(['script-src-elem blocked inline']);
  });

  // One locale per page kind: site.test.ts already fails on a CSP violation on any page.
  it.each(pageSamples('one locale'))('$kind $path loads without a violation', async (sample) => {
    assertBuilt(sample);
    const page = await watchedPage();
    await page.goto(sample.path);
    await page.waitForLoadState('networkidle');
    await expect(violations(page)).resolves.toEqual([]);
  });

  it.each(['en', 'zh', 'vi'])('the %s header search loads its UI and Pagefind without a violation', async (locale) => {
    const page = await watchedPage();
    await page.goto(`/${locale}/guides/`);
    await page.keyboard.press('/');
    await page.keyboard.type('cto');
    await page.locator('.search-results li').first().waitFor({ timeout: 10_000 });
    await expect(violations(page)).resolves.toEqual([]);
  });

  it.each(builtPages())('%s allows no unhashed inline script', (path) => {
    const policy = policyOf(path);
    const scriptSources = policy.get('script-src') ?? policy.get('default-src');
    expect(scriptSources).toBeDefined();
    expect(scriptSources).not.toContain("'unsafe-inline'");
    expect(scriptSources).not.toContain("'unsafe-eval'");
  });

  // A policy in a <meta> governs only what the parser meets after it.
  it.each(builtPages())('%s declares its policy before any script, style or link', (path) => {
    const html = readFileSync(builtFile(path) ?? path, 'utf8');
    const head = /<head>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
    const beforePolicy = head.slice(0, head.search(/<meta http-equiv="content-security-policy"/i));
    expect(head).toMatch(/<meta http-equiv="content-security-policy"/i);
    expect(beforePolicy.match(/<[a-z]+/gi)).toEqual(['<meta']);
    expect(beforePolicy).toMatch(/^<meta charset="utf-8">$/i);
  });
});
