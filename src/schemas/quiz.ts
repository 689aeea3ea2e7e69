/**
 * A quiz definition (content/quizzes/<id>.yaml): every question, option, weight and
 * result text in every locale. Cross-references (a weight naming an outcome, a statement
 * naming a dimension, a tool parameter) are checked here, so a mistake fails the build
 * with the quiz file and the field in the message.
 */
import { z } from 'astro/zod';
import { toolIds } from '../data/catalog';
import { toolChoices, toolParams } from '../data/tool-params';
import { toolFields } from '../lib/cost/fields';
import { localizedText } from './localized-text';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lowercase letters, digits and hyphens');

/** A link to a section of a guide; the section id must exist in every locale's guide. */
const guideLink = z.object({
  /** The guide's slug (content/guides/{locale}/{guide}.md or .mdx). */
  guide: slug,
  /** The `{#id}` of the section. */
  section: slug,
  /** The link text. */
  label: localizedText,
});

const common = {
  /**
   * Raised whenever questions or options change meaning or order: saved progress and
   * share links made under another revision are refused instead of misread.
   */
  revision: z.number().int().positive(),
  /** The page title and `<h1>`. */
  title: localizedText,
  /** One or two sentences for the meta description and the quizzes index. */
  description: localizedText,
  /** Who the quiz is for and what it gives them, shown before the first question. */
  intro: localizedText,
  /** The cost tool the result links to, opened with the parameters the answers imply. */
  tool: z.object({ id: z.enum(toolIds), label: localizedText }),
};

/** A sum of money an answer implies, in each currency a tool opens in. */
const moneyByCurrency = z.object({ USD: z.number().min(0), CNY: z.number().min(0), VND: z.number().min(0) }).strict();

const choiceOption = z.object({
  label: localizedText,
  /** Points this answer gives to each outcome it supports (outcome id → points). */
  weights: z.record(z.string(), z.number().int().min(0).max(5)).default({}),
  /**
   * Tool inputs this answer implies (names from src/data/tool-params.ts): a number for an
   * input, one of a switch's values (`toolChoices`), such as `svcMode: fractional` for
   * an answer that implies a part-time CTO, or, for a sum of money, one amount per
   * currency (`{ USD: 50000, CNY: 250000, VND: 300000000 }`), since the tool opens in the
   * reader's currency and money is never converted.
   */
  params: z.record(z.string(), z.union([z.number(), z.string(), moneyByCurrency])).default({}),
  /**
   * Outcomes this answer rules out whatever the other answers say: a condition the guides
   * set, such as a budget that cannot pay for a full-time seat.
   */
  excludes: z.array(slug).default([]),
  /**
   * Why this answer gives these points (and rules out what it rules out), from the guides.
   * The result shows it under each answer that decided it, so write it for any reader who
   * chose this answer.
   */
  reason: localizedText,
});

const choiceQuiz = z.object({
  kind: z.literal('choice'),
  ...common,
  outcomes: z
    .array(
      z.object({
        id: slug,
        title: localizedText,
        /** One short line under the title in the result card: why this outcome fits. */
        why: localizedText,
        summary: localizedText,
        nextSteps: z.array(localizedText).min(1),
        links: z.array(guideLink).min(1),
        /**
         * Why the cost tool, opened with the inputs the answers imply, may not show what this
         * outcome recommends: shown under the link to it. Required when some answers that lead
         * here open the tool on another verdict (tests/unit/quiz-tool-agreement.test.ts).
         */
        toolCaveat: localizedText.optional(),
      }),
    )
    .min(2),
  questions: z
    .array(
      z.object({
        id: slug,
        prompt: localizedText,
        options: z.array(choiceOption).min(2).max(36),
      }),
    )
    .min(8),
});

const scaleQuiz = z.object({
  kind: z.literal('scale'),
  ...common,
  /** What the statements measure; the result scores each and shows the weakest first. */
  dimensions: z
    .array(
      z.object({
        id: slug,
        title: localizedText,
        /** Shown when the dimension scores as strong. */
        strong: localizedText,
        /** Concrete steps shown when it does not. */
        actions: z.array(localizedText).min(1),
        links: z.array(guideLink).min(1),
      }),
    )
    .min(2),
  questions: z
    .array(
      z.object({
        id: slug,
        /** A statement the reader rates from "strongly disagree" to "strongly agree". */
        prompt: localizedText,
        dimension: slug,
        /** True when agreeing signals a problem, so the scale is read the other way round. */
        reverse: z.boolean().default(false),
      }),
    )
    .min(8),
});

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

