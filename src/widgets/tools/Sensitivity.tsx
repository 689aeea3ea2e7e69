/**
 * How far each input moves a tool's verdict: the method in words, a tornado chart (one
 * bar per input, from the base result to the result at each end of its range, largest
 * first) and a table of the same numbers. Inputs whose range flips the verdict are
 * marked in words, in the chart, the table and the sentence above them. The content of
 * SensitivitySection's <details>, which loads this module when it is first opened.
 */
import { useId, useMemo } from 'preact/hooks';
import { fill } from '../../i18n/fill';
import { localeInfo, type Locale } from '../../i18n/locales';
import type { FieldSpec } from '../../lib/cost/fields';
import { inputRange } from '../../lib/cost/sensitivity-ranges';
import { formatMoney, formatMoneyCompact, formatPercent, formatPlain, joinSentences } from '../../lib/format';
import { sensitivity } from '../../lib/sensitivity';
import { asCalcStrings, type CalcKey, type SharedStrings } from './tool-props';
import type { ToolController } from './use-tool';

export interface SensitivityProps {
  tool: ToolController;
  strings: SharedStrings;
  locale: Locale;
  /** Prefix of the field labels' keys, as ToolFrame's. */
  labels: string;
  /** The form's groups of inputs, in its order; a field the form hides (another mode's) is left out. */
  groups: readonly { legend: CalcKey; fields: readonly string[] }[];
  /** The verdict metric for a set of values; it may read the tool's switches, and nothing else. */
  model(values: Readonly<Record<string, number>>): number;
  /** What the result is, in words, for the sentence that explains the method. */
  metric: string;
}

/** More bars than this would make a phone scroll past a wall of slivers; the table lists every input. */
const chartRows = 10;
/** Beyond this many, the sentence counts the inputs that flip the verdict; the chart and table name them. */
const listedFlips = 3;
const barHeight = 18;
const axisHeight = 22;

