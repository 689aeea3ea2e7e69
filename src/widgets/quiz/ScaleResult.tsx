/** A scale quiz's result: the card naming the weakest dimension, then a score per dimension, the weakest first, with actions and guide sections. */
import type { Ref } from 'preact';
import { fill } from '../../i18n/fill';
import { mixedFrom, scoreScale, strongFrom } from '../../lib/quiz/scoring';
import { shareQuery } from '../../lib/quiz/share-code';
import { toolHref } from '../../lib/quiz/tool-link';
import type { ScaleQuizView } from '../../lib/quiz/view';
import { Heading } from './heading';
import type { QuizStrings } from './quiz-props';
import { ResultCard } from './ResultCard';

interface Props {
  quiz: ScaleQuizView;
  answers: number[];
  strings: QuizStrings;
  level: number;
  headingId: string;
  headingRef: Ref<HTMLHeadingElement>;
  cardRef: Ref<HTMLDivElement>;
}

export function ScaleResult({ quiz, answers, strings, level, headingId, headingRef, cardRef }: Props) {
  const scores = scoreScale(quiz, answers);
  const lowest = scores[0];
  const weakest = quiz.dimensions.find((d) => d.id === lowest?.dimension);
  const allStrong = lowest?.level === 'strong';
  return (
    <>
      <ResultCard
        level={level}
        headingId={headingId}
        headingRef={headingRef}
        cardRef={cardRef}
        strings={strings}
        title={allStrong || !weakest ? strings['quiz.health.allStrong'] : fill(strings['quiz.health.weakest'], { dimension: weakest.title })}
        why={fill(strings[allStrong ? 'quiz.health.whyStrong' : 'quiz.health.why'], { score: lowest?.score ?? 0 })}
        guide={weakest?.links[0]}
        tool={{ href: toolHref(quiz.tool.path, quiz.tool.id, { cur: quiz.tool.currency }), label: quiz.tool.label }}
      />
      <p>{strings['quiz.health.order']}</p>
      <ol class="quiz-dimensions">
        {scores.map(({ dimension, score, level: health }) => {
          const view = quiz.dimensions.find((d) => d.id === dimension);
          if (!view) return null;
          const labelId = `${quiz.id}-${dimension}-label`;
          return (
            <li key={dimension} class={`quiz-dimension ${health}`}>
              <Heading level={level + 1} id={labelId}>
                {view.title}
              </Heading>
              <p class="quiz-score">
                <meter min={0} max={100} low={mixedFrom} high={strongFrom} optimum={100} value={score} aria-labelledby={labelId} />
                <span>
                  {fill(strings['quiz.score'], { score })} · <strong>{strings[`quiz.level.${health}`]}</strong>
                </span>
              </p>
              {health === 'strong' ? (
                <p>{view.strong}</p>
              ) : (
                <>
                  <p class="quiz-subhead">{strings['quiz.health.actions']}</p>
                  <ul>
                    {view.actions.map((action, i) => (
                      <li key={i}>{action}</li>
                    ))}
                  </ul>
                </>
              )}
              <ul class="quiz-links">
                {view.links.map((link) => (
                  <li key={link.href}>
                    <a href={link.href}>{link.label}</a>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
      <Heading level={level + 1}>{strings['quiz.compare.heading']}</Heading>
      <p>{strings['quiz.compare.intro']}</p>
      <ul class="quiz-links">
        <li>
          <a href={`${quiz.comparePath}?${shareQuery(answers, quiz.revision, 'ceo')}`}>{strings['quiz.compare.asCeo']}</a>
        </li>
        <li>
          <a href={`${quiz.comparePath}?${shareQuery(answers, quiz.revision, 'cto')}`}>{strings['quiz.compare.asCto']}</a>
        </li>
      </ul>
    </>
  );
}
