/** The deal from the CTO's side: companies per career, the chance of a success, cash and expected equity. */
import { fill } from '../../i18n/fill';
import { localeInfo } from '../../i18n/locales';
import { ctoCareer, type CtoCareerInput } from '../../lib/cost/cto-career';
import { formatMoney, formatMoneyCompact, formatPercent, formatPlain, formatYears } from '../../lib/format';
import ResultTable from './ResultTable';
import StackedBars from './StackedBars';
import ToolFrame, { type FieldGroup } from './ToolFrame';
import type { ToolProps } from './tool-props';
import { useTool } from './use-tool';

const groups: FieldGroup[] = [
  { legend: 'calc.career.group.career', fields: ['careerYears', 'successChancePct', 'exitValue'] },
  { legend: 'calc.career.group.fullTime', fields: ['yearsPerCompany', 'ftEquityPct', 'ftCashPerYear'] },
  { legend: 'calc.career.group.service', fields: ['monthsPerEngagement', 'svcEquityPct', 'svcCashPerYear'] },
];

export default function CtoCareer(props: ToolProps) {
  const tool = useTool('cto-career', props);
  const s = props.strings;
  const { intlLocale } = localeInfo[props.locale];
  const money = (v: number) => formatMoney(v, tool.currency, intlLocale);
  // Axis ticks such as 1.25M need a second fraction digit.
  const compact = (v: number) => formatMoneyCompact(v, tool.currency, intlLocale, 2);
  const chance = (p: number) => formatPercent(p, intlLocale);
  const input = tool.values as unknown as CtoCareerInput;
  const { fullTime, service } = ctoCareer(input);
  const summary = fill(s['calc.career.summary'], {
    years: formatYears(input.careerYears, intlLocale),
    ftCompanies: fullTime.companies,
    ftChance: chance(fullTime.chanceOfSuccess),
    svcCompanies: service.companies,
    svcChance: chance(service.chanceOfSuccess),
  });
  const rows = [
    { header: s['calc.career.companies'], cells: [fullTime.companies, service.companies].map((n) => formatPlain(n, intlLocale)) },
    { header: s['calc.career.chance'], cells: [fullTime, service].map((p) => chance(p.chanceOfSuccess)) },
    { header: s['calc.career.equity'], cells: [fullTime, service].map((p) => money(p.expectedEquity)) },
    { header: s['calc.career.cash'], cells: [fullTime, service].map((p) => money(p.cash)) },
  ];

  return (
    <ToolFrame {...props} labels="calc.career." groups={groups} tool={tool} summary={summary}>
      <StackedBars
        title={s['calc.career.chart']}
        description={fill(s['calc.career.chartAlt'], {
          fullTime: money(fullTime.cash + fullTime.expectedEquity),
          service: money(service.cash + service.expectedEquity),
        })}
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
    </ToolFrame>
  );
}