export default function Sensitivity({ tool, strings, locale, labels, groups, model, metric }: SensitivityProps) {
  const s = asCalcStrings(strings);
  const id = useId();
  const { intlLocale } = localeInfo[locale];
  const money = (value: number) => formatMoney(value, tool.currency, intlLocale);
  const compact = (value: number) => formatMoneyCompact(value, tool.currency, intlLocale);
  const fieldLabel = (name: string) => s[`${labels}${name}` as CalcKey] ?? name;
  const fields = groups.flatMap((group) => group.fields);
  // Two fields of different groups may share a label ("Cash per year"): those are named with their group.
  const shared = new Set(fields.map(fieldLabel).filter((name, i, all) => all.indexOf(name) !== i));
  const groupOf = new Map(groups.flatMap((group) => group.fields.map((name) => [name, s[group.legend]] as const)));
  const label = (name: string) =>
    shared.has(fieldLabel(name)) ? fill(s['calc.sens.qualified'], { group: groupOf.get(name) ?? '', field: fieldLabel(name) }) : fieldLabel(name);
  const specs = new Map(tool.fields.map((spec) => [spec.name, spec]));
  const fieldKey = fields.join(' ');
  const { base, bars } = useMemo(() => {
    const { examples } = tool;
    const ranges = fields.flatMap((name) => {
      const spec = specs.get(name);
      return spec ? [{ name, range: inputRange(tool.id, spec, tool.values[name] ?? 0, examples[name] ?? 0, tool.values) }] : [];
    });
    return sensitivity(model, tool.values, ranges);
    // The model changes only with the switches, so it is not a dependency of its own.
  }, [tool.id, tool.values, tool.choices, tool.currency, fieldKey]);

  const inputValue = (spec: FieldSpec | undefined, value: number) => {
    if (spec?.kind === 'money') return money(value);
    if (spec?.kind === 'percent') return formatPercent(value / 100, intlLocale);
    const unit = spec?.kind === 'months' ? 'calc.unit.months' : spec?.kind === 'years' ? 'calc.unit.years' : 'calc.unit.daysPerWeek';
    return `${formatPlain(value, intlLocale)} ${s[unit]}`;
  };
  const flipping = bars.filter((bar) => bar.flips).map((bar) => label(bar.name));
  const outcome = joinSentences(
    fill(s['calc.sens.base'], { value: money(base) }),
    flipping.length === 0
      ? s['calc.sens.flipsNone']
      : flipping.length > listedFlips
        ? fill(s['calc.sens.flipsMany'], { count: flipping.length })
        : fill(s['calc.sens.flipsSome'], { fields: new Intl.ListFormat(intlLocale).format(flipping) }),
  );

  const drawn = bars.filter((bar) => bar.effect > 0).slice(0, chartRows);
  const low = Math.min(base, ...drawn.map((bar) => bar.from));
  const high = Math.max(base, ...drawn.map((bar) => bar.to));
  const x = (value: number) => Math.round(((value - low) / (high - low)) * 10_000) / 100;
  const showsTie = low < 0 && high > 0;
  const line = (value: number, kind: string) => <line class={kind} x1={`${x(value)}%`} x2={`${x(value)}%`} y1="0" y2="100%" />;
  // From the base result to each end; the longer first, so that a shorter one on the same side stays visible.
  const segments = (ends: [number, string][]) =>
    ends
      .sort(([a], [b]) => Math.abs(b - base) - Math.abs(a - base))
      .map(([end, kind]) => (
        <rect class={kind} x={`${x(Math.min(base, end))}%`} width={`${Math.abs(x(end) - x(base))}%`} y="2" height={barHeight - 4} />
      ));

  return (
    <>
      <p>{fill(s['calc.sens.method'], { metric })}</p>
      <p class="sens-outcome">{outcome}</p>
      {drawn.length > 0 && (
        <figure class="chart">
          <div class="chart-bars" role="img" aria-labelledby={`${id}-d`}>
            <span id={`${id}-d`} hidden>
              {s['calc.sens.chartAlt']}
            </span>
            {drawn.map((bar) => (
              <div class="chart-row" data-input={bar.name}>
                <p class="chart-row-label">
                  <span>{label(bar.name)}</span>
                  {bar.flips && <strong class="sens-flip">{s['calc.sens.flips']}</strong>}
                </p>
                <svg class="chart-drawing" width="100%" height={barHeight}>
                  {segments([
                    [bar.atLow, 'sens-low'],
                    [bar.atHigh, 'sens-high'],
                  ])}
                  {showsTie && line(0, 'sens-tie')}
                  {line(base, 'sens-base')}
                </svg>
              </div>
            ))}
            <svg class="chart-drawing chart-scale" width="100%" height={axisHeight}>
              <text x="0%" y={axisHeight - 6} text-anchor="start">
                {compact(low)}
              </text>
              <text x="100%" y={axisHeight - 6} text-anchor="end">
                {compact(high)}
              </text>
            </svg>
          </div>
          <figcaption class="chart-legend">
            {(['low', 'high'] as const).map((end) => (
              <span>
                <svg class="chart-key" viewBox="0 0 12 12" aria-hidden="true">
                  <rect class={`sens-${end}`} width="12" height="12" />
                </svg>
                {s[end === 'low' ? 'calc.sens.legendLow' : 'calc.sens.legendHigh']}
              </span>
            ))}
            <span>{s['calc.sens.legendBase']}</span>
            {showsTie && <span>{s['calc.sens.legendTie']}</span>}
            {bars.filter((bar) => bar.effect > 0).length > chartRows && <span>{fill(s['calc.sens.chartTop'], { count: chartRows })}</span>}
          </figcaption>
        </figure>
      )}
      <details class="calc-table">
        <summary>{s['calc.table.show']}</summary>
        <section class="calc-scroll sens-table" tabIndex={0} aria-labelledby={`${id}-c`}>
          <table>
            <caption id={`${id}-c`}>{s['calc.sens.caption']}</caption>
            <thead>
              <tr>
                <th scope="col">{s['calc.sens.input']}</th>
                <th scope="col">{s['calc.sens.range']}</th>
                <th scope="col">{s['calc.sens.atLow']}</th>
                <th scope="col">{s['calc.sens.atHigh']}</th>
                <th scope="col">{s['calc.sens.flipsColumn']}</th>
              </tr>
            </thead>
            <tbody>
              {bars.map((bar) => {
                const spec = specs.get(bar.name);
                return (
                  <tr data-input={bar.name}>
                    <th scope="row">{label(bar.name)}</th>
                    <td>{fill(s['calc.sens.rangeValue'], { low: inputValue(spec, bar.range.low), high: inputValue(spec, bar.range.high) })}</td>
                    <td>{money(bar.atLow)}</td>
                    <td>{money(bar.atHigh)}</td>
                    <td>{bar.flips ? <strong>{s['calc.sens.yes']}</strong> : s['calc.sens.no']}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      </details>
    </>
  );
}
