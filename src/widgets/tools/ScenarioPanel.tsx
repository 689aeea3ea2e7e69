/**
 * Scenario A beside scenario B: every output of the tool with both values and B − A,
 * as a table that scrolls sideways in its own labelled region on a phone, then the
 * scenarios' names and the swap and clear buttons. Loaded only once a scenario is kept.
 */
import { useEffect, useId, useRef } from 'preact/hooks';
import { fill } from '../../i18n/fill';
import { localeInfo, type Currency, type Locale } from '../../i18n/locales';
import { formatPercent } from '../../lib/format';
import { compareOutputs, scenarioOutputs, type ComparedOutput, type Difference, type OutputKind } from '../../lib/scenarios';
import { labelMax } from '../../lib/share-state';
import { scenarioNames } from './ScenarioBar';
import type { CalcStrings } from './tool-props';
import type { ToolController } from './use-tool';

export interface ScenarioPanelProps {
  tool: ToolController;
  strings: CalcStrings;
  locale: Locale;
  idPrefix: string;
  /** The reader has just kept a scenario: the comparison takes the focus the keep button had. */
  focusOnMount: boolean;
}

export default function ScenarioPanel({ tool, strings: s, locale, idPrefix, focusOnMount }: ScenarioPanelProps) {
  const captionId = useId();
  const region = useRef<HTMLElement>(null);
  // The keep button is gone by now, which leaves the focus on the page itself, unless the
  // reader moved on while this panel loaded: then it stays where they put it.
  useEffect(() => {
    if (focusOnMount && (document.activeElement === null || document.activeElement === document.body)) region.current?.focus();
  }, []);
  const kept = tool.kept;
  if (!kept) return null;
  const { intlLocale } = localeInfo[locale];
  const names = scenarioNames(tool.labels, s);
  const sameCurrency = kept.currency === tool.currency;
  const outputs = scenarioOutputs[tool.id];
  const rows = compareOutputs(outputs(kept), outputs({ values: tool.values, choices: tool.choices }), sameCurrency);
  const value = (kind: OutputKind, v: number | null, currency: Currency) =>
    v === null ? s['calc.scenario.none'] : format(kind, v, currency, intlLocale, s, 'auto');
  const difference = (kind: OutputKind, d: Difference) =>
    d.kind === 'currencies'
      ? s['calc.scenario.otherCurrency']
      : d.kind === 'none'
        ? s['calc.scenario.noDifference']
        : d.kind === 'same'
          ? s['calc.scenario.same']
          : format(kind === 'month' ? 'months' : kind, d.value, tool.currency, intlLocale, s, 'exceptZero');

  return (
    <div class="calc-compare">
      {!sameCurrency && (
        <p class="calc-compare-note">
          {fill(s['calc.scenario.currencies'], { ...names, currencyA: kept.currency, currencyB: tool.currency })}
        </p>
      )}
      <section class="calc-scroll" tabIndex={0} aria-labelledby={captionId} ref={region}>
        <table>
          <caption id={captionId}>{fill(s['calc.scenario.caption'], names)}</caption>
          <thead>
            <tr>
              <th scope="col">{s['calc.scenario.output']}</th>
              <th scope="col">{names.a}</th>
              <th scope="col">{names.b}</th>
              <th scope="col">{fill(s['calc.scenario.difference'], names)}</th>
            </tr>
          </thead>
          {groups(rows).map(({ group, members }) => (
            <tbody>
              {group && (
                <tr>
                  <th scope="rowgroup" colSpan={4}>
                    {s[group]}
                  </th>
                </tr>
              )}
              {members.map((row) => (
                <tr data-output={row.id}>
                  <th scope="row">{s[row.label]}</th>
                  <td>{value(row.kind, row.a, kept.currency)}</td>
                  <td>{value(row.kind, row.b, tool.currency)}</td>
                  <td>{difference(row.kind, row.difference)}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </section>
      <div class="calc-compare-names">
        {(['a', 'b'] as const).map((scenario) => (
          <div class="calc-field">
            <label for={`${idPrefix}label-${scenario}`}>{s[scenario === 'a' ? 'calc.scenario.nameA' : 'calc.scenario.nameB']}</label>
            <input
              id={`${idPrefix}label-${scenario}`}
              type="text"
              maxLength={labelMax}
              autocomplete="off"
              value={tool.labels[scenario]}
              placeholder={s[scenario === 'a' ? 'calc.scenario.defaultA' : 'calc.scenario.defaultB']}
              onInput={(event) => tool.rename(scenario, event.currentTarget.value)}
            />
          </div>
        ))}
      </div>
      <div class="calc-actions">
        <button type="button" class="calc-reset" onClick={tool.swap}>
          {fill(s['calc.scenario.swap'], names)}
        </button>
        <button type="button" class="calc-reset" onClick={tool.clearKept}>
          {fill(s['calc.scenario.clear'], names)}
        </button>
      </div>
    </div>
  );
}

/** Consecutive rows under the same heading. */
function groups(rows: ComparedOutput[]): { group: ComparedOutput['group']; members: ComparedOutput[] }[] {
  const result: { group: ComparedOutput['group']; members: ComparedOutput[] }[] = [];
  for (const row of rows) {
    const last = result.at(-1);
    if (last && last.group === row.group) last.members.push(row);
    else result.push({ group: row.group, members: [row] });
  }
  return result;
}

function format(kind: OutputKind, v: number, currency: Currency, intlLocale: string, s: CalcStrings, signDisplay: 'auto' | 'exceptZero'): string {
  const number = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat(intlLocale, { signDisplay, ...options }).format(v);
  switch (kind) {
    case 'money':
      return number({ style: 'currency', currency, maximumFractionDigits: 0 });
    case 'month':
      return fill(s['calc.cc.breakEvenMonth'], { month: number({}) });
    case 'months':
      return number({ style: 'unit', unit: 'month', unitDisplay: 'long', maximumFractionDigits: 1 });
    case 'share':
      return signDisplay === 'auto'
        ? formatPercent(v, intlLocale)
        : fill(s['calc.scenario.points'], { value: new Intl.NumberFormat(intlLocale, { signDisplay, maximumFractionDigits: 2 }).format(v * 100) });
    case 'ratio':
      return `${number({ maximumFractionDigits: 1 })}×`;
    case 'count':
      return number({ maximumFractionDigits: 1 });
  }
}
