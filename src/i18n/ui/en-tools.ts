/** English UI strings of the tools (labels, messages, results); the other locales mirror its keys. */
export const enTools = {
  'tools.index.title': 'Tools',
  'tools.index.description':
    'Calculators that price the CTO decision in your own currency: full-time CTO versus CTO as a service, the cost of a wrong hire, and the deal seen from the CTO’s side.',
  'tools.index.intro':
    'Each calculator starts from example values – round figures to replace with your own, not market data. Your inputs stay in your browser and in the page address, so you can share a result as a link.',
  'tools.method': 'How the calculation works',
  'tools.relatedGuides': 'Guides that explain the reasoning',
  'tools.cost-comparison.summary':
    'Compare what a full-time chief technology officer (CTO) and a CTO as a service (CTOaaS), full seat or part-time, cost over one to ten years: in cash, or with the equity each path gives up counted too.',
  'tools.cost-comparison.method1':
    'An empty seat costs money: in every month nobody leads technology, the monthly cost of having no technical leader is added – on the full-time path until the hire, on the service path until the engagement starts. So a longer search makes full time cheaper only if a month without a leader costs less than a month of the CTO’s pay.',
  'tools.cost-comparison.method2':
    'Full-time path: the recruiting cost is paid in month 1; from the hire, salary, bonus and overhead (a share of the salary) are paid monthly. Equity vests monthly over the vesting period after a one-year cliff counted from the hire.',
  'tools.cost-comparison.method3':
    'Service path, full seat (the model the sources describe): a CTO who holds the seat full-time for the engagement, for a monthly fee. Part-time (fractional): a CTO for some days a week, paid days × 52 ÷ 12 × the day rate each month; only those days of the five-day week are covered, so the rest of the vacancy cost (three fifths of it for two days) still accrues during the engagement.',
  'tools.cost-comparison.method4':
    'In both service modes the fee is fixed for the whole engagement, and the success bonus is paid, and its equity earned, in the engagement’s last month. An in-house lead starts before the engagement ends, for the handover overlap you set, so the seat is never empty afterwards; the lead costs salary plus the same overhead share.',
  'tools.cost-comparison.method5':
    'Salaries – the full-time CTO’s pay and the lead’s – rise by the growth rate at the start of each year of the horizon (months 13, 25 …), whenever the person was hired. A discount rate above 0 turns each month’s amount into its value today, amount ÷ (1 + rate)^(month ÷ 12); at 0 the sums are nominal.',
  'tools.cost-comparison.method6':
    'Cash only counts pay, fees, bonuses, recruiting and the vacancy cost. Economic cost adds the equity each path gives up: each month’s newly vested share at the company value you enter, reduced by the dilution per year from the start of each year. The result names the cheaper path in both views, so you see when equity changes the answer.',
  'tools.cost-comparison.method7':
    'Break-even point: the first month from which the path that costs less over the whole horizon stays cheaper, in cumulative cost, until the horizon ends. If the two lines never cross, there is none: one path costs less in every month.',
  'tools.bad-hire-cost.summary':
    'Add up what a wrong CTO costs by the time the problem is fixed, next to what a wrong CEO, CMO or CFO costs, and see which costs more and how many times more.',
  'tools.bad-hire-cost.method1':
    'Both hires carry the same four kinds of loss, defined the same way: the salary paid until the problem is recognised; the spending in their charge that bought nothing; the gross profit (sales less their direct costs) lost while the business is set back; and hiring a replacement.',
  'tools.bad-hire-cost.method2':
    'For the CTO, the spending that bought nothing is the team’s cost of the share of its work to rebuild, over the months until the problem was recognised. Redoing that share takes the team as long as building it did, so the product is late by that many months, each costing the gross profit you enter. At 0 % nothing is thrown away and nothing is late.',
  'tools.bad-hire-cost.method3':
    'For a CEO, CMO or CFO, the spending that bought nothing is what was wasted per month in their charge while they held the seat, and the business is set back from their start until it has recovered after they leave, each month costing the gross profit on missed sales you enter.',
  'tools.bad-hire-cost.method4':
    'Each loss is counted once: the rebuild buys back what was thrown away, so what it costs is the time it takes, priced as gross profit. The company’s other spending during the delay is counted on neither side, because it would be spent with the right hire too.',
  'tools.bad-hire-cost.method5':
    'The multiple is the larger total divided by the smaller: it comes out of your numbers, and a wrong CMO can cost more than a wrong CTO.',
  'tools.bad-hire-cost.formula.salary':
    'The wrong CTO’s salary for the months until the problem is recognised.',
  'tools.bad-hire-cost.formula.rebuildMonths':
    'The months of work to redo, which is also how late the product is.',
  'tools.bad-hire-cost.formula.thrownAway':
    'The team’s cost of the work that has to be rebuilt.',
  'tools.bad-hire-cost.formula.lostProfit':
    'The gross profit lost while the product is late.',
  'tools.bad-hire-cost.formula.total':
    'What the wrong CTO costs.',
  'tools.bad-hire-cost.formula.otherSalary':
    'The other executive’s salary until the problem is recognised.',
  'tools.bad-hire-cost.formula.otherThrownAway':
    'The spending wasted in their charge while they held the seat.',
  'tools.bad-hire-cost.formula.otherLostProfit':
    'The gross profit lost on missed sales, from their start until the business recovers.',
  'tools.bad-hire-cost.formula.otherTotal':
    'What the wrong CEO, CMO or CFO costs.',
  'tools.bad-hire-cost.formula.times':
    'How many times one costs the other: the larger total over the smaller.',
  'tools.bad-hire-cost.omits1':
    'Harm that no line prices: good engineers who leave, customers or investors who lose trust, and the worst case, the loss of the whole project.',
  'tools.bad-hire-cost.omits2':
    'The time value of money: the sums are nominal, not discounted.',
  'tools.bad-hire-cost.omits3':
    'A rebuild faster or slower than the original build: it is assumed to take as long.',
  'tools.bad-hire-cost.omits4':
    'Taxes and severance pay.',
  'tools.cto-career.summary':
    'See the deal from the CTO’s side: how many companies a career can hold under full-time vesting terms or as a series of engagements, what it can be expected to pay, and how widely the outcome spreads.',
  'tools.cto-career.method1':
    'Only completed terms earn equity: a full-time term lasts the years per company, an engagement the months you set, and your gap separates one company from the next. Cash is paid for every month in a seat.',
  'tools.cto-career.method2':
    'Each company becomes a large success with the chance you set, independently of the others, so the number of successes is binomial; the chance of at least one is 1 − (1 − p)ⁿ.',
  'tools.cto-career.method3':
    'A success pays the equity share, less the share lost to later funding rounds, at the company value you set, at an exit that comes the years you set after the term ends (when the stake is fully earned). The expected value is the cash plus the number of companies × the chance × that payout.',
  'tools.cto-career.method4':
    'The service path’s cash is what the CTO receives: the fee the firm charges less the firm’s margin (20 % is an example; firms differ). The full-time path’s cash is the salary.',
  'tools.cto-career.method5':
    'A discount rate above 0 turns each month’s cash and each payout into its value at the start of the career, amount ÷ (1 + rate)^(years from the start); at 0 the sums are nominal and the years to the exit change nothing.',
  'tools.cto-career.method6':
    'The range runs from the 10th to the 90th percentile career: in 8 careers out of 10 the total falls between them. The most likely outcome is the number of successes with the highest chance.',
  'tools.cto-career.formula.paths':
    'The term, stake and yearly cash of each path; the formulas below apply to both.',
  'tools.cto-career.formula.companies':
    'The whole terms that fit in the career with the gaps between them.',
  'tools.cto-career.formula.svcCash':
    'What the service CTO receives per year.',
  'tools.cto-career.formula.cash':
    'The cash for every month in a seat, valued at the start of the career.',
  'tools.cto-career.formula.payout':
    'What one large success pays, discounted from its exit and averaged over the career’s terms.',
  'tools.cto-career.formula.expected':
    'Cash plus the expected value of the equity.',
  'tools.cto-career.formula.chance':
    'The chance of at least one large success.',
  'tools.cto-career.formula.range':
    'The 10th and 90th percentile careers, from the binomial distribution of successes.',
  'tools.cto-career.omits1':
    'Taxes, benefits and pay rises: the cash per year stays as you enter it.',
  'tools.cto-career.omits2':
    'Smaller exits: a company either becomes the large success you describe or its equity pays nothing.',
  'tools.cto-career.omits3':
    'Companies that rise and fall together: each succeeds independently of the others, which makes the portfolio look safer than it is.',
  'tools.cto-career.omits4':
    'When exactly each success happens: the range values every success at the average present value of the career’s payouts.',

  'calc.currency': 'Currency',
  'calc.currency.USD': 'US dollar (USD)',
  'calc.currency.CNY': 'Chinese yuan (CNY)',
  'calc.currency.VND': 'Vietnamese dong (VND)',
  'calc.currency.examples': 'Showing the example values for {currency}.',
  'calc.currency.restored': 'Showing your {currency} figures again.',
  'calc.currency.kept': 'Your {currency} figures are kept: switch back to see them.',
  'calc.examples': 'The starting values are examples to replace with your own numbers, not market data.',
  'calc.exampleSalary': 'An example salary, the same in all three calculators: replace it with yours.',
  'calc.noscript': 'The result shown is calculated from the example values. Recalculating with your own numbers needs JavaScript.',
  'calc.inputs': 'Your numbers',
  'calc.results': 'Result',
  'calc.copyLink': 'Copy link to this result',
  'calc.copied': 'Link copied.',
  'calc.copyFailed': 'Could not copy. The page address holds the link.',
  'calc.reset': 'Reset to the examples',
  'calc.openTool': 'Open the full calculator',
  'calc.urlNotice': 'Some values in the link could not be read, so the examples are used for: {fields}.',
  'calc.stale': 'A field needs correcting; the result still shows your last valid numbers.',
  'calc.error.empty': 'Enter a number.',
  'calc.error.malformed': 'This is not a number. Type digits, e.g. 120,000 or 120k.',
  'calc.error.ambiguous': 'This could mean {grouped} or {decimal}. Type it as the one you mean.',
  'calc.error.negative': 'Enter a number of zero or more.',
  'calc.error.tooSmall': 'Enter at least {min}.',
  'calc.error.tooLarge': 'Enter at most {max}.',
  'calc.error.notWhole': 'Enter a whole number.',
  'calc.readback': '= {value}',
  'calc.unit.months': 'months',
  'calc.unit.years': 'years',
  'calc.unit.daysPerWeek': 'days a week',
  'calc.table.show': 'Show the numbers as a table',
  'calc.month': 'Month',
  'calc.chart.scrub': 'Month shown on the chart',
  'calc.chart.hint': 'Point at or tap the chart, or focus it and use the arrow keys, to read any month.',
  'calc.sens.title': 'What moves the verdict: each input varied in turn',
  'calc.sens.method':
    'Each input in turn is set to the low and then the high end of its range while the others keep your values, and the result is worked out again. The result here is {metric}. The range is a quarter of the value either way, within the field’s limits; a percentage moves at least one point and a duration at least one month or year (in whole steps where the field takes whole numbers), days a week move half a day, a few rates move a set number of points, and a sum of 0 goes up to a quarter of its example. The table gives each input’s range.',
  'calc.sens.base': 'With your values the result is {value}.',
  'calc.sens.flipsNone': 'No input changes the verdict at either end of its range.',
  'calc.sens.flipsSome': 'At an end of its range, {fields} would change the verdict (marked “⇄ flips the verdict”).',
  'calc.sens.flipsMany': '{count} inputs would change the verdict at an end of their range; each is marked “⇄ flips the verdict”.',
  'calc.sens.flips': '⇄ flips the verdict',
  'calc.sens.chartAlt': 'Tornado chart: how far each input’s range moves the result, largest effect first. The table below gives the same numbers.',
  'calc.sens.chartTop': 'The chart shows the {count} inputs that move the result most; the table lists them all.',
  'calc.sens.legendLow': 'Input at the low end',
  'calc.sens.legendHigh': 'Input at the high end',
  'calc.sens.legendBase': 'Solid line: your values',
  'calc.sens.legendTie': 'Dashed line: 0, where the verdict flips',
  'calc.sens.caption': 'The result at each end of each input’s range, largest effect first',
  'calc.sens.qualified': '{group}: {field}',
  'calc.sens.input': 'Input',
  'calc.sens.range': 'Range',
  'calc.sens.atLow': 'Result at the low end',
  'calc.sens.atHigh': 'Result at the high end',
  'calc.sens.flipsColumn': 'Flips the verdict?',
  'calc.sens.yes': 'Yes ⇄',
  'calc.sens.no': 'No',
  'calc.sens.rangeValue': '{low} to {high}',

  'calc.cc.group.scope': 'Scope',
  'calc.cc.group.fullTime': 'Full-time CTO',
  'calc.cc.group.service': 'CTO as a service',
  'calc.cc.view': 'Costs to count',
  'calc.cc.view.cash': 'Cash only: pay, fees, bonuses, recruiting and the vacancy cost',
  'calc.cc.view.economic': 'Economic cost: cash plus the vested equity, priced at the company value',
  'calc.cc.horizonYears': 'Horizon',
  'calc.cc.vacancyMonthlyCost': 'Monthly cost of having no technical leader (0 leaves it out)',
  'calc.cc.salaryGrowthPct': 'Salary growth per year, %',
  'calc.cc.discountPct': 'Discount rate per year, % (0 = no discounting)',
  'calc.cc.companyValue': 'Company value used to price equity',
  'calc.cc.dilutionPct': 'Dilution of equity per year, %',
  'calc.cc.ftSalary': 'Annual salary',
  'calc.cc.ftBonus': 'Annual bonus',
  'calc.cc.ftOverheadPct': 'Benefits and overhead, % of salary',
  'calc.cc.ftRecruiting': 'Recruiting cost (one-off)',
  'calc.cc.ftMonthsToHire': 'Time to hire',
  'calc.cc.ftEquityPct': 'Equity granted, %',
  'calc.cc.ftVestingYears': 'Vesting period (one-year cliff)',
  'calc.cc.svcMode': 'Kind of service CTO',
  'calc.cc.svcMode.seat': 'Full seat: a full-time CTO engaged for 1–2 years, for a monthly fee',
  'calc.cc.svcMode.fractional': 'Part-time (fractional): some days a week, at a day rate',
  'calc.cc.svcMonthsToStart': 'Time to engage',
  'calc.cc.svcMonthlyFee': 'Monthly salary or fee',
  'calc.cc.svcDaysPerWeek': 'Days a week',
  'calc.cc.svcDayRate': 'Day rate',
  'calc.cc.svcMonths': 'Engagement length',
  'calc.cc.svcBonusCash': 'Success bonus in cash',
  'calc.cc.svcBonusEquityPct': 'Success bonus in equity, %',
  'calc.cc.svcOverlapMonths': 'Handover overlap',
  'calc.cc.leadSalary': 'Annual salary of the in-house lead who takes over',
  'calc.cc.basis.cash': 'in cash',
  'calc.cc.basis.cashPv': 'in cash at today’s value',
  'calc.cc.basis.economic': 'in cash and equity',
  'calc.cc.basis.economicPv': 'in cash and equity at today’s value',
  'calc.cc.verdict.serviceFrom': 'From month {month} on, CTO as a service stays cheaper: {amount} less {basis} over {years}.',
  'calc.cc.verdict.fullTimeFrom': 'From month {month} on, a full-time CTO stays cheaper: {amount} less {basis} over {years}.',
  'calc.cc.verdict.serviceStart': 'CTO as a service never costs more than a full-time CTO, month by month: {amount} less {basis} over {years}.',
  'calc.cc.verdict.fullTimeStart': 'A full-time CTO never costs more than CTO as a service, month by month: {amount} less {basis} over {years}.',
  'calc.cc.verdict.equal': 'Over {years}, both paths cost the same {basis}.',
  'calc.cc.marker': 'From month {month}',
  'calc.cc.readout': 'Month {month}: full-time CTO {fullTime}, CTO as a service {service}',
  'calc.cc.totalFullTime': 'Full-time CTO, total over the horizon',
  'calc.cc.totalService': 'CTO as a service, total over the horizon',
  'calc.cc.difference': 'Difference',
  'calc.cc.breakEven': 'Break-even point',
  'calc.cc.breakEvenMonth': 'Month {month}',
  'calc.cc.breakEvenNone': 'None',
  'calc.cc.breakEvenDefined':
    'The break-even point is the first month from which the path that costs less over the whole horizon stays cheaper, in cumulative cost, until the horizon ends.',
  'calc.cc.breakEvenNever.service': 'The lines never cross: CTO as a service costs no more than a full-time CTO in any month, so there is no break-even point.',
  'calc.cc.breakEvenNever.fullTime': 'The lines never cross: a full-time CTO costs no more than CTO as a service in any month, so there is no break-even point.',
  'calc.cc.breakEvenTie': 'Both paths cost the same over the horizon, so neither breaks even against the other.',
  'calc.cc.views': 'Cash only: {cash}. Economic cost: {economic}.',
  'calc.cc.views.service': 'CTO as a service costs {amount} less',
  'calc.cc.views.fullTime': 'a full-time CTO costs {amount} less',
  'calc.cc.views.equal': 'both cost the same',
  'calc.cc.views.disagree': 'The two views disagree: counting equity changes which path is cheaper.',
  'calc.cc.chart': 'Cumulative cost by month, {basis}',
  'calc.cc.chartAlt': 'Line chart of cumulative cost {basis} over {months} months: full-time CTO reaches {fullTime}, CTO as a service reaches {service}.',
  'calc.cc.sens.metric':
    'the full-time CTO’s total minus the service total over the horizon, {basis}: above 0, CTO as a service costs less; below 0, the full-time CTO does',
  'calc.cc.equity': 'Equity given up',
  'calc.cc.path': 'Path',
  'calc.cc.granted': 'Granted',
  'calc.cc.vested': 'Vested by the end',
  'calc.cc.vestedValue': 'Value counted in the economic cost',

  'calc.bh.group.cto': 'The wrong CTO',
  'calc.bh.group.other': 'For comparison: a wrong CEO, CMO or CFO',
  'calc.bh.monthsToNotice': 'Months until the problem is recognised',
  'calc.bh.ctoSalary': 'CTO’s annual salary',
  'calc.bh.teamCostPerMonth': 'Engineering team cost per month',
  'calc.bh.rebuildPct': 'Share of the team’s work to rebuild, %',
  'calc.bh.lostProfitPerMonth': 'Gross profit lost per month while the product is late',
  'calc.bh.replacementCost': 'Cost of hiring a replacement CTO',
  'calc.bh.otherMonthsToNotice': 'Months until the problem with them is recognised',
  'calc.bh.otherExecSalary': 'The other executive’s annual salary',
  'calc.bh.otherWastedPerMonth': 'Spending wasted per month while they are in the seat',
  'calc.bh.otherLostProfitPerMonth': 'Gross profit lost per month on missed sales, until the business recovers',
  'calc.bh.otherRecoveryMonths': 'Months the business takes to recover after they leave',
  'calc.bh.otherExecRehireCost': 'Cost of rehiring that executive',
  'calc.bh.part.salary': 'Salary paid',
  'calc.bh.part.thrownAway': 'Spending that bought nothing',
  'calc.bh.part.lostMonths': 'Gross profit lost while the business is set back',
  'calc.bh.part.replacement': 'Hiring a replacement',
  'calc.bh.barCto': 'Wrong CTO',
  'calc.bh.barOther': 'Wrong CEO, CMO or CFO',
  'calc.bh.total': 'Total',
  'calc.bh.summary': 'A wrong CTO costs {total}: {times} times as much as a wrong CEO, CMO or CFO ({other}).',
  'calc.bh.summaryOtherMore': 'A wrong CEO, CMO or CFO costs {other}: {times} times as much as a wrong CTO ({total}).',
  'calc.bh.summarySimilar': 'A wrong CTO costs {total}, about as much as a wrong CEO, CMO or CFO ({other}).',
  'calc.bh.summaryAlone': 'A wrong CTO costs {total} by the time the problem is fixed.',
  'calc.bh.summaryOtherAlone': 'With these numbers a wrong CTO costs nothing, and a wrong CEO, CMO or CFO costs {other}.',
  'calc.bh.chart': 'What each wrong hire costs',
  'calc.bh.chartAlt': 'Bar chart: a wrong CTO costs {total}, a wrong CEO, CMO or CFO costs {other}.',
  'calc.bh.sens.metric':
    'the wrong CTO’s cost minus the wrong CEO’s, CMO’s or CFO’s: above 0, the wrong CTO costs more; below 0, the other hire does (a difference, not the “times” multiple, which means nothing when one of the costs is 0)',
  'calc.bh.item': 'Cost item',

  'calc.career.group.career': 'The career',
  'calc.career.group.fullTime': 'Full-time terms',
  'calc.career.group.service': 'Engagements as a service',
  'calc.career.careerYears': 'Career years left',
  'calc.career.gapMonths': 'Months between one company and the next',
  'calc.career.successChancePct': 'Chance that one company becomes a large success, %',
  'calc.career.exitValue': 'Company value at a large success',
  'calc.career.dilutionPct': 'Stake lost to later funding rounds before the exit, %',
  'calc.career.exitLagYears': 'Years from the end of a term to the exit that pays the equity',
  'calc.career.discountPct': 'Discount rate per year, % (0 = no discounting)',
  'calc.career.yearsPerCompany': 'Years per company (vesting term)',
  'calc.career.ftEquityPct': 'Equity share per company, %',
  'calc.career.ftCashPerYear': 'Cash per year',
  'calc.career.monthsPerEngagement': 'Months per engagement',
  'calc.career.svcEquityPct': 'Equity share per engagement, %',
  'calc.career.svcFeePerYear': 'Fee the service firm charges per year',
  'calc.career.svcMarginPct': 'The firm’s margin on the fee, % (an example)',
  'calc.career.fullTime': 'Full-time CTO',
  'calc.career.service': 'CTO as a service',
  'calc.career.expected': 'Expected value: cash plus expected equity',
  'calc.career.range': 'In 8 careers out of 10 (10th to 90th percentile)',
  'calc.career.rangeValue': '{low} to {high}',
  'calc.career.mostLikely': 'Most likely outcome',
  'calc.career.mostLikelyNone': 'No large success ({chance})',
  'calc.career.mostLikelySome': { one: '{count} large success ({chance})', other: '{count} large successes ({chance})' },
  'calc.career.companies': 'Companies in the career',
  'calc.career.chance': 'Chance of at least one large success',
  'calc.career.equity': 'Expected equity value',
  'calc.career.cash': 'Cash over the career',
  'calc.career.summary': 'Over {years}, a full-time CTO can expect {fullTime} and a CTO as a service {service}, cash plus expected equity.',
  'calc.career.summaryNoneBoth': 'On both paths the most likely outcome is no large success.',
  'calc.career.summaryNoneFullTime': 'As a full-time CTO the most likely outcome is no large success.',
  'calc.career.summaryNoneService': 'As a CTO as a service the most likely outcome is no large success.',
  'calc.career.chart': 'Cash and expected equity value over the career',
  'calc.career.chartAlt': 'Bar chart: a full-time CTO earns {fullTime} in cash and expected equity, a CTO as a service {service}.',
  'calc.career.sens.metric':
    'the expected value as a CTO as a service minus the expected value as a full-time CTO: above 0, the service path is worth more; below 0, full time is',
  'calc.career.measure': 'Measure',
} as const;
