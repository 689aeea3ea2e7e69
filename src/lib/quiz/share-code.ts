/**
 * Answers in a share URL: `?v=1&r=<quiz revision>&a=<answers><check>`. Each answer is
 * one base-36 digit (the option's index); a final check digit catches a typo, an edit
 * or a truncation. `v` versions this format, `r` the quiz's questions, so a link made
 * for other questions is refused instead of misread.
 */

export const shareFormatVersion = 1;

/** What a code must fit: the quiz revision and the number of options of each question. */
export interface AnswerShape {
  revision: number;
  optionCounts: readonly number[];
}

export type DecodedAnswers =
  | { ok: true; answers: number[] }
  /** `absent`: no answers in the URL; `outdated`: another format or quiz revision; `damaged`: the code does not fit. */
  | { ok: false; reason: 'absent' | 'outdated' | 'damaged' };

const radix = 36;

function checkDigit(answers: readonly number[]): string {
  const sum = answers.reduce((total, answer, i) => total + (answer + 1) * (i + 7), 0);
  return (sum % radix).toString(radix);
}

export function encodeAnswers(answers: readonly number[]): string {
  return answers.map((a) => a.toString(radix)).join('') + checkDigit(answers);
}

/** The query string (without `?`) of a share URL; `key` names the answers parameter. */
export function shareQuery(answers: readonly number[], revision: number, key = 'a'): string {
  return `v=${shareFormatVersion}&r=${revision}&${key}=${encodeAnswers(answers)}`;
}

/** The query string of a comparison of two results, the CEO's and the CTO's. */
export function compareQuery(ceo: readonly number[], cto: readonly number[], revision: number): string {
  return `v=${shareFormatVersion}&r=${revision}&ceo=${encodeAnswers(ceo)}&cto=${encodeAnswers(cto)}`;
}

export function decodeAnswers(params: URLSearchParams, shape: AnswerShape, key = 'a'): DecodedAnswers {
  const code = params.get(key);
  if (code === null || code === '') return { ok: false, reason: 'absent' };
  if (params.get('v') !== String(shareFormatVersion) || params.get('r') !== String(shape.revision)) {
    return { ok: false, reason: 'outdated' };
  }
  const digits = code.toLowerCase();
  if (digits.length !== shape.optionCounts.length + 1) return { ok: false, reason: 'damaged' };
  // A character that is no base-36 digit reads as NaN, which fits no question's options, and is never the check digit.
  const answers = [...digits.slice(0, -1)].map((d) => parseInt(d, radix));
  const fits = answers.every((a, i) => a < (shape.optionCounts[i] ?? 0));
  if (!fits || checkDigit(answers) !== digits.slice(-1)) return { ok: false, reason: 'damaged' };
  return { ok: true, answers };
}

/** Reads the answers out of a whole share link as a reader pastes it (absolute or relative). */
export function decodeShareLink(link: string, shape: AnswerShape): DecodedAnswers {
  const text = link.trim();
  if (text === '') return { ok: false, reason: 'absent' };
  let url: URL;
  try {
    url = new URL(text, 'https://share.invalid/');
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  const result = decodeAnswers(url.searchParams, shape);
  return result.ok || result.reason !== 'absent' ? result : { ok: false, reason: 'damaged' };
}
