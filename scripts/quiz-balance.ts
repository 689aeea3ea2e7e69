/**
 * Quiz balance: for each choice quiz in content/quizzes/, enumerates every answer path and
 * prints the share of paths each outcome wins. A figure to read when weights change, not
 * a gate (tests/unit/quiz-profiles.test.ts checks the weights against founder profiles).
 * Usage: npm run quiz:balance
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { outcomeBalance } from '../src/lib/quiz/balance.ts';
import type { ChoiceModel } from '../src/lib/quiz/scoring.ts';

const dir = 'content/quizzes';
const percent = new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
  const quiz = parse(readFileSync(`${dir}/${file}`, 'utf8')) as { kind: string } & ChoiceModel;
  if (quiz.kind !== 'choice') continue;
  // The schema defaults a missing `weights` to none; the raw YAML may leave it out.
  const model: ChoiceModel = {
    outcomes: quiz.outcomes,
    questions: quiz.questions.map((q) => ({ options: q.options.map((o) => ({ weights: o.weights ?? {}, excludes: o.excludes ?? [] })) })),
  };
  const { paths, wins, unexplained, allRuledOut } = outcomeBalance(model);
  console.log(`${file.replace(/\.yaml$/, '')}: ${paths.toLocaleString('en')} answer paths`);
  const width = Math.max(...Object.keys(wins).map((id) => id.length));
  for (const [id, n] of Object.entries(wins)) {
    console.log(`  ${id.padEnd(width)}  ${percent.format(n / paths).padStart(6)}  (${n.toLocaleString('en')})`);
  }
  if (unexplained > 0) console.log(`  ${unexplained} paths end in a result no answer explains`);
  if (allRuledOut > 0) console.log(`  ${allRuledOut} paths rule out every outcome`);
  console.log('');
}
