/** Scenarios side by side: two scenarios in one link (v=2), read back strictly, and every output compared. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toolIds, type ToolId } from '../../src/data/catalog';
import { toolDefaults } from '../../src/data/tool-defaults';
import { toolChoices } from '../../src/data/tool-params';
import type { Currency } from '../../src/i18n/locales';
import { toolFields, type FieldSpec } from '../../src/lib/cost/fields';
import { compareOutputs, scenarioOutputs, type Output } from '../../src/lib/scenarios';
import { en } from '../../src/i18n/ui/en';
import { cleanLabel, currencies, decodeShared, encodeShared, encodeState, labelMax, type ToolState } from '../../src/lib/share-state';

const fieldsOf = (id: ToolId) => toolFields[id] as readonly FieldSpec[];
const defaultsOf = (id: ToolId) => (currency: Currency) => ({ ...toolDefaults[id][currency] }) as Record<string, number>;
const choicesOf = (id: ToolId): Record<string, readonly string[]> => toolChoices[id];
const decodeFor = (id: ToolId, search: string) => decodeShared(search, fieldsOf(id), defaultsOf(id), 'CNY', choicesOf(id));

/** Any valid state of a tool: each field within its range (whole where it must be), each switch one of its values. */
const validState = (id: ToolId): fc.Arbitrary<ToolState> =>
  fc.record({
    currency: fc.constantFrom(...currencies),
    values: fc.record(
      Object.fromEntries(
        fieldsOf(id).map((f) => [f.name, f.whole ? fc.integer({ min: f.min, max: f.max }) : fc.integer({ min: f.min * 100, max: f.max * 100 }).map((n) => n / 100)]),
      ),
    ),
    choices: fc.record(Object.fromEntries(Object.entries(choicesOf(id)).map(([name, options]) => [name, fc.constantFrom(...options)]))),
  }) as fc.Arbitrary<ToolState>;

/** A name a reader may give: anything that survives cleaning unchanged, including Chinese, Vietnamese and '&=#' characters. */
const validLabel = fc.oneof(fc.constant(''), fc.string({ unit: 'grapheme', maxLength: labelMax }).filter((text) => cleanLabel(text) === text));

