/**
 * The deal from the CTO's side: what a career as a full-time CTO or as a service CTO
 * can be expected to pay, how widely that spreads, and the companies and chances behind it.
 */
import { fill } from '../../i18n/fill';
import { pluralForm } from '../../i18n/plural';
import { localeInfo } from '../../i18n/locales';
import { ctoCareer, type CareerPath } from '../../lib/cost/cto-career';
import { careerDifference } from '../../lib/cost/verdict-metric';
import { formatMoney, formatMoneyCompact, formatPercent, formatPlain, formatYears, joinSentences } from '../../lib/format';
import ResultTable from './ResultTable';
import SensitivitySection from './SensitivitySection';
import StackedBars from './StackedBars';
import ToolFrame, { type FieldGroup } from './ToolFrame';
import type { ToolProps } from './tool-props';
import { useTool } from './use-tool';
import { careerSummary } from './verdicts';
import { toolValues } from '../../lib/cost/fields';

const groups: FieldGroup[] = [
  { legend: 'calc.career.group.career', fields: ['careerYears', 'gapMonths', 'successChancePct', 'exitValue', 'dilutionPct', 'yearsToExit', 'discountPct'] },
  { legend: 'calc.career.group.fullTime', fields: ['yearsPerCompany', 'ftEquityPct', 'ftCashPerYear'] },
  { legend: 'calc.career.group.service', fields: ['monthsPerEngagement', 'svcEquityPct', 'svcFeePerYear', 'svcMarginPct'] },
];

export default function CtoCareer(props: ToolProps<'cto-career'>) {
  const tool = useTool('cto-career', props);
  const s = props.strings;
  const { intlLocale } = localeInfo[props.locale];
  const money = (v: number) => formatMoney(v, tool.currency, intlLocale);
  // Axis ticks such as 1.25M need a second fraction digit.
  const compact = (v: number) => formatMoneyCompact(v, tool.currency, intlLocale, 2);
  const chance = (p: number) => formatPercent(p, intlLocale);
  const input = toolValues('cto-career', tool.values);
  const result = ctoCareer(input);
  const { fullTime, service } = result;
  const paths = [fullTime, service];
  const summary = careerSummary(
    result,
    { years: formatYears(input.careerYears, intlLocale), fullTime: money(fullTime.expectedValue), service: money(service.expectedValue) },
    s,
    joinSentences,
  );
  const mostLikely = (path: CareerPath) =>
    path.mostLikelySuccesses === 0
      ? fill(s['calc.career.mostLikelyNone'], { chance: chance(path.mostLikelyChance) })
      : fill(pluralForm(s['calc.career.mostLikelySome'], path.mostLikelySuccesses, intlLocale), {
          count: formatPlain(path.mostLikelySuccesses, intlLocale),
          chance: chance(path.mostLikelyChance),
        });
  const rows = [
    { header: s['calc.career.expected'], cells: paths.map((p) => money(p.expectedValue)) },
    { header: s['calc.career.range'], cells: paths.map((p) => fill(s['calc.career.rangeValue'], { low: money(p.low), high: money(p.high) })) },
    { header: s['calc.career.mostLikely'], cells: paths.map(mostLikely) },
    { header: s['calc.career.cash'], cells: paths.map((p) => money(p.cash)) },
    { header: s['calc.career.equity'], cells: paths.map((p) => money(p.expectedEquity)) },
    { header: s['calc.career.companies'], cells: paths.map((p) => formatPlain(p.companies, intlLocale)) },
    { header: s['calc.career.chance'], cells: paths.map((p) => chance(p.chanceOfSuccess)) },
  ];

  return (
    <ToolFrame {...props} labels="calc.career." groups={groups} tool={tool} summary={summary}>
      <StackedBars
        title={s['calc.career.chart']}
        description={fill(s['calc.career.chartAlt'], { fullTime: money(fullTime.expectedValue), service: money(service.expectedValue) })}
        segments={[s['calc.career.cash'], s['calc.career.equity']]}
        rows={[
          { label: s['calc.career.fullTime'], values: [fullTime.cash, fullTime.expectedEquity] },
          { label: s['calc.career.service'], values: [service.cash, service.expectedEquity] },
        ]}
        formatValue={compact}
      />
      <ResultTable
        caption={s['calc.career.chart']}
        columns={[s['calc.career.measure'], s['calc.career.fullTime'], s['calc.career.service']]}
        rows={rows}
      />
      <SensitivitySection
        tool={tool}
        strings={s}
        locale={props.locale}
        labels="calc.career."
        groups={groups}
        model={(values) => careerDifference(ctoCareer(toolValues('cto-career', values)))}
        metric={s['calc.career.sens.metric']}
      />
    </ToolFrame>
  );
}
