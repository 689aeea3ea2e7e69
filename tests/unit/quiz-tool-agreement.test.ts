/**
 * Quizzes agree with the calculators they hand readers to. For every outcome of every
 * choice quiz, every way of answering that leads to it (all answer paths, enumerated)
 * gives a link to the tool with the inputs and switches those answers imply, in each
 * currency (a sum of money an answer sets, such as the cost of an empty month, has an
 * amount per currency); the tool's verdict under those inputs and that currency's
 * example figures is computed through the model, as the tool page would, and
 * must be the one the outcome recommends. Where it may not be (an outcome the tool does
 * not decide, or a verdict that depends on example figures the reader should replace),
 * the outcome carries a `toolCaveat` in every locale, shown under the link. Written
 * against the model functions, so it re-runs on any change to a model or its defaults.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { QuizId, ToolId } from '../../src/data/catalog';
import { toolDefaults } from '../../src/data/tool-defaults';
import { toolChoices } from '../../src/data/tool-params';
import { dictionaries } from '../../src/i18n/translate';
import { locales, type Currency } from '../../src/i18n/locales';
import { compareCosts, costComparisonInput } from '../../src/lib/cost/cost-comparison';
import { ctoCareer } from '../../src/lib/cost/cto-career';
import { toolFields, toolValues } from '../../src/lib/cost/fields';
import { costVerdict } from '../../src/lib/cost/verdict';
import { answerPaths } from '../../src/lib/quiz/balance';
import { scoreChoice } from '../../src/lib/quiz/scoring';
import { answerParams, paramsIn, toolHref } from '../../src/lib/quiz/tool-link';
import { decodeState, type ToolState } from '../../src/lib/share-state';
import { quizSchema, type ChoiceQuizDefinition } from '../../src/schemas/quiz';

/** Which path the tool shows as the better one: cheaper (cost comparison) or worth more (career). */
type Verdict = 'fullTime' | 'service' | 'neither';

/** Each tool's verdict from the state its page decodes from the link, through the model. */
const verdictOf: Partial<Record<ToolId, (state: ToolState) => Verdict>> = {
  'cost-comparison': ({ values, choices }) => {
    const result = compareCosts(costComparisonInput(values, choices));
    const verdict = costVerdict(result[choices.view === 'economic' ? 'economic' : 'cash']);
    return verdict.cheaper;
  },
  'cto-career': ({ values }) => {
    const { fullTime, service } = ctoCareer(toolValues('cto-career', values));
    // Sums are shown in whole units: expected values that round alike are a tie.
    const difference = Math.round(fullTime.expectedValue) - Math.round(service.expectedValue);
    return difference > 0 ? 'fullTime' : difference < 0 ? 'service' : 'neither';
  },
};

/**
 * What each outcome recommends in the tool's terms; null when the tool does not decide it
 * (a co-founder, or a role that is neither path), which always needs the caveat.
 */
const recommends: Partial<Record<QuizId, Record<string, Verdict | null>>> = {
  'cto-model': { 'full-time': 'fullTime', 'service-then-full-time': 'service', 'co-founder': null, 'not-yet': null },
  'leadership-role': { 'company-builder': 'fullTime', 'service-cto': 'service', 'vp-engineering': null, 'principal-engineer': null },
};

const load = (id: string) => quizSchema.parse(parse(readFileSync(`content/quizzes/${id}.yaml`, 'utf8')));
const choiceQuizzes = Object.keys(recommends).map((id) => ({ id, quiz: load(id) as ChoiceQuizDefinition }));

/**
 * For each outcome, one answer path (option indices) per distinct set of inputs the answers
 * give the tool. Enumerating every path takes about a second, so it is done once per quiz,
 * inside the first test that asks: work done while tests are collected counts as covering no
 * test, and mutation testing would then rerun the whole suite for each quiz mutant.
 */
const pathsCache = new Map<ChoiceQuizDefinition, Map<string, number[][]>>();
function pathsByOutcome(quiz: ChoiceQuizDefinition): Map<string, number[][]> {
  if (!pathsCache.has(quiz)) {
    const setsInputs = quiz.questions.map((q) => q.options.some((o) => Object.keys(o.params).length > 0));
    const paths = new Map(quiz.outcomes.map((o) => [o.id, new Map<string, number[]>()]));
    for (const answers of answerPaths(quiz.questions.map((q) => q.options.length))) {
      const inputs = answers.filter((_, i) => setsInputs[i]).join();
      const seen = paths.get(scoreChoice(quiz, answers).outcome)!;
      if (!seen.has(inputs)) seen.set(inputs, [...answers]);
    }
    pathsCache.set(quiz, new Map([...paths].map(([outcome, seen]) => [outcome, [...seen.values()]])));
  }
  return pathsCache.get(quiz)!;
}

/** Every link an outcome can give in a currency, with one answer path that gives it. */
function linksByOutcome(quiz: ChoiceQuizDefinition, currency: Currency): Map<string, Map<string, number[]>> {
  const links = new Map<string, Map<string, number[]>>();
  for (const [outcome, paths] of pathsByOutcome(quiz)) {
    const seen = new Map<string, number[]>();
    for (const answers of paths) {
      const chosen = quiz.questions.map((q, i) => ({ params: paramsIn(q.options[answers[i]!]!.params, currency) }));
      // The page's link carries the reader's currency, as the result card's does.
      const href = toolHref('', quiz.tool.id, { cur: currency, ...answerParams(quiz.tool.id, chosen) });
      if (!seen.has(href)) seen.set(href, answers);
    }
    links.set(outcome, seen);
  }
  return links;
}