describe('scenarios in the link', () => {
  it('writes v=1, exactly as before, while no scenario is kept', () => {
    const state = { currency: 'USD' as const, values: defaultsOf('cost-comparison')('USD'), choices: { view: 'cash', svcMode: 'seat' } };
    const fields = fieldsOf('cost-comparison');
    expect(encodeShared({ state, labels: { a: 'x', b: 'y' } }, fields, choicesOf('cost-comparison'))).toBe(encodeState(state, fields, choicesOf('cost-comparison')));
  });

  it('writes a kept scenario as v=2 with its parameters under a. and the names typed', () => {
    const id = 'bad-hire-cost';
    const b = { currency: 'USD' as const, values: { ...defaultsOf(id)('USD'), ctoSalary: 200_000 }, choices: {} };
    const a = { currency: 'VND' as const, values: { ...defaultsOf(id)('VND'), monthsToNotice: 6 }, choices: {} };
    const query = encodeShared({ state: b, kept: a, labels: { a: 'Hà Nội', b: '' } }, fieldsOf(id), choicesOf(id));
    const params = new URLSearchParams(query);
    expect(params.get('v')).toBe('2');
    expect(params.get('cur')).toBe('USD');
    expect(params.get('ctoSalary')).toBe('200000');
    expect(params.get('a.cur')).toBe('VND');
    expect(params.get('a.monthsToNotice')).toBe('6');
    expect(params.get('a.label')).toBe('Hà Nội');
    // An untouched name is left out, so each locale shows its own default.
    expect(params.has('b.label')).toBe(false);
    expect(decodeFor(id, query)).toEqual({ shared: { state: b, kept: a, labels: { a: 'Hà Nội', b: '' } }, rejected: [] });
    // Nor is an untouched name of the kept scenario written.
    const unnamed = new URLSearchParams(encodeShared({ state: b, kept: a, labels: { a: '', b: 'Now' } }, fieldsOf(id), choicesOf(id)));
    expect(unnamed.has('a.label')).toBe(false);
    expect(unnamed.get('b.label')).toBe('Now');
  });

  it('opens a link without a version as one scenario of the first version, the format links had before it was written', () => {
    const id = 'bad-hire-cost';
    expect(decodeFor(id, 'cur=USD&ctoSalary=250000')).toEqual({
      shared: { state: { currency: 'USD', values: { ...defaultsOf(id)('USD'), ctoSalary: 250_000 }, choices: {} }, labels: { a: '', b: '' } },
      rejected: [],
    });
  });

  it('round-trips any valid pair of scenarios with any names, in every tool', () => {
    for (const id of toolIds) {
      fc.assert(
        fc.property(validState(id), validState(id), validLabel, validLabel, (state, kept, a, b) => {
          const shared = { state, kept, labels: { a, b } };
          expect(decodeFor(id, encodeShared(shared, fieldsOf(id), choicesOf(id)))).toEqual({ shared, rejected: [] });
        }),
        { numRuns: 60 },
      );
    }
  });

  it('opens any v=1 link as one scenario, with nothing kept', () => {
    for (const id of toolIds) {
      fc.assert(
        fc.property(validState(id), (state) => {
          expect(decodeFor(id, encodeState(state, fieldsOf(id), choicesOf(id)))).toEqual({ shared: { state, labels: { a: '', b: '' } }, rejected: [] });
        }),
        { numRuns: 40 },
      );
    }
    // A link written before scenarios existed, with stray a. parameters that v=1 does not read.
    const old = decodeFor('cost-comparison', 'v=1&cur=USD&ftSalary=180000&a.ftSalary=1&a.label=x');
    expect(old.rejected).toEqual([]);
    expect(old.shared.kept).toBeUndefined();
    expect(old.shared.state.values['ftSalary']).toBe(180_000);
  });

  it('reads a kept scenario as strictly as the current one and names what it replaced', () => {
    const id = 'cost-comparison';
    const search = new URLSearchParams({
      v: '2',
      cur: 'USD',
      ftSalary: '190000',
      'a.cur': 'EUR',
      'a.ftSalary': '-5',
      'a.ftEquityPct': '101',
      'a.svcMonthlyFee': '25000',
      'a.view': 'economic',
      'a.svcMode': '<b>',
      'a.label': 'x'.repeat(labelMax + 1),
      'b.label': 'tab\there',
    }).toString();
    const { shared, rejected } = decodeFor(id, search);
    expect(rejected.sort()).toEqual(['a.cur', 'a.ftEquityPct', 'a.ftSalary', 'a.label', 'a.svcMode', 'b.label']);
    expect(shared.state.values['ftSalary']).toBe(190_000);
    // An unreadable currency for A falls back to B's, with B's currency's examples.
    expect(shared.kept).toEqual({ currency: 'USD', values: { ...defaultsOf(id)('USD'), svcMonthlyFee: 25_000 }, choices: { view: 'economic', svcMode: 'seat', successor: 'cto' } });
    expect(shared.labels).toEqual({ a: '', b: '' });
  });

  it('takes B’s currency and the examples for whatever a v=2 link leaves out of A', () => {
    const { shared, rejected } = decodeFor('cto-career', 'v=2&cur=VND&careerYears=20');
    expect(rejected).toEqual([]);
    expect(shared.kept).toEqual({ currency: 'VND', values: defaultsOf('cto-career')('VND'), choices: {} });
  });

  it('reads nothing from a link of an unknown version', () => {
    const { shared, rejected } = decodeFor('cost-comparison', 'v=3&ftSalary=1&a.ftSalary=2');
    expect(rejected).toEqual(['v']);
    expect(shared.kept).toBeUndefined();
    expect(shared.state.values).toEqual(defaultsOf('cost-comparison')('CNY'));
  });

  it('accepts a name of up to 40 characters without control characters, trimmed', () => {
    expect(cleanLabel('  Thuê CTO dịch vụ  ')).toBe('Thuê CTO dịch vụ');
    expect(cleanLabel('方'.repeat(labelMax))).toBe('方'.repeat(labelMax));
    expect(cleanLabel('方'.repeat(labelMax + 1))).toBeUndefined();
    expect(cleanLabel('a\u0000b')).toBeUndefined();
  });
});

