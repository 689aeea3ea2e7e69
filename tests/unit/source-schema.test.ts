import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../../src/schemas/source';

const source = (url: string) => ({
  author: 'A',
  title: 'T',
  titleLang: 'en',
  publication: { en: 'P', zh: 'P', vi: 'P' },
  url,
});

describe('source schema', () => {
  it.each(['https://example.com/article', 'http://example.com/a?b=c#d'])('accepts the web address %s', (url) => {
    expect(sourceSchema.safeParse(source(url)).success).toBe(true);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.com/a', 'JAVASCRIPT:alert(1)'])(
    'rejects %s with a message that says what is allowed',
    (url) => {
      const result = sourceSchema.safeParse(source(url));
      expect(result.success).toBe(false);
      expect(JSON.stringify(result.error?.issues)).toMatch(/http:\/\/ or https:\/\//);
    },
  );
});
