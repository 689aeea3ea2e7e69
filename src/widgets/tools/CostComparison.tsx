/** Full-time CTO or CTO as a service: cumulative cash by month, totals, break-even and equity. */
import { fill } from '../../i18n/fill';
import { localeInfo } from '../../i18n/locales';
import { compareCosts, type CostComparisonInput } from '../../lib/cost/cost-comparison';
import { formatMoney, formatMoneyCompact, formatPercent, formatYears, joinSentences } from '../../lib/format';
import LineChart from './LineChart';
import ToolFrame, { type FieldGroup } from './ToolFrame';
import type { ToolProps } from './tool-props';
import { useTool } from './use-tool';

const groups: FieldGroup[] = [
  { legend: 'calc.cc.group.scope', fields: ['horizonYears', 'companyValue'] },
  {
    legend: 'calc.cc.group.fullTime',
    fields: ['ftSalary', 'ftBonus', 'ftOverheadPct', 'ftRecruiting', 'ftMonthsToHire', 'ftEquityPct', 'ftVestingYears'],
  },
  {
    legend: 'calc.cc.group.service',
    fields: ['svcMonthlyFee', 'svcMonths', 'svcBonusCash', 'svcBonusEquityPct', 'svcOverlapMonths', 'leadSalary'],
  },
];

export default function CostComparison(props: ToolProps) {
  const tool = useTool('cost-comparison', props);
  const s = props.strings;
  const { intlLocale } = localeInfo[props.locale];
  const money = (v: number) => formatMoney(v, tool.currency, intlLocale);
  const compact = (v: number) => formatMoneyCompact(v, tool.currency, intlLocale);
  const pct = (v: number) => formatPercent(v / 100, intlLocale);
  const input = tool.values as unknown as CostComparisonInput;
  const r = compareCosts(input);
  const years = formatYears(input.horizonYears, intlLocale);
  // Every year fits under the chart up to five years; beyond, every other year.
  const yearTick = input.horizonYears > 5 ? 24 : 12;
  const amount = money(Math.abs(r.difference));
  const verdict = fill(
    s[Math.round(r.difference) > 0 ? 'calc.cc.verdict.service' : Math.round(r.difference) < 0 ? 'calc.cc.verdict.fullTime' : 'calc.cc.verdict.equal'],
    { years, amount },
  );
  const crossing = r.breakEvenMonth === null ? s['calc.cc.noBreakEven'] : fill(s['calc.cc.breakEven'], { month: r.breakEvenMonth });
  const paths = [
    { label: s['calc.cc.group.fullTime'], equity: r.fullTimeEquity },
    { label: s['calc.cc.group.service'], equity: r.serviceEquity },
  ];

  return (
    <ToolFrame {...props} labels="calc.cc." groups={groups} tool={tool} summary={joinSentences(verdict, crossing)}>
      <dl class="calc-totals">
        <div>
          <dt>{s['calc.cc.totalFullTime']}</dt>
          <dd>{money(r.fullTimeTotal)}</dd>
        </div>
        <div>
          <dt>{s['calc.cc.totalService']}</dt>
          <dd>{money(r.serviceTotal)}</dd>
        </div>
        <div>
          <dt>{s['calc.cc.difference']}</dt>
          <dd>{amount}</dd>
        </div>
      </dl>
      <LineChart
        title={s['calc.cc.chart']}
        description={fill(s['calc.cc.chartAlt'], { months: r.months, fullTime: money(r.fullTimeTotal), service: money(r.serviceTotal) })}
        series={[
          { label: s['calc.cc.group.fullTime'], values: r.fullTime },
          { label: s['calc.cc.group.service'], values: r.service },
        ]}
        formatValue={compact}
        tickLabel={(i) => ((i + 1) % yearTick === 0 ? formatYears((i + 1) / 12, intlLocale) : undefined)}
      />
      <details class="calc-table">
        <summary>{s['calc.table.show']}</summary>
        <table>
          <caption>{s['calc.cc.chart']}</caption>
          <thead>
            <tr>
              <th scope="col">{s['calc.month']}</th>
              <th scope="col">{s['calc.cc.group.fullTime']}</th>
              <th scope="col">{s['calc.cc.group.service']}</th>
            </tr>
          </thead>
          <tbody>
            {r.fullTime.map((ft, i) => (
              <tr>
                <th scope="row">{i + 1}</th>
                <td>{money(ft)}</td>
                <td>{money(r.service[i] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <table>
        <caption>{s['calc.cc.equity']}</caption>
        <thead>
          <tr>
            <th scope="col">{s['calc.cc.path']}</th>
            <th scope="col">{s['calc.cc.granted']}</th>
            <th scope="col">{s['calc.cc.vested']}</th>
            <th scope="col">{s['calc.cc.vestedValue']}</th>
          </tr>
        </thead>
        <tbody>
          {paths.map(({ label, equity }) => (
            <tr>
              <th scope="row">{label}</th>
              <td>{pct(equity.grantedPct)}</td>
              <td>{pct(equity.vestedPct)}</td>
              <td>{money(equity.vestedValue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ToolFrame>
  );
}