describe('comparing two scenarios', () => {
  const inputs = (id: ToolId, currency: Currency, changes: Record<string, number> = {}, choices: Record<string, string> = {}) => ({
    values: { ...defaultsOf(id)(currency), ...changes },
    choices: { ...Object.fromEntries(Object.entries(choicesOf(id)).map(([name, options]) => [name, options[0] ?? ''])), ...choices },
  });
  const row = (rows: ReturnType<typeof compareOutputs>, id: string) => {
    const found = rows.find((r) => r.id === id);
    if (!found) throw new Error(`no output ${id}`);
    return found;
  };

  it('finds no difference in any output when A and B are the same', () => {
    for (const id of toolIds) {
      fc.assert(
        fc.property(validState(id), (state) => {
          const outputs = scenarioOutputs[id](state);
          for (const compared of compareOutputs(outputs, scenarioOutputs[id](state), true)) {
            expect(compared.difference).toEqual(compared.a === null ? { kind: 'same' } : { kind: 'value', value: 0 });
          }
        }),
        { numRuns: 40 },
      );
    }
  });

  it('lists every output with a finite number or none, and a kind', () => {
    for (const id of toolIds) {
      fc.assert(
        fc.property(validState(id), (state) => {
          for (const output of scenarioOutputs[id](state)) {
            expect(output.value === null || Number.isFinite(output.value)).toBe(true);
            expect(['money', 'month', 'months', 'share', 'ratio', 'count']).toContain(output.kind);
          }
        }),
        { numRuns: 40 },
      );
    }
  });

  it('gives B − A, worked by hand for a wrong CTO’s salary and replacement', () => {
    const a = inputs('bad-hire-cost', 'USD', { monthsToNotice: 12, ctoSalary: 120_000, replacementCost: 40_000 });
    const b = inputs('bad-hire-cost', 'USD', { monthsToNotice: 6, ctoSalary: 240_000, replacementCost: 50_000 });
    const rows = compareOutputs(scenarioOutputs['bad-hire-cost'](a), scenarioOutputs['bad-hire-cost'](b), true);
    // 120,000 / 12 × 12 = 120,000 against 240,000 / 12 × 6 = 120,000: the same salary paid.
    expect(row(rows, 'cto.salary')).toMatchObject({ kind: 'money', a: 120_000, b: 120_000, difference: { kind: 'value', value: 0 } });
    expect(row(rows, 'cto.replacement')).toMatchObject({ a: 40_000, b: 50_000, difference: { kind: 'value', value: 10_000 } });
  });

  it('gives the difference in companies and chances of a career, worked by hand', () => {
    // 20 years of 4-year terms with no gap: 5 companies; of 2-year terms: 10. Chance 1 − 0.9⁵ and 1 − 0.9¹⁰.
    const base = { careerYears: 20, gapMonths: 0, successChancePct: 10, yearsPerCompany: 4, monthsPerEngagement: 24 };
    const a = inputs('cto-career', 'USD', base);
    const b = inputs('cto-career', 'USD', { ...base, yearsPerCompany: 2 });
    const rows = compareOutputs(scenarioOutputs['cto-career'](a), scenarioOutputs['cto-career'](b), true);
    expect(row(rows, 'fullTime.companies')).toMatchObject({ kind: 'count', a: 5, b: 10, difference: { kind: 'value', value: 5 } });
    const chance = row(rows, 'fullTime.chance');
    expect(chance.kind).toBe('share');
    expect(chance.a).toBeCloseTo(1 - 0.9 ** 5, 10);
    expect(chance.b).toBeCloseTo(1 - 0.9 ** 10, 10);
    expect(chance.difference.kind === 'value' && chance.difference.value).toBeCloseTo(0.9 ** 5 - 0.9 ** 10, 10);
  });

  it('shows no difference between sums in two currencies, and still compares what has no currency', () => {
    const a = inputs('cto-career', 'USD');
    const b = inputs('cto-career', 'VND');
    const rows = compareOutputs(scenarioOutputs['cto-career'](a), scenarioOutputs['cto-career'](b), false);
    for (const compared of rows) {
      if (compared.kind === 'money') expect(compared.difference).toEqual({ kind: 'currencies' });
      else expect(compared.difference.kind).toBe('value');
    }
    expect(rows.some((r) => r.kind === 'money')).toBe(true);
    expect(rows.some((r) => r.kind !== 'money')).toBe(true);
  });

  it('compares a missing output only with another missing one', () => {
    const output = (value: number | null): Output[] => [{ id: 'breakEven', label: 'calc.cc.breakEven', kind: 'month', value }];
    expect(compareOutputs(output(null), output(null), true)[0]?.difference).toEqual({ kind: 'same' });
    expect(compareOutputs(output(null), output(14), true)[0]?.difference).toEqual({ kind: 'none' });
    // The other way round: A reaches break-even, B does not.
    expect(compareOutputs(output(14), output(null), true)[0]?.difference).toEqual({ kind: 'none' });
    expect(compareOutputs(output(20), output(14), true)[0]?.difference).toEqual({ kind: 'value', value: -6 });
  });

  it('lists both views of the cost comparison, whatever view each scenario was kept in', () => {
    const ids = scenarioOutputs['cost-comparison'](inputs('cost-comparison', 'USD')).map((o) => o.id);
    expect(ids).toEqual(expect.arrayContaining(['cash.fullTimeTotal', 'economic.fullTimeTotal', 'cash.breakEvenMonth', 'economic.difference']));
  });
});

