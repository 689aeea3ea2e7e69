/** Tool state in the URL: written and read back, and every unreadable value reported, never trusted. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toolDefaults } from '../../src/data/tool-defaults';
import { removedParams, toolChoices, toolParams } from '../../src/data/tool-params';
import { toolIds } from '../../src/data/catalog';
import type { Currency } from '../../src/i18n/locales';
import { toolFields } from '../../src/lib/cost/fields';
import { currencies, decodeState, encodeState, removedInLink } from '../../src/lib/share-state';

const fields = toolFields['cost-comparison'];
const defaults = (currency: Currency) => ({ ...toolDefaults['cost-comparison'][currency] }) as Record<string, number>;
const choiceSpecs = toolChoices['cost-comparison'];
const decode = (search: string) => decodeState(search, fields, defaults, 'CNY', choiceSpecs);
const examples = { view: 'cash', svcMode: 'seat', successor: 'cto' };

describe('share state', () => {
  it('gives every tool exactly the fields its query parameters name', () => {
    for (const id of toolIds) {
      expect(['cur', ...toolFields[id].map((f) => f.name)].sort()).toEqual([...toolParams[id]].sort());
      for (const currency of currencies) expect(Object.keys(toolDefaults[id][currency]).sort()).toEqual(toolFields[id].map((f) => f.name).sort());
    }
  });

  it('writes a versioned query that reads back to the same state', () => {
    const state = {
      currency: 'VND' as const,
      values: { ...defaults('VND'), ftSalary: 1_500_000_000, svcBonusEquityPct: 0.25 },
      choices: { view: 'economic', svcMode: 'fractional', successor: 'lead' },
    };
    const query = encodeState(state, fields, choiceSpecs);
    expect(query.startsWith('v=1&cur=VND&view=economic&svcMode=fractional&successor=lead&')).toBe(true);
    expect(decode(query)).toEqual({ state, rejected: [] });
  });

  it('round-trips any valid state', () => {
    const values = fc.record(Object.fromEntries(fields.map((f) => [f.name, f.whole ? fc.integer({ min: f.min, max: f.max }) : fc.integer({ min: f.min * 100, max: f.max * 100 }).map((n) => n / 100)])));
    fc.assert(
      fc.property(fc.constantFrom(...currencies), values, fc.constantFrom(...choiceSpecs.view), fc.constantFrom(...choiceSpecs.svcMode), fc.constantFrom(...choiceSpecs.successor), (currency, v, view, svcMode, successor) => {
        const state = { currency, values: v as Record<string, number>, choices: { view, svcMode, successor } };
        expect(decode(encodeState(state, fields, choiceSpecs))).toEqual({ state, rejected: [] });
      }),
    );
  });

  it('starts from the locale’s currency and examples when the address has no state', () => {
    expect(decode('')).toEqual({ state: { currency: 'CNY', values: defaults('CNY'), choices: examples }, rejected: [] });
  });

  it('opens a link made before the vacancy, growth, discount, dilution, part-time, successor, equity-discount and bonus-chance inputs existed with their examples', () => {
    const old = 'v=1&cur=USD&horizonYears=7&ftSalary=180000&ftBonus=40000&ftOverheadPct=25&ftRecruiting=30000&ftMonthsToHire=4&ftEquityPct=2&companyValue=20000000&ftVestingYears=4&svcMonthlyFee=20000&svcMonths=18&svcBonusCash=30000&svcBonusEquityPct=0.5&svcOverlapMonths=2&leadSalary=150000';
    const { state, rejected } = decode(old);
    expect(rejected).toEqual([]);
    expect(state.values).toEqual({ ...defaults('USD'), horizonYears: 7, ftSalary: 180_000, svcMonthlyFee: 20_000 });
    expect(state.choices).toEqual(examples);
  });

  it('reads a switch only as one of its values', () => {
    expect(decode('v=1&view=economic&svcMode=fractional&successor=lead').state.choices).toEqual({ view: 'economic', svcMode: 'fractional', successor: 'lead' });
    const { state, rejected } = decode('v=1&view=%3Cscript%3E&svcMode=part&successor=cfo');
    expect(state.choices).toEqual(examples);
    expect(rejected.sort()).toEqual(['successor', 'svcMode', 'view']);
  });

  it('replaces hostile, malformed and out-of-range values by the examples and names them', () => {
    const search = new URLSearchParams({
      v: '1',
      cur: 'EUR',
      ftSalary: '<script>alert(1)</script>',
      ftBonus: '1e9',
      ftEquityPct: '101',
      svcMonths: '12.5',
      horizonYears: '-3',
      leadSalary: '',
      unknown: 'ignored',
      svcMonthlyFee: '25000',
    }).toString();
    const { state, rejected } = decode(search);
    expect(rejected.sort()).toEqual(['cur', 'ftBonus', 'ftEquityPct', 'ftSalary', 'horizonYears', 'leadSalary', 'svcMonths'].sort());
    expect(state.currency).toBe('CNY');
    expect(state.values).toEqual({ ...defaults('CNY'), svcMonthlyFee: 25_000 });
  });

  it('reads a link without a version as the first version, the format links had before it was written', () => {
    expect(decode('cur=USD&ftSalary=180000')).toEqual({ state: { currency: 'USD', values: { ...defaults('USD'), ftSalary: 180_000 }, choices: examples }, rejected: [] });
  });

  it('reads nothing from a link of an unknown version', () => {
    expect(decode('v=2&ftSalary=1&view=economic')).toEqual({ state: { currency: 'CNY', values: defaults('CNY'), choices: examples }, rejected: ['v'] });
  });

  it('never lets an arbitrary query produce a value outside its field', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('v', 'cur', ...fields.map((f) => f.name)), fc.string()), (params) => {
        const { state } = decode(new URLSearchParams(params).toString());
        expect(currencies).toContain(state.currency);
        for (const f of fields) {
          const value = state.values[f.name]!;
          expect(Number.isFinite(value) && value >= f.min && value <= f.max).toBe(true);
        }
      }),
    );
  });

  it('opens a bad-hire or career link from before the new inputs with their examples, and ignores the retired rebuild months, burn and service cash', () => {
    const badHire = (currency: Currency) => ({ ...toolDefaults['bad-hire-cost'][currency] }) as Record<string, number>;
    const oldBadHire = 'v=1&cur=USD&monthsToNotice=9&ctoSalary=250000&teamCostPerMonth=60000&rebuildPct=40&rebuildMonths=8&burnPerMonth=100000&replacementCost=50000&otherExecSalary=180000&otherExecRehireCost=50000';
    expect(decodeState(oldBadHire, toolFields['bad-hire-cost'], badHire, 'CNY')).toEqual({
      state: { currency: 'USD', choices: {}, values: { ...badHire('USD'), monthsToNotice: 9, ctoSalary: 250_000, rebuildPct: 40, replacementCost: 50_000, otherExecRehireCost: 50_000 } },
      rejected: [],
    });
    // Burn was spending, not profit: an old link's burn does not become the gross profit lost.
    expect(badHire('USD').lateProfitPerMonth).toBe(10_000);
    // A link from before the search for the next CTO was an input opens with the example 4 months.
    expect(badHire('USD').monthsToReplace).toBe(4);
    const career = (currency: Currency) => ({ ...toolDefaults['cto-career'][currency] }) as Record<string, number>;
    const oldCareer = 'v=1&cur=VND&careerYears=20&yearsPerCompany=5&monthsPerEngagement=12&successChancePct=1&ftEquityPct=2&ftCashPerYear=2500000000&svcEquityPct=0.5&svcCashPerYear=3000000000&exitValue=25000000000000';
    const decoded = decodeState(oldCareer, toolFields['cto-career'], career, 'USD');
    expect(decoded.rejected).toEqual([]);
    expect(decoded.state.values).toMatchObject({ careerYears: 20, yearsPerCompany: 5, ftCashPerYear: 2_500_000_000, gapMonths: career('VND').gapMonths, dilutionPct: career('VND').dilutionPct });
    // The old service cash was what the CTO received, not the firm's fee: the fee and the margin take their examples.
    expect(decoded.state.values).toMatchObject({
      discountPct: 8,
      yearsToExit: 7,
      svcFeePerYear: 1_500_000_000,
      svcMarginPct: 20,
    });
    expect(decoded.state.values).not.toHaveProperty('svcCashPerYear');
  });

  it('names the parameters of an old link that a tool no longer reads, once each, for either scenario', () => {
    expect(removedParams['bad-hire-cost']).toEqual(['rebuildMonths', 'burnPerMonth', 'lostProfitPerMonth']);
    expect(removedParams['cto-career']).toEqual(['svcCashPerYear', 'exitLagYears']);
    expect(removedInLink('v=1&monthsToNotice=10&burnPerMonth=999', removedParams['bad-hire-cost'])).toEqual(['burnPerMonth']);
    // The kept scenario's `a.exitLagYears` and the current one's `exitLagYears` are one dropped input; an empty value still sets it.
    expect(removedInLink('v=2&exitLagYears=3&a.exitLagYears=3&a.svcCashPerYear=', removedParams['cto-career'])).toEqual(['svcCashPerYear', 'exitLagYears']);
    // Current parameters and ones no tool ever read are not reported as dropped.
    expect(removedInLink('v=1&yearsToExit=7&utm_source=x', removedParams['cto-career'])).toEqual([]);
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string()), (params) => {
        const found = removedInLink(new URLSearchParams(params).toString(), removedParams['cto-career']);
        for (const name of found) expect(name in params || `a.${name}` in params).toBe(true);
        expect(new Set(found).size).toBe(found.length);
      }),
    );
  });

  it('opens a bad-hire link from before the gross profit was per month late with the example, and names the old input', () => {
    const badHire = (currency: Currency) => ({ ...toolDefaults['bad-hire-cost'][currency] }) as Record<string, number>;
    // The old gross profit was charged over the months in the seat as well; per month late it would mean another total.
    const old = 'v=1&cur=USD&monthsToNotice=12&lostProfitPerMonth=25000&otherLostProfitPerMonth=25000';
    const decoded = decodeState(old, toolFields['bad-hire-cost'], badHire, 'USD');
    expect(decoded.rejected).toEqual([]);
    expect(decoded.state.values).toEqual({ ...badHire('USD'), otherLostProfitPerMonth: 25_000 });
    expect(decoded.state.values.lateProfitPerMonth).toBe(10_000);
    expect(removedInLink(old, removedParams['bad-hire-cost'])).toEqual(['lostProfitPerMonth']);
    // A current link is not reported.
    expect(removedInLink('v=1&lateProfitPerMonth=25000', removedParams['bad-hire-cost'])).toEqual([]);
  });

  it('keeps every removed parameter out of the tool’s current ones, so an old link’s value is never read as a new input', () => {
    for (const id of toolIds) for (const name of removedParams[id]) expect(toolParams[id] as readonly string[]).not.toContain(name);
  });
});
