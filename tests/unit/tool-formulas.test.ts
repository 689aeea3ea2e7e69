/**
 * "How this is calculated" for the bad-hire and career tools: every formula's
 * explanation and every "what it leaves out" line exists in all three dictionaries, and
 * the formulas name every input the tool reads by its URL name.
 */
import { describe, expect, it } from 'vitest';
import * as badHire from '../../src/data/formulas/bad-hire-cost';
import * as career from '../../src/data/formulas/cto-career';
import { locales } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n/translate';
import { toolFields } from '../../src/lib/cost/fields';

const tools = [
  ['bad-hire-cost', badHire],
  ['cto-career', career],
] as const;

describe.each(tools)('formulas of %s', (id, { formulas, reviewed }) => {
  it.each(locales)('explains every formula, and says what the model leaves out, in %s', (locale) => {
    const dictionary: Readonly<Record<string, unknown>> = dictionaries[locale];
    for (const { explain } of formulas) {
      expect(explain.startsWith(`tools.${id}.formula.`), explain).toBe(true);
      expect(String(dictionary[explain] ?? '').trim(), `${locale} ${explain}`).toBeTruthy();
    }
    const omits = Object.keys(dictionary).filter((key) => key.startsWith(`tools.${id}.omits`));
    expect(omits.length).toBeGreaterThanOrEqual(3);
    // Numbered from 1 without a gap, in the dictionary's order, as the page lists them.
    expect(omits).toEqual(omits.map((_, i) => `tools.${id}.omits${i + 1}`));
  });

  it('names every input the tool reads, as it appears in the URL', () => {
    const text = formulas.map((f) => f.expr).join('\n');
    const unnamed = toolFields[id].map((spec) => spec.name).filter((name) => !new RegExp(`\\b${name}\\b`).test(text));
    expect(unnamed).toEqual([]);
  });

  it('gives each formula one explanation of its own and a review date', () => {
    expect(new Set(formulas.map((f) => f.explain)).size).toBe(formulas.length);
    expect(reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(reviewed))).toBe(false);
  });
});