export const quizSchema = z.discriminatedUnion('kind', [choiceQuiz, scaleQuiz]).superRefine((quiz, ctx) => {
  for (const id of duplicates(quiz.questions.map((q) => q.id))) {
    ctx.addIssue({ code: 'custom', path: ['questions'], message: `Question id "${id}" is used twice` });
  }
  const known: readonly string[] = toolParams[quiz.tool.id];
  const switches: Readonly<Record<string, readonly string[]>> = toolChoices[quiz.tool.id];
  const moneyFields: readonly string[] = toolFields[quiz.tool.id].filter((f) => f.kind === 'money').map((f) => f.name);
  if (quiz.kind === 'choice') {
    const outcomes = quiz.outcomes.map((o) => o.id);
    for (const id of duplicates(outcomes)) {
      ctx.addIssue({ code: 'custom', path: ['outcomes'], message: `Outcome id "${id}" is used twice` });
    }
    quiz.questions.forEach((question, q) =>
      question.options.forEach((option, o) => {
        for (const outcome of Object.keys(option.weights)) {
          if (!outcomes.includes(outcome)) {
            ctx.addIssue({
              code: 'custom',
              path: ['questions', q, 'options', o, 'weights', outcome],
              message: `Unknown outcome "${outcome}" in question "${question.id}"; the outcomes are ${outcomes.join(', ')}`,
            });
          }
        }
        for (const outcome of option.excludes) {
          if (!outcomes.includes(outcome)) {
            ctx.addIssue({
              code: 'custom',
              path: ['questions', q, 'options', o, 'excludes'],
              message: `Unknown outcome "${outcome}" in question "${question.id}"; the outcomes are ${outcomes.join(', ')}`,
            });
          } else if (outcome in option.weights) {
            ctx.addIssue({
              code: 'custom',
              path: ['questions', q, 'options', o, 'excludes'],
              message: `Question "${question.id}" both gives points to "${outcome}" and rules it out`,
            });
          }
        }
        for (const [param, value] of Object.entries(option.params)) {
          const path = ['questions', q, 'options', o, 'params', param];
          if (typeof value === 'string') {
            const values = switches[param];
            if (!values) {
              const names = Object.keys(switches);
              ctx.addIssue({
                code: 'custom',
                path,
                message: `The tool "${quiz.tool.id}" has no switch "${param}"; ${names.length > 0 ? `its switches are ${names.join(', ')}` : 'it has none'}`,
              });
            } else if (!values.includes(value)) {
              ctx.addIssue({ code: 'custom', path, message: `The switch "${param}" of "${quiz.tool.id}" has no value "${value}"; it takes ${values.join(', ')}` });
            }
          } else if (!known.includes(param)) {
            ctx.addIssue({
              code: 'custom',
              path,
              message: `The tool "${quiz.tool.id}" has no parameter "${param}"; it reads ${known.join(', ')}`,
            });
          } else if (typeof value === 'object' && !moneyFields.includes(param)) {
            ctx.addIssue({ code: 'custom', path, message: `The parameter "${param}" of "${quiz.tool.id}" is not a sum of money; give one number, not one per currency` });
          }
        }
      }),
    );
  } else {
    const dimensions = quiz.dimensions.map((d) => d.id);
    quiz.questions.forEach((question, q) => {
      if (!dimensions.includes(question.dimension)) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions', q, 'dimension'],
          message: `Unknown dimension "${question.dimension}" in question "${question.id}"; the dimensions are ${dimensions.join(', ')}`,
        });
      }
    });
  }
});

export type QuizDefinition = z.infer<typeof quizSchema>;
export type ChoiceQuizDefinition = Extract<QuizDefinition, { kind: 'choice' }>;
export type ScaleQuizDefinition = Extract<QuizDefinition, { kind: 'scale' }>;