describe('the rows of the comparison table', () => {
  const defaultInputs = (id: ToolId) => ({
    values: defaultsOf(id)('USD'),
    choices: Object.fromEntries(Object.entries(choicesOf(id)).map(([name, options]) => [name, options[0] ?? ''])),
  });
  const strings: Record<string, unknown> = en;

  it('names every row and heading with a string of the dictionary, and gives each row its own id', () => {
    for (const id of toolIds) {
      const outputs = scenarioOutputs[id](defaultInputs(id));
      for (const output of outputs) {
        // The panel prints s[label] and s[group]: a key the dictionary lacks would print nothing.
        expect(typeof strings[output.label], `${id} ${output.id} label`).toBe('string');
        if (output.group !== undefined) expect(typeof strings[output.group], `${id} ${output.id} group`).toBe('string');
      }
      expect(new Set(outputs.map((o) => o.id)).size).toBe(outputs.length);
      // Rows under one heading follow each other, so the panel draws each heading once.
      const headings = outputs.map((o) => o.group).filter((group, i, all) => i === 0 || group !== all[i - 1]);
      expect(new Set(headings).size).toBe(headings.length);
    }
  });

  it('lists the outputs of each tool under the ids the page marks its rows with (data-output)', () => {
    const ids = (id: ToolId) => scenarioOutputs[id](defaultInputs(id)).map((o) => o.id);
    const costLines = (view: string) => ['fullTimeTotal', 'serviceTotal', 'difference', 'breakEvenMonth'].map((line) => `${view}.${line}`);
    expect(ids('cost-comparison')).toEqual([
      ...costLines('cash'),
      ...costLines('economic'),
      'fullTimeEquity.vested',
      'fullTimeEquity.vestedValue',
      'serviceEquity.vested',
      'serviceEquity.vestedValue',
    ]);
    const parts = ['salary', 'thrownAway', 'lostMonths', 'replacement'];
    expect(ids('bad-hire-cost')).toEqual([
      'times',
      ...parts.map((p) => `cto.${p}`),
      'cto.total',
      'cto.rebuildMonths',
      ...parts.map((p) => `other.${p}`),
      'other.total',
    ]);
    const careerRows = (path: string) =>
      ['expectedValue', 'low', 'high', 'mostLikely', 'cash', 'expectedEquity', 'companies', 'chance'].map((row) => `${path}.${row}`);
    expect(ids('cto-career')).toEqual([...careerRows('fullTime'), ...careerRows('service')]);
  });

  it('gives the vested part of the full-time CTO’s equity as a share of the company, worked by hand', () => {
    // Two years (24 months), hired after 4 months: employed from month 5, so 20 months by the end.
    // Past the one-year cliff, 20 of 4 × 12 = 48 months vest: 2 % × 20 / 48 = 0.8333… %, a share of 1/120.
    const rows = scenarioOutputs['cost-comparison']({ ...defaultInputs('cost-comparison'), values: { ...defaultsOf('cost-comparison')('USD'), horizonYears: 2 } });
    const vested = rows.find((o) => o.id === 'fullTimeEquity.vested');
    expect(vested?.kind).toBe('share');
    expect(vested?.value).toBeCloseTo(1 / 120, 12);
  });

  it('counts an output that one list lacks altogether as missing, like a null one', () => {
    const output: Output = { id: 'breakEven', label: 'calc.cc.breakEven', kind: 'month', value: 14 };
    expect(compareOutputs([], [output], true)).toEqual([{ id: 'breakEven', label: 'calc.cc.breakEven', kind: 'month', a: null, b: 14, difference: { kind: 'none' } }]);
  });
});
