/**
 * The top of a result: the outcome, why in a line, and the two next steps (the guide to
 * read first and the cost tool). It takes the focus when the reader finishes the quiz.
 */
import type { Ref } from 'preact';
import type { QuizLink } from '../../lib/quiz/view';
import { Heading } from './heading';
import type { QuizStrings } from './quiz-props';

interface Props {
  level: number;
  headingId: string;
  headingRef: Ref<HTMLHeadingElement>;
  cardRef: Ref<HTMLDivElement>;
  strings: QuizStrings;
  title: string;
  why: string;
  guide: QuizLink | undefined;
  tool: QuizLink;
  /** Why the tool, opened with these answers' inputs, may show another answer. */
  toolCaveat?: string | undefined;
}

export function ResultCard({ level, headingId, headingRef, cardRef, strings, title, why, guide, tool, toolCaveat }: Props) {
  return (
    <div class="quiz-result-card" ref={cardRef}>
      <Heading level={level} id={headingId} headingRef={headingRef}>
        <span class="quiz-eyebrow">{strings['quiz.result.heading']}</span> {title}
      </Heading>
      <p class="quiz-result-why">{why}</p>
      <ul class="quiz-next">
        {guide && (
          <li>
            <span class="quiz-next-kind">{strings['quiz.result.guide']}</span>
            <a href={guide.href}>{guide.label}</a>
          </li>
        )}
        <li>
          <span class="quiz-next-kind">{strings['quiz.result.tool']}</span>
          <a class="quiz-tool-link" href={tool.href}>
            {tool.label}
          </a>
          {toolCaveat && <p class="quiz-tool-caveat">{toolCaveat}</p>}
        </li>
      </ul>
    </div>
  );
}
