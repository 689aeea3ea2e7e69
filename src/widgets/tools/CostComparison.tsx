/** Full-time CTO or CTO as a service: cumulative cost by month in the chosen view, totals, break-even and equity. */
import { useId } from 'preact/hooks';
import { fill } from '../../i18n/fill';
import { localeInfo } from '../../i18n/locales';
import { compareCosts, costComparisonInput, type CostLines, type ServiceMode, type Successor } from '../../lib/cost/cost-comparison';
import { costVerdict, type CostVerdict } from '../../lib/cost/verdict';
import { costDifference } from '../../lib/cost/verdict-metric';
import { formatMoney, formatMoneyCompact, formatPercentComputed, formatPercentExact, formatYears, joinSentences, numberFormat } from '../../lib/format';
import LineChart from './LineChart';
import ResultTable from './ResultTable';
import SensitivitySection from './SensitivitySection';
import { scenarioNames } from './ScenarioBar';
import ToolFrame, { type FieldGroup } from './ToolFrame';
import { costSummary } from './verdicts';
import { asCalcStrings, type ToolProps } from './tool-props';
import { useTool } from './use-tool';

type View = 'cash' | 'economic';

/** The pay fields of each service mode: a full seat has a monthly fee, a part-time CTO days and a day rate. */
const serviceFees: Record<ServiceMode, string[]> = {
  seat: ['svcMonthlyFee'],
  fractional: ['svcDaysPerWeek', 'svcDayRate'],
};
/** A successor CTO is hired on the full-time fields' terms; only a lead has a salary and a share of the seat of their own. */
const successorFields: Record<Successor, string[]> = {
  cto: ['svcOverlapMonths'],
  lead: ['svcOverlapMonths', 'leadSalary', 'leadRecruiting', 'leadCoveragePct'],
};

const groupsFor = (mode: ServiceMode, successor: Successor): FieldGroup[] => [
  {
    legend: 'calc.cc.group.scope',
    choice: 'view',
    fields: ['horizonYears', 'vacancyMonthlyCost', 'salaryGrowthPct', 'discountPct', 'companyValue', 'equityDiscountPct', 'dilutionPct'],
  },
  {
    legend: 'calc.cc.group.fullTime',
    fields: ['ftSalary', 'ftBonus', 'ftOverheadPct', 'ftRecruiting', 'ftMonthsToHire', 'ftEquityPct', 'ftVestingYears'],
  },
  {
    legend: 'calc.cc.group.service',
    choice: 'svcMode',
    fields: ['svcMonthsToStart', ...serviceFees[mode], 'svcMonths', 'svcBonusCash', 'svcBonusEquityPct', 'svcBonusChancePct'],
  },
  { legend: 'calc.cc.group.successor', choice: 'successor', fields: successorFields[successor] },
];

