import { describe, expect, it } from 'vitest';
import { formatPublished } from '../../src/lib/format';
import { sourceSchema } from '../../src/schemas/source';

const source = (fields: Record<string, unknown>) => ({
  author: 'A',
  title: 'T',
  titleLang: 'en',
  publication: { en: 'P', zh: 'P', vi: 'P' },
  ...fields,
});

describe('source schema', () => {
  it.each(['https://example.com/article', 'http://example.com/a?b=c#d'])('accepts the web address %s', (url) => {
    expect(sourceSchema.safeParse(source({ url })).success).toBe(true);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.com/a', 'JAVASCRIPT:alert(1)'])(
    'rejects %s with a message that says what is allowed',
    (url) => {
      const result = sourceSchema.safeParse(source({ url }));
      expect(result.success).toBe(false);
      expect(JSON.stringify(result.error?.issues)).toMatch(/http:\/\/ or https:\/\//);
    },
  );

  it('leaves the date out when the source shows none', () => {
    expect(sourceSchema.parse(source({})).published).toBeUndefined();
  });

  // YAML reads an unquoted 2017 as a number and 2020-02-10 as a Date.
  it.each([
    ['2017', '2017'],
    [2017, '2017'],
    ['2020-02-10', '2020-02-10'],
    [new Date('2020-02-10T00:00:00Z'), '2020-02-10'],
    ['2024-02-29', '2024-02-29'],
  ])('reads the publication date %o as %s', (published, expected) => {
    expect(sourceSchema.parse(source({ published })).published).toBe(expected);
  });

  it.each(['2020-02', '20', 'Feb 2020', '10/02/2020', '2020-2-10'])(
    'rejects the publication date %s, saying which forms are allowed',
    (published) => {
      const result = sourceSchema.safeParse(source({ published }));
      expect(result.success).toBe(false);
      expect(JSON.stringify(result.error?.issues)).toMatch(/a year \(\\"2017\\"\) or a day \(\\"2020-02-10\\"\)/);
    },
  );

  it.each(['2021-02-30', '2023-13-01', '2023-00-10'])('rejects %s, which is not a real day', (published) => {
    const result = sourceSchema.safeParse(source({ published }));
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toMatch(/not a real day/);
  });
});

describe('a source’s publication date in a citation', () => {
  it.each([
    ['en-US', '2017', '2017'],
    ['zh-CN', '2017', '2017年'],
    ['vi-VN', '2017', '2017'],
    ['en-US', '2013-11-02', 'November 2, 2013'],
    ['zh-CN', '2013-11-02', '2013年11月2日'],
    ['vi-VN', '2013-11-02', '2 tháng 11, 2013'],
    // The first and last days of a year stay in that year whatever the reader's time zone.
    ['en-US', '2023-12-31', 'December 31, 2023'],
    ['en-US', '2024-01-01', 'January 1, 2024'],
  ])('in %s, %s reads %s', (intlLocale, published, expected) => {
    expect(formatPublished(published, intlLocale)).toBe(expected);
  });
});