describe.each(choiceQuizzes)('$id hands readers to its calculator', ({ id, quiz }) => {
  const tool = quiz.tool.id;
  const decide = verdictOf[tool]!;
  /** The verdict the page shows for a link, with the example figures of the link's currency. */
  const verdictFor = (href: string, currency: Currency) => {
    const decoded = decodeState(href.slice(href.indexOf('?')), toolFields[tool], (c) => ({ ...toolDefaults[tool][c] }), currency, toolChoices[tool]);
    expect(decoded.rejected, href).toEqual([]);
    expect(decoded.state.currency, href).toBe(currency);
    return decide(decoded.state);
  };
  const currencies: Currency[] = ['USD', 'CNY', 'VND'];

  it('names what every outcome recommends in the tool’s terms', () => {
    expect(Object.keys(recommends[id as QuizId]!).sort()).toEqual(quiz.outcomes.map((o) => o.id).sort());
  });

  it.each(quiz.outcomes.map((o) => [o.id, o] as const))('%s: the tool agrees, or the result says why it may not', (outcomeId, outcome) => {
    const wanted = recommends[id as QuizId]![outcomeId];
    const disagreements = currencies.flatMap((currency) => {
      const reached = linksByOutcome(quiz, currency).get(outcomeId)!;
      expect(reached.size, 'some answers lead to this outcome').toBeGreaterThan(0);
      return [...reached]
        .map(([href, answers]) => ({ href, answers, verdict: verdictFor(href, currency) }))
        .filter(({ verdict }) => verdict !== wanted)
        .map(({ href, answers, verdict }) => `${href} (answers ${answers.join(',')}): the tool shows ${verdict}, the outcome recommends ${wanted}`);
    });
    if (disagreements.length > 0) {
      expect(outcome.toolCaveat, `no caveat, yet:\n${disagreements.slice(0, 5).join('\n')}`).toBeDefined();
      for (const locale of locales) expect(outcome.toolCaveat![locale].trim().length, locale).toBeGreaterThan(20);
    }
  });
});

describe.each(choiceQuizzes)('$id gives one verdict whatever the currency', ({ quiz }) => {
  const tool = quiz.tool.id;
  // The examples are one business in three currencies (src/data/tool-defaults.ts), so a
  // reader's answers must lead to the same verdict in yuan and dong as in dollars.
  it('for every answer path', () => {
    const currencies: Currency[] = ['USD', 'CNY', 'VND'];
    const split: string[] = [];
    // Paths that set the same inputs open the same tool state: each is checked once.
    const checked = new Set<string>();
    for (const answers of answerPaths(quiz.questions.map((q) => q.options.length))) {
      const inputs = JSON.stringify(quiz.questions.map((q, i) => q.options[answers[i]!]!.params ?? null));
      if (checked.has(inputs)) continue;
      checked.add(inputs);
      const verdicts = currencies.map((currency) => {
        const chosen = quiz.questions.map((q, i) => ({ params: paramsIn(q.options[answers[i]!]!.params, currency) }));
        const href = toolHref('', tool, { cur: currency, ...answerParams(tool, chosen) });
        const decoded = decodeState(href.slice(href.indexOf('?')), toolFields[tool], (c) => ({ ...toolDefaults[tool][c] }), currency, toolChoices[tool]);
        return verdictOf[tool]!(decoded.state);
      });
      if (new Set(verdicts).size > 1) split.push(`answers ${answers.join(',')}: ${verdicts.join(' / ')}`);
    }
    expect(split, split.slice(0, 5).join('\n')).toEqual([]);
  });
});

describe('cto-model opens the cost comparison on a verdict about the empty seat', () => {
  const quiz = choiceQuizzes.find((q) => q.id === 'cto-model')!.quiz;
  // The paid paths' outcomes: the verdict there turns on the vacancy cost, which the quiz sets from the answer on timing.
  const paid = ['full-time', 'service-then-full-time'];

  it.each(['USD', 'CNY', 'VND'] as Currency[])('in %s, every link of a paid outcome sets a vacancy cost, and the verdict is the conditional one', (currency) => {
    const set = new Set<number>();
    for (const [outcome, reached] of linksByOutcome(quiz, currency)) {
      if (!paid.includes(outcome)) continue;
      for (const href of reached.keys()) {
        const decoded = decodeState(href.slice(href.indexOf('?')), toolFields['cost-comparison'], (c) => ({ ...toolDefaults['cost-comparison'][c] }), currency, toolChoices['cost-comparison']);
        expect(new URLSearchParams(href.slice(href.indexOf('?'))).has('vacancyMonthlyCost'), href).toBe(true);
        set.add(decoded.state.values['vacancyMonthlyCost']!);
        // A flip point is what makes the headline say "… unless a month without a technical leader costs you more (less) than …".
        expect(compareCosts(costComparisonInput(decoded.state.values, decoded.state.choices)).cash.vacancyFlip, href).not.toBeNull();
      }
    }
    // The three answers on timing: decisions due within a quarter, within a year, no rush.
    expect(set.size).toBe(3);
    expect(set.has(0)).toBe(true);
  });

  it('the service outcome, which hands over to a CTO or an in-house lead, tells the reader where the tool picks which', () => {
    const outcome = quiz.outcomes.find((o) => o.id === 'service-then-full-time')!;
    // No answer sets the successor, so every link opens with the tool's default (a full-time CTO).
    for (const reached of linksByOutcome(quiz, 'USD').get(outcome.id)!.keys()) expect(reached).not.toContain('successor=');
    for (const locale of locales) {
      expect(outcome.toolCaveat![locale], locale).toContain(`“${dictionaries[locale]['calc.cc.successor']}”`);
    }
  });
});
