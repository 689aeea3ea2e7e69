/**
 * The home page's way in: the situations a first-time reader arrives in, each with the
 * guide, quiz and tool that answer it. The text of each lives in the dictionaries
 * (`home.situation.<id>.title` and `.text`).
 */
import type { QuizId, ToolId } from './catalog';

export interface Situation {
  id: 'need-leadership' | 'strained-partnership' | 'cto-weighing-service';
  /** A guide slug, the same in every locale. */
  guide: string;
  quiz: QuizId;
  tool: ToolId;
}

export const situations: readonly Situation[] = [
  { id: 'need-leadership', guide: 'cto-as-a-service', quiz: 'cto-model', tool: 'cost-comparison' },
  { id: 'strained-partnership', guide: 'resolving-conflict', quiz: 'partnership-health', tool: 'bad-hire-cost' },
  { id: 'cto-weighing-service', guide: 'cto-career-math', quiz: 'leadership-role', tool: 'cto-career' },
];
