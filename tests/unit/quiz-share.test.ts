/** Share codes and saved progress: what comes back from a URL or localStorage is never trusted. */
import { describe, expect, it } from 'vitest';
import { maxAgeDays, parseProgress, serializeProgress } from '../../src/lib/quiz/progress';
import { compareQuery, decodeAnswers, decodeShareLink, encodeAnswers, shareQuery } from '../../src/lib/quiz/share-code';

const shape = { revision: 2, optionCounts: [4, 4, 3, 12, 5] };
const answers = [3, 0, 2, 11, 4];
const params = (query: string) => new URLSearchParams(query);

describe('share codes', () => {
  it('round-trips answers through a short, versioned query', () => {
    const query = shareQuery(answers, 2);
    expect(query).toBe(`v=1&r=2&a=${encodeAnswers(answers)}`);
    expect(encodeAnswers(answers)).toHaveLength(answers.length + 1);
    expect(decodeAnswers(params(query), shape)).toEqual({ ok: true, answers });
  });

  it('reads the answers under another parameter name (the comparison’s ceo and cto)', () => {
    expect(decodeAnswers(params(shareQuery(answers, 2, 'cto')), shape, 'cto')).toEqual({ ok: true, answers });
  });

  it('keeps both results of a comparison in one query', () => {
    const other = answers.map((a) => (a + 1) % 2);
    const query = params(compareQuery(answers, other, 2));
    expect(decodeAnswers(query, shape, 'ceo')).toEqual({ ok: true, answers });
    expect(decodeAnswers(query, shape, 'cto')).toEqual({ ok: true, answers: other });
  });

  it('reports a URL without answers as absent', () => {
    expect(decodeAnswers(params(''), shape)).toEqual({ ok: false, reason: 'absent' });
  });

  it('refuses a code made for another format or quiz revision', () => {
    const code = encodeAnswers(answers);
    expect(decodeAnswers(params(`v=2&r=2&a=${code}`), shape)).toEqual({ ok: false, reason: 'outdated' });
    expect(decodeAnswers(params(`v=1&r=1&a=${code}`), shape)).toEqual({ ok: false, reason: 'outdated' });
    expect(decodeAnswers(params(`r=2&a=${code}`), shape)).toEqual({ ok: false, reason: 'outdated' });
  });

  it.each([
    ['truncated', (code: string) => code.slice(0, -2)],
    ['extended', (code: string) => `${code}0`],
    ['one answer changed', (code: string) => `1${code.slice(1)}`],
    ['an option that does not exist', (code: string) => `9${code.slice(1)}`],
    ['not base 36', (code: string) => `${code.slice(0, 2)}%${code.slice(3)}`],
  ])('refuses a %s code as damaged', (_, tamper) => {
    const code = tamper(encodeAnswers(answers));
    expect(decodeAnswers(params(`v=1&r=2&a=${encodeURIComponent(code)}`), shape)).toEqual({ ok: false, reason: 'damaged' });
  });

  it('reads a pasted link, absolute or relative, and refuses text that holds no answers', () => {
    const query = shareQuery(answers, 2);
    expect(decodeShareLink(`  https://example.com/en/quizzes/x/?${query}\n`, shape)).toEqual({ ok: true, answers });
    expect(decodeShareLink(`/vi/quizzes/x/?${query}`, shape)).toEqual({ ok: true, answers });
    expect(decodeShareLink('hello', shape)).toEqual({ ok: false, reason: 'damaged' });
    expect(decodeShareLink('', shape)).toEqual({ ok: false, reason: 'absent' });
  });
});

describe('saved progress', () => {
  const now = new Date('2026-11-30T10:00:00Z');
  const progress = { answers: [3, null, 2, null, null], step: 2 };
  const saved = serializeProgress(progress, 2, now);
  const edit = (changes: Record<string, unknown>) => JSON.stringify({ ...JSON.parse(saved), ...changes });

  it('offers back what was saved', () => {
    expect(parseProgress(saved, shape, now)).toEqual({ status: 'resumable', progress, savedAt: now });
  });

  it('has nothing to offer when nothing, or no answer, was saved', () => {
    expect(parseProgress(null, shape, now)).toEqual({ status: 'none' });
    expect(parseProgress(edit({ answers: [null, null, null, null, null] }), shape, now)).toEqual({ status: 'none' });
  });

  it.each([
    ['not JSON', '{"answers": [3,'],
    ['JSON that is not an object', '42'],
    ['another revision', edit({ revision: 1 })],
    ['too few answers', edit({ answers: [3, null] })],
    ['an option that does not exist', edit({ answers: [3, null, 7, null, null] })],
    ['a fractional answer', edit({ answers: [1.5, null, null, null, null] })],
    ['a step outside the quiz', edit({ step: 5 })],
    ['no date', edit({ savedAt: 'yesterday' })],
    ['a date in the future', edit({ savedAt: now.getTime() + 60_000 })],
    [`a date more than ${maxAgeDays} days ago`, edit({ savedAt: now.getTime() - (maxAgeDays + 1) * 24 * 3600 * 1000 })],
  ])('discards %s', (_, raw) => {
    expect(parseProgress(raw, shape, now)).toEqual({ status: 'discarded' });
  });
});
