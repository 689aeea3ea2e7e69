/**
 * Where a corrected text differs from the original, as separate changes, so that a
 * formatter's rewrite of a whole paragraph is reported at each place it touched.
 */

export interface Change {
  /** The changed span in the original text. */
  start: number;
  end: number;
  /** What the corrected text has there. */
  replacement: string;
}

/** The changes that turn `before` into `after`, by the longest common subsequence of characters. */
export function changes(before: string, after: string): Change[] {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix += 1;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  )
    suffix += 1;
  const a = before.slice(prefix, before.length - suffix);
  const b = after.slice(prefix, after.length - suffix);
  if (a === b) return [];

  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lengths[i * width + j] =
        a[i] === b[j] ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  const found: Change[] = [];
  let open: Change | undefined;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      open = undefined;
      i += 1;
      j += 1;
      continue;
    }
    if (!open) {
      open = { start: prefix + i, end: prefix + i, replacement: '' };
      found.push(open);
    }
    if (j < b.length && (i === a.length || lengths[i * width + j + 1]! >= lengths[(i + 1) * width + j]!)) {
      open.replacement += b[j];
      j += 1;
    } else {
      i += 1;
      open.end = prefix + i;
    }
  }
  return found;
}

/** A change shown in context: `…before… → …after…`, a few characters either side. */
export function describeChange(text: string, change: Change, context = 6): string {
  const left = text.slice(Math.max(0, change.start - context), change.start).replace(/^[^\n]*\n/, '');
  const right = text.slice(change.end, change.end + context).replace(/\n[^]*$/, '');
  return `“${left}${text.slice(change.start, change.end)}${right}” → “${left}${change.replacement}${right}”`;
}
