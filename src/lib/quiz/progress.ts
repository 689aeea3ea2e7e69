/**
 * Progress kept in localStorage between visits. What is read back is never trusted:
 * anything that does not fit the quiz as it is now (another revision, wrong length, an
 * option that no longer exists, too old, not JSON) is reported as discarded.
 */
import type { AnswerShape } from './share-code';

export interface Progress {
  /** The chosen option per question, `null` where not answered yet. */
  answers: (number | null)[];
  /** The question the reader was on (index). */
  step: number;
}

export type SavedProgress =
  | { status: 'none' }
  | { status: 'resumable'; progress: Progress; savedAt: Date }
  | { status: 'discarded' };

/** Older progress is dropped: the reader's situation has probably moved on. */
export const maxAgeDays = 90;
const dayMs = 24 * 60 * 60 * 1000;

export const storageKey = (quizId: string) => `cto-quiz:${quizId}`;

export function serializeProgress(progress: Progress, revision: number, now: Date): string {
  return JSON.stringify({ revision, answers: progress.answers, step: progress.step, savedAt: now.getTime() });
}

export function parseProgress(raw: string | null, shape: AnswerShape, now: Date): SavedProgress {
  if (raw === null) return { status: 'none' };
  let data: Record<string, unknown>;
  try {
    // Object() boxes whatever else the JSON holds (a number, null): none of the fields, so it is discarded below.
    data = Object(JSON.parse(raw)) as Record<string, unknown>;
  } catch {
    return { status: 'discarded' };
  }
  const { revision, answers, step, savedAt } = data;
  const count = shape.optionCounts.length;
  const answersFit =
    Array.isArray(answers) &&
    answers.length === count &&
    answers.every((a, i) => a === null || (Number.isInteger(a) && a >= 0 && a < (shape.optionCounts[i] ?? 0)));
  const fresh = typeof savedAt === 'number' && savedAt <= now.getTime() && now.getTime() - savedAt <= maxAgeDays * dayMs;
  const stepFits = Number.isInteger(step) && (step as number) >= 0 && (step as number) < count;
  if (revision !== shape.revision || !answersFit || !stepFits || !fresh) return { status: 'discarded' };
  const kept = answers as (number | null)[];
  if (kept.every((a) => a === null)) return { status: 'none' };
  return { status: 'resumable', progress: { answers: kept, step: step as number }, savedAt: new Date(savedAt) };
}
