/**
 * Where a corrected text differs from the original, as separate changes, so that a
 * formatter's rewrite of a whole paragraph is reported at each place it touched.
 */
import { diffChars } from 'diff';

export interface Change {
  /** The changed span in the original text. */
  start: number;
  end: number;
  /** What the corrected text has there. */
  replacement: string;
}

/**
 * The changes that turn `before` into `after`: jsdiff's character diff (Myers' algorithm),
 * with each run of removed and added parts between two unchanged parts taken as one change.
 */
export function changes(before: string, after: string): Change[] {
  const found: Change[] = [];
  let open: Change | undefined;
  let position = 0;
  for (const part of diffChars(before, after)) {
    if (!part.added && !part.removed) {
      open = undefined;
      position += part.value.length;
      continue;
    }
    if (!open) {
      open = { start: position, end: position, replacement: '' };
      found.push(open);
    }
    if (part.added) open.replacement += part.value;
    else {
      position += part.value.length;
      open.end = position;
    }
  }
  return found;
}

/** A change shown in context: `…before… → …after…`, a few characters either side. */
export function describeChange(text: string, change: Change, context = 6): string {
  const before = text.slice(Math.max(0, change.start - context), change.start);
  const after = text.slice(change.end, change.end + context);
  // The context stays on the change's line.
  const left = before.slice(before.lastIndexOf('\n') + 1);
  const right = after.split('\n')[0];
  return `“${left}${text.slice(change.start, change.end)}${right}” → “${left}${change.replacement}${right}”`;
}
