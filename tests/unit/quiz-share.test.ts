/** Share codes and saved progress: what comes back from a URL or localStorage is never trusted. */
import { describe, expect, it } from 'vitest';
import { maxAgeDays, parseProgress, serializeProgress, storageKey } from '../../src/lib/quiz/progress';
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

describe('share codes, digit by digit', () => {
  it('writes one base-36 digit per answer and a check digit Σ (answer + 1) × (position + 7) mod 36', () => {
    // 4 × 7 + 1 × 8 + 3 × 9 = 63, and 63 mod 36 = 27, written "r".
    expect(encodeAnswers([3, 0, 2])).toBe('302r');
    // 12 × 7 = 84, 84 mod 36 = 12: "c"; the answer 11 itself is "b".
    expect(encodeAnswers([11])).toBe('bc');
    expect(shareQuery([11], 4)).toBe('v=1&r=4&a=bc');
    expect(compareQuery([3, 0, 2], [11], 7)).toBe('v=1&r=7&ceo=302r&cto=bc');
  });

  it('reads a code typed in capitals', () => {
    expect(decodeAnswers(params('v=1&r=4&a=BC'), { revision: 4, optionCounts: [12] })).toEqual({ ok: true, answers: [11] });
  });

  it('refuses an answer one past the last option, and an empty code as absent', () => {
    const one = { revision: 4, optionCounts: [4] };
    // 3 is the last of four options: 4 × 7 = 28, "s". Option 4 would be 5 × 7 = 35, "z".
    expect(decodeAnswers(params('v=1&r=4&a=3s'), one)).toEqual({ ok: true, answers: [3] });
    expect(decodeAnswers(params('v=1&r=4&a=4z'), one)).toEqual({ ok: false, reason: 'damaged' });
    expect(decodeAnswers(params('v=1&r=4&a='), one)).toEqual({ ok: false, reason: 'absent' });
    expect(decodeAnswers(params('v=1&r=4&a=-3s'), one)).toEqual({ ok: false, reason: 'damaged' });
  });

  it('refuses a well-formed code whose check digit is right but which does not fit the questions', () => {
    // '302r' is a sound code of three answers (see above), but the quiz has five questions.
    expect(decodeAnswers(params('v=1&r=2&a=302r'), shape)).toEqual({ ok: false, reason: 'damaged' });
    // Five answers with a correct check digit, the fourth of them 12 where that question has options 0–11.
    const beyond = encodeAnswers([3, 0, 2, 12, 4]);
    expect(decodeAnswers(params(`v=1&r=2&a=${beyond}`), shape)).toEqual({ ok: false, reason: 'damaged' });
    // A character outside base 36 in the place of an answer or of the check digit.
    expect(decodeAnswers(params('v=1&r=4&a=.s'), { revision: 4, optionCounts: [4] })).toEqual({ ok: false, reason: 'damaged' });
    expect(decodeAnswers(params('v=1&r=4&a=3.'), { revision: 4, optionCounts: [4] })).toEqual({ ok: false, reason: 'damaged' });
  });

  it('keeps a pasted link’s own verdict, and calls text that is no URL at all damaged', () => {
    expect(decodeShareLink(`/en/quizzes/x/?v=1&r=1&a=${encodeAnswers(answers)}`, shape)).toEqual({ ok: false, reason: 'outdated' });
    expect(decodeShareLink('https://[', shape)).toEqual({ ok: false, reason: 'damaged' });
    expect(decodeShareLink('   ', shape)).toEqual({ ok: false, reason: 'absent' });
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

  it('saves the revision, the answers, the step and the time under the quiz’s own key', () => {
    expect(storageKey('cto-model')).toBe('cto-quiz:cto-model');
    expect(JSON.parse(saved)).toEqual({ revision: 2, answers: [3, null, 2, null, null], step: 2, savedAt: now.getTime() });
  });

  it('offers back progress saved just now, on the last question, or exactly the maximum age ago', () => {
    const dayMs = 24 * 3600 * 1000;
    expect(parseProgress(edit({ step: 4 }), shape, now)).toMatchObject({ status: 'resumable', progress: { step: 4 } });
    expect(parseProgress(edit({ step: 0, answers: [null, null, null, null, 4] }), shape, now)).toMatchObject({ status: 'resumable' });
    const oldest = now.getTime() - maxAgeDays * dayMs;
    expect(parseProgress(edit({ savedAt: oldest }), shape, now)).toEqual({ status: 'resumable', progress, savedAt: new Date(oldest) });
    expect(maxAgeDays).toBe(90);
  });

  it('offers back the first option as an answer like any other', () => {
    const first = { answers: [0, 0, null, null, null], step: 1 };
    expect(parseProgress(serializeProgress(first, 2, now), shape, now)).toEqual({ status: 'resumable', progress: first, savedAt: now });
  });

  it('has nothing to offer when nothing, or no answer, was saved', () => {
    expect(parseProgress(null, shape, now)).toEqual({ status: 'none' });
    expect(parseProgress(edit({ answers: [null, null, null, null, null] }), shape, now)).toEqual({ status: 'none' });
  });

  it.each([
    ['not JSON', '{"answers": [3,'],
    ['JSON that is not an object', '42'],
    ['JSON null', 'null'],
    ['answers that are not a list', edit({ answers: '3,,2' })],
    ['a negative answer', edit({ answers: [-1, null, null, null, null] })],
    ['an answer one past the last option', edit({ answers: [4, null, null, null, null] })],
    ['a negative step', edit({ step: -1 })],
    ['a fractional step', edit({ step: 1.5 })],
    ['no step', edit({ step: undefined })],
    ['another revision', edit({ revision: 1 })],
    ['too few answers', edit({ answers: [3, null] })],
    ['an option that does not exist', edit({ answers: [3, null, 7, null, null] })],
    ['a fractional answer', edit({ answers: [1.5, null, null, null, null] })],
    ['a step outside the quiz', edit({ step: 5 })],
    ['no date', edit({ savedAt: 'yesterday' })],
    // A number written as text would pass every comparison with the time now.
    ['a date written as text', edit({ savedAt: String(now.getTime()) })],
    ['a date in the future', edit({ savedAt: now.getTime() + 60_000 })],
    [`a date more than ${maxAgeDays} days ago`, edit({ savedAt: now.getTime() - (maxAgeDays + 1) * 24 * 3600 * 1000 })],
  ])('discards %s', (_, raw) => {
    expect(parseProgress(raw, shape, now)).toEqual({ status: 'discarded' });
  });
});
