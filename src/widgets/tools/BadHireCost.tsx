/** What a wrong CTO costs, part by part, next to a wrong CEO, CMO or CFO. */
import { fill } from '../../i18n/fill';
import { localeInfo } from '../../i18n/locales';
import { badHireCost, badHireParts, badHireVerdict } from '../../lib/cost/bad-hire-cost';
import { badHireDifference } from '../../lib/cost/verdict-metric';
import { formatMoney, formatMoneyCompact } from '../../lib/format';
import ResultTable from './ResultTable';
import SensitivitySection from './SensitivitySection';
import StackedBars from './StackedBars';
import ToolFrame, { type FieldGroup } from './ToolFrame';
import type { ToolProps } from './tool-props';
import { useTool } from './use-tool';
import { badHireSummary } from './verdicts';
import { toolValues } from '../../lib/cost/fields';

const groups: FieldGroup[] = [
  {
    legend: 'calc.bh.group.cto',
    fields: ['monthsToNotice', 'ctoSalary', 'teamCostPerMonth', 'rebuildPct', 'lateProfitPerMonth', 'monthsToReplace', 'replacementCost'],
  },
  {
    legend: 'calc.bh.group.other',
    fields: ['otherMonthsToNotice', 'otherExecSalary', 'otherWastedPerMonth', 'otherLostProfitPerMonth', 'otherRecoveryMonths', 'otherExecRehireCost'],
  },
];

export default function BadHireCost(props: ToolProps<'bad-hire-cost'>) {
  const tool = useTool('bad-hire-cost', props);
  const s = props.strings;
  const { intlLocale } = localeInfo[props.locale];
  const money = (v: number) => formatMoney(v, tool.currency, intlLocale);
  // Axis ticks such as 1.25M need a second fraction digit.
  const compact = (v: number) => formatMoneyCompact(v, tool.currency, intlLocale, 2);
  const r = badHireCost(toolValues('bad-hire-cost', tool.values));
  const total = money(r.total);
  const other = money(r.otherExecTotal);
  const summary = badHireSummary(badHireVerdict(r), { total, other }, s, intlLocale);

  return (
    <ToolFrame {...props} labels="calc.bh." groups={groups} tool={tool} summary={summary}>
      <StackedBars
        title={s['calc.bh.chart']}
        description={fill(s['calc.bh.chartAlt'], { total, other })}
        segments={badHireParts.map((part) => s[`calc.bh.part.${part}`])}
        rows={[
          { label: s['calc.bh.barCto'], values: badHireParts.map((part) => r.parts[part]) },
          { label: s['calc.bh.barOther'], values: badHireParts.map((part) => r.otherParts[part]) },
        ]}
        formatValue={compact}
      />
      <ResultTable
        caption={s['calc.bh.chart']}
        columns={[s['calc.bh.item'], s['calc.bh.barCto'], s['calc.bh.barOther']]}
        rows={badHireParts.map((part) => ({
          header: s[`calc.bh.part.${part}`],
          cells: [money(r.parts[part]), money(r.otherParts[part])],
        }))}
        total={{ header: s['calc.bh.total'], cells: [total, other] }}
      />
      <SensitivitySection
        tool={tool}
        strings={s}
        locale={props.locale}
        labels="calc.bh."
        groups={groups}
        model={(values) => badHireDifference(badHireCost(toolValues('bad-hire-cost', values)))}
        metric={s['calc.bh.sens.metric']}
      />
    </ToolFrame>
  );
}
