import { describe, expect, it } from 'vitest';
import { memoByKey } from '../../src/lib/memo';

describe('memoByKey', () => {
  it('computes once per key and returns what the function returns', () => {
    const calls: string[] = [];
    const square = (key: string) => {
      calls.push(key);
      return { key, length: key.length ** 2 };
    };
    const remembered = memoByKey(square);
    const first = remembered('en');
    expect(first).toEqual(square('en'));
    expect(remembered('en')).toBe(first);
    expect(remembered('zh')).toEqual({ key: 'zh', length: 4 });
    expect(calls).toEqual(['en', 'en', 'zh']);
  });

  it('remembers an undefined result too', () => {
    let calls = 0;
    const nothing = memoByKey((_: number) => {
      calls += 1;
      return undefined;
    });
    expect(nothing(1)).toBeUndefined();
    expect(nothing(1)).toBeUndefined();
    expect(calls).toBe(1);
  });

  it('shares one promise between callers of an async query', async () => {
    let reads = 0;
    const query = memoByKey(async (locale: string) => {
      reads += 1;
      return [`${locale}/a`, `${locale}/b`];
    });
    const [a, b] = await Promise.all([query('vi'), query('vi')]);
    expect(a).toBe(b);
    expect(a).toEqual(['vi/a', 'vi/b']);
    expect(reads).toBe(1);
  });
});