export default function CostComparison(props: ToolProps<'cost-comparison'>) {
  const tool = useTool('cost-comparison', props);
  const monthsTableId = useId();
  const s = props.strings;
  const { intlLocale } = localeInfo[props.locale];
  const money = (v: number) => formatMoney(v, tool.currency, intlLocale);
  // Axis ticks such as 1.25M need a second fraction digit.
  const tick = (v: number) => formatMoneyCompact(v, tool.currency, intlLocale, 2);
  const yearsShort = numberFormat(intlLocale, { style: 'unit', unit: 'year', unitDisplay: 'short' });
  const view: View = tool.choices.view === 'economic' ? 'economic' : 'cash';
  const mode: ServiceMode = tool.choices.svcMode === 'fractional' ? 'fractional' : 'seat';
  const successor: Successor = tool.choices.successor === 'lead' ? 'lead' : 'cto';
  const input = costComparisonInput(tool.values, tool.choices);
  const result = compareCosts(input);
  const r = result[view];
  const years = formatYears(input.horizonYears, intlLocale);
  const basis = s[`calc.cc.basis.${view}${input.discountPct > 0 ? 'Pv' : ''}`];
  // Every year fits under the chart up to five years; beyond, every other year.
  const yearTick = input.horizonYears > 5 ? 24 : 12;
  const amount = money(Math.abs(r.difference));
  const verdict = costVerdict(r);
  // A path that never starts within the horizon is only empty months: the verdict is true but says little, so the headline says why.
  const summary = joinSentences(
    costSummary(r, input.vacancyMonthlyCost, { years, basis, money }, s),
    result.fullTimeStarts ? '' : fill(s['calc.cc.notStarted.fullTime'], { years }),
    result.serviceStarts ? '' : fill(s['calc.cc.notStarted.service'], { years }),
  );
  const breakEven = verdict.cheaper !== 'neither' && verdict.from !== 'start' ? verdict.from : null;
  const winner = (lines: CostLines, v: CostVerdict) =>
    v.cheaper === 'neither' ? s['calc.cc.views.equal'] : fill(s[`calc.cc.views.${v.cheaper}`], { amount: money(Math.abs(lines.difference)) });
  const cashVerdict = costVerdict(result.cash);
  const economicVerdict = costVerdict(result.economic);
  const views = fill(s['calc.cc.views'], { cash: winner(result.cash, cashVerdict), economic: winner(result.economic, economicVerdict) });
  const disagree = cashVerdict.cheaper !== economicVerdict.cheaper;
  // Scenario A's lines share the chart only in the same currency: money is never converted.
  const names = scenarioNames(tool.labels, asCalcStrings(s));
  const kept = tool.kept?.currency === tool.currency ? compareCosts(costComparisonInput(tool.kept.values, tool.kept.choices))[view] : undefined;
  const seriesLabel = (scenario: string, path: string) => (tool.kept ? fill(s['calc.scenario.chartLine'], { scenario, path }) : path);
  const breakEvenNote =
    breakEven !== null
      ? s['calc.cc.breakEvenDefined']
      : verdict.cheaper === 'neither'
        ? s['calc.cc.breakEvenTie']
        : s[`calc.cc.breakEvenNever.${verdict.cheaper}`];
  const flip = r.vacancyFlip;
  // The path cheaper above the flip cost is the verdict's own when the reader's vacancy cost is above it.
  const flipNote =
    flip === null
      ? s['calc.cc.vacancyFlipNoneNote']
      : input.vacancyMonthlyCost > flip.cost
        ? s[`calc.cc.vacancyFlip.${flip.cheaperAbove === 'service' ? 'fullTime' : 'service'}Below`]
        : s[`calc.cc.vacancyFlip.${flip.cheaperAbove}Above`];

  return (
    <ToolFrame {...props} labels="calc.cc." groups={groupsFor(mode, successor)} tool={tool} summary={summary}>
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
        <div class="calc-breakeven">
          <dt>{s['calc.cc.breakEven']}</dt>
          <dd>
            {breakEven === null ? s['calc.cc.breakEvenNone'] : fill(s['calc.cc.breakEvenMonth'], { month: breakEven })}
            <p>{breakEvenNote}</p>
          </dd>
        </div>
        <div class="calc-breakeven">
          <dt>{s['calc.cc.vacancyFlip']}</dt>
          <dd>
            {flip === null ? s['calc.cc.vacancyFlipNone'] : fill(s['calc.cc.vacancyFlipValue'], { amount: money(flip.cost) })}
            <p>{flipNote}</p>
          </dd>
        </div>
      </dl>
      <LineChart
        title={fill(s['calc.cc.chart'], { basis })}
        description={fill(s['calc.cc.chartAlt'], { basis, months: result.months, fullTime: money(r.fullTimeTotal), service: money(r.serviceTotal) })}
        series={[
          { label: seriesLabel(names.b, s['calc.cc.group.fullTime']), values: r.fullTime },
          { label: seriesLabel(names.b, s['calc.cc.group.service']), values: r.service },
          ...(kept
            ? [
                { label: seriesLabel(names.a, s['calc.cc.group.fullTime']), values: kept.fullTime, tone: 1, kept: true },
                { label: seriesLabel(names.a, s['calc.cc.group.service']), values: kept.service, tone: 2, kept: true },
              ]
            : []),
        ]}
        formatValue={tick}
        tickLabel={(i) => ((i + 1) % yearTick === 0 ? yearsShort.format((i + 1) / 12) : undefined)}
        marker={breakEven === null ? undefined : { index: breakEven - 1, label: fill(s['calc.cc.marker'], { month: breakEven }) }}
        readout={(i) =>
          fill(s['calc.cc.readout'], { month: i + 1, fullTime: money(r.fullTime[i] ?? 0), service: money(r.service[i] ?? 0) }) +
          (kept && i < kept.fullTime.length
            ? fill(s['calc.cc.readoutKept'], { scenario: names.a, fullTime: money(kept.fullTime[i] ?? 0), service: money(kept.service[i] ?? 0) })
            : '')
        }
        cursorLabel={s['calc.chart.scrub']}
        hint={s['calc.chart.hint']}
      />
      {tool.kept && !kept && <p class="calc-compare-note">{fill(s['calc.scenario.chartOtherCurrency'], { a: names.a, currency: tool.kept.currency })}</p>}
      <p class="calc-views">{disagree ? joinSentences(views, s['calc.cc.views.disagree']) : views}</p>
      <details class="calc-table">
        <summary>{s['calc.table.show']}</summary>
        <section class="calc-scroll" tabIndex={0} aria-labelledby={monthsTableId}>
          <table>
            <caption id={monthsTableId}>{fill(s['calc.cc.chart'], { basis })}</caption>
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
        </section>
      </details>
      <ResultTable
        caption={s['calc.cc.equity']}
        columns={[s['calc.cc.path'], s['calc.cc.granted'], s['calc.cc.vested'], s['calc.cc.vestedValue']]}
        rows={(
          [
            [s['calc.cc.group.fullTime'], result.fullTimeEquity],
            [s['calc.cc.group.service'], result.serviceEquity],
          ] as const
        ).map(([header, share]) => ({
          header,
          // The share as entered, every decimal of it; the vested part never rounded away.
          cells: [formatPercentExact(share.grantedPct, intlLocale), formatPercentComputed(share.vestedPct, intlLocale), money(share.vestedValue)],
        }))}
      />
      <SensitivitySection
        tool={tool}
        strings={s}
        locale={props.locale}
        labels="calc.cc."
        groups={groupsFor(mode, successor)}
        model={(values) => costDifference(compareCosts(costComparisonInput(values, tool.choices)), view)}
        metric={fill(s['calc.cc.sens.metric'], { basis })}
      />
    </ToolFrame>
  );
}
