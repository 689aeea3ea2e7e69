import { describe, expect, it } from 'vitest';
import { policyFirst } from '../../src/build/csp-first';

const policy = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-x'">`;

describe('policyFirst', () => {
  it('moves the policy right after <meta charset>, ahead of scripts and styles', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><script>theme()</script><link rel="stylesheet" href="/a.css">${policy}<title>T</title></head><body></body></html>`;
    expect(policyFirst(html)).toBe(
      `<!DOCTYPE html><html><head><meta charset="utf-8">${policy}<script>theme()</script><link rel="stylesheet" href="/a.css"><title>T</title></head><body></body></html>`,
    );
  });

  it('leaves a page without a policy or a charset as it is', () => {
    const bare = '<html><head><meta charset="utf-8"><title>T</title></head></html>';
    expect(policyFirst(bare)).toBe(bare);
    const noCharset = `<html><head><title>T</title>${policy}</head></html>`;
    expect(policyFirst(noCharset)).toBe(noCharset);
  });
});
