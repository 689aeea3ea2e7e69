/**
 * Choice quizzes against realistic readers: each fixture in tests/fixtures/quiz-profiles/
 * describes a founder or technologist from the guides' own criteria, answers every question
 * as they would (by the option's English label) and names the outcome the guides recommend,
 * citing the guide section that says so. Weights that send one of them elsewhere fail here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { quizIds } from '../../src/data/catalog';
import { scoreChoice } from '../../src/lib/quiz/scoring';
import { quizSchema, type ChoiceQuizDefinition } from '../../src/schemas/quiz';
import { entryFile } from '../quality/content-files';

interface Profile {
  profile: string;
  /** Question id → the English label of the option this reader picks. */
  answers: Record<string, string>;
  expected: string;
  /** `<guide slug>#<section id>` of the guide that recommends the outcome. */
  guide: string;
  /** One line: why the guide recommends it for this reader. */
  because: string;
}

const choiceQuizzes = quizIds.flatMap((id) => {
  const quiz = quizSchema.parse(parse(readFileSync(`content/quizzes/${id}.yaml`, 'utf8')));
  return quiz.kind === 'choice' ? [{ id, quiz }] : [];
});

const fixtureFile = (id: string) => `tests/fixtures/quiz-profiles/${id}.yaml`;

/** The option indices a profile picks, failing with the question and label that do not match. */
function answersOf(quiz: ChoiceQuizDefinition, profile: Profile): number[] {
  expect(Object.keys(profile.answers).sort(), profile.profile).toEqual(quiz.questions.map((q) => q.id).sort());
  return quiz.questions.map((question) => {
    const label = profile.answers[question.id];
    const index = question.options.findIndex((o) => o.label.en === label);
    expect(index, `${profile.profile}: "${question.id}" has no option labelled "${label}"`).toBeGreaterThanOrEqual(0);
    return index;
  });
}

function guideHasSection(ref: string): boolean {
  const [slug, section] = ref.split('#');
  const file = entryFile('guides', 'en', slug ?? '');
  return section !== undefined && existsSync(file) && readFileSync(file, 'utf8').includes(`{#${section}}`);
}

it('has a profile file for every choice quiz', () => {
  expect(choiceQuizzes.map(({ id }) => id).filter((id) => !existsSync(fixtureFile(id)))).toEqual([]);
});

describe.each(choiceQuizzes)('profiles for $id', ({ id, quiz }) => {
  const profiles = parse(readFileSync(fixtureFile(id), 'utf8')) as Profile[];

  it('has at least 12 profiles, at least two for every outcome, each citing a real guide section', () => {
    expect(profiles.length).toBeGreaterThanOrEqual(12);
    for (const outcome of quiz.outcomes) {
      expect(profiles.filter((p) => p.expected === outcome.id).length, outcome.id).toBeGreaterThanOrEqual(2);
    }
    expect(profiles.filter((p) => !guideHasSection(p.guide)).map((p) => `${p.profile}: ${p.guide}`)).toEqual([]);
    expect(profiles.filter((p) => p.because.trim().length === 0).map((p) => p.profile)).toEqual([]);
  });

  it.each(profiles.map((p) => ({ name: p.profile, p })))('$name', ({ p }) => {
    const { outcome, totals } = scoreChoice(quiz, answersOf(quiz, p));
    expect(outcome, `${p.guide}: ${p.because} Points: ${JSON.stringify(totals)}`).toBe(p.expected);
  });
});
