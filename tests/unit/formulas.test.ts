/** "How this is calculated": each tool's formula file is named after a tool, explained in every locale, and names only real inputs. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toolIds } from '../../src/data/catalog';
import { toolFormulas } from '../../src/data/formulas';
import { toolChoices, toolParams } from '../../src/data/tool-params';
import { locales } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n/translate';

const files = readdirSync(join(import.meta.dirname, '../../src/data/formulas')).filter((name) => name !== 'index.ts');

describe('formula files', () => {
  it('are each named after a tool, and all of them are read', () => {
    for (const name of files) expect(toolIds).toContain(name.replace(/\.ts$/, ''));
    expect(Object.keys(toolFormulas).sort()).toEqual(files.map((name) => name.replace(/\.ts$/, '')).sort());
  });

  it.each(Object.entries(toolFormulas))('%s: every formula is explained in every locale and every key is used', (id, file) => {
    expect(file.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const locale of locales) {
      const keys = Object.keys(dictionaries[locale]).filter((key) => key.startsWith(`tools.${id}.formula.`));
      expect(file.formulas.map((f) => f.explain).sort()).toEqual(keys.sort());
    }
  });

  it.each(Object.entries(toolFormulas))('%s: names every input and switch it reads by its URL name', (id, file) => {
    const tool = id as keyof typeof toolParams;
    const text = file.formulas.map((f) => f.expr).join(' ');
    for (const name of [...toolParams[tool].filter((p) => p !== 'cur'), ...Object.keys(toolChoices[tool] ?? {})]) {
      expect(text, name).toMatch(new RegExp(`\\b${name}\\b`));
    }
  });

  it.each(Object.keys(toolFormulas))('%s: says what the model leaves out, numbered as the page lists it, in every locale', (id) => {
    for (const locale of locales) {
      const omits = Object.keys(dictionaries[locale]).filter((key) => key.startsWith(`tools.${id}.omits`));
      expect(omits.length, locale).toBeGreaterThanOrEqual(2);
      expect(omits).toEqual(omits.map((_, i) => `tools.${id}.omits${i + 1}`));
    }
  });
});
