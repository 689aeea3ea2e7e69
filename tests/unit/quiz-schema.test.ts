/**
 * The quiz schema rejects a broken quiz file at build time with a message that names the
 * quiz and the field. Runs `astro sync` against a throwaway content tree.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

const original = readFileSync('content/quizzes/cto-model.yaml', 'utf8');

function syncWithQuiz(yaml: string): string {
  const root = mkdtempSync(join(tmpdir(), 'cto-quiz-'));
  roots.push(root);
  for (const dir of ['guides/en', 'pages/en', 'quizzes']) mkdirSync(join(root, dir), { recursive: true });
  copyFileSync('content/sources.yaml', join(root, 'sources.yaml'));
  writeFileSync(join(root, 'quizzes', 'cto-model.yaml'), yaml);
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], {
    env: { ...process.env, CONTENT_DIR: root },
    encoding: 'utf8',
  });
  expect(result.status).not.toBe(0);
  return stripVTControlCharacters(result.stdout + result.stderr);
}

/** Replaces exactly one occurrence, so a test fails loudly if the content it edits changes. */
function editOnce(text: string, from: string, to: string): string {
  expect(text.split(from)).toHaveLength(2);
  return text.replace(from, to);
}

describe('quiz schema', () => {
  it('rejects a missing translation, naming the quiz and the field', () => {
    const yaml = editOnce(original, '      vi: Công ty của bạn đang ở giai đoạn nào?\n', '');
    const output = syncWithQuiz(yaml);
    expect(output).toContain('quizzes/cto-model.yaml');
    expect(output).toMatch(/questions\.0\.prompt\.vi/);
  });

  it('rejects a weight naming an unknown outcome, naming the quiz and the field', () => {
    const yaml = editOnce(original, 'weights: { full-time: 3 }\n        params: { ftMonthsToHire: 3 }', 'weights: { fulltime: 3 }\n        params: { ftMonthsToHire: 3 }');
    const output = syncWithQuiz(yaml);
    expect(output).toContain('quizzes/cto-model.yaml');
    expect(output).toMatch(/weights\.fulltime/);
    expect(output).toContain('Unknown outcome "fulltime"');
  });

  it('rejects an answer that rules out an unknown outcome, naming the quiz and the field', () => {
    const yaml = editOnce(original, '{ not-yet: 5 }\n        excludes: [full-time, service-then-full-time]', '{ not-yet: 5 }\n        excludes: [full-time, service]');
    const output = syncWithQuiz(yaml);
    expect(output).toContain('quizzes/cto-model.yaml');
    expect(output).toMatch(/options\.1\.excludes/);
    expect(output).toContain('Unknown outcome "service"');
  });

  it('rejects a tool input the tool does not read', () => {
    const output = syncWithQuiz(editOnce(original, 'params: { svcMonths: 12,', 'params: { serviceMonths: 12,'));
    expect(output).toContain('quizzes/cto-model.yaml');
    expect(output).toContain('no parameter "serviceMonths"');
  });

  it('takes an amount per currency only for a sum of money, and all three of them', () => {
    const perCurrency = syncWithQuiz(editOnce(original, 'params: { svcMonths: 18,', 'params: { svcMonths: { USD: 18, CNY: 18, VND: 18 },'));
    expect(perCurrency).toContain('quizzes/cto-model.yaml');
    expect(perCurrency).toContain('The parameter "svcMonths" of "cost-comparison" is not a sum of money');
    const missing = syncWithQuiz(editOnce(original, 'vacancyMonthlyCost: { USD: 25000, CNY: 112500, VND: 150000000 }', 'vacancyMonthlyCost: { USD: 25000, CNY: 112500 }'));
    expect(missing).toMatch(/questions\.6\.options\.1\.params\.vacancyMonthlyCost/);
  });

  it('rejects a switch value the tool does not offer, and a switch it does not have', () => {
    const badValue = syncWithQuiz(editOnce(original, 'params: { svcMode: fractional,', 'params: { svcMode: halftime,'));
    expect(badValue).toContain('quizzes/cto-model.yaml');
    expect(badValue).toContain('has no value "halftime"; it takes seat, fractional');
    const badSwitch = syncWithQuiz(editOnce(original, 'params: { svcMode: fractional,', 'params: { mode: fractional,'));
    expect(badSwitch).toContain('has no switch "mode"; its switches are view, svcMode');
  });
});
