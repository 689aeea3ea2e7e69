import type { DictionaryOf } from '../plural';
import type { enTools } from './en-tools';

export const zhTools: DictionaryOf<typeof enTools> = {
  'tools.index.title': '工具',
  'tools.index.description': '用你自己的货币为 CTO 决策算一笔账：全职首席技术官与 CTO 即服务的成本比较、错招 CTO 的代价，以及站在 CTO 一方看这笔交易。',
  'tools.index.intro':
    '每个计算器都从示例数值开始——这些是便于演示的整数，请换成你自己的数字，它们不是市场数据。你的输入只保存在浏览器和页面地址中，因此可以把结果以链接的形式分享。',
  'tools.method': '计算方法',
  'tools.relatedGuides': '解释其中道理的指南',
  'tools.cost-comparison.summary': '比较全职首席技术官（CTO）与首席技术官即服务（CTO 即服务，全职席位或兼职）在 1–10 年内的成本：可以只看现金，也可以把两条路径各自让出的股权一并算进去。',
  'tools.cost-comparison.method1':
    '空缺也有成本：在没有人负责技术的每一个月，都计入“没有技术负责人的月度成本”——全职路径算到新人入职为止，服务路径算到服务期开始为止。因此，只有当一个月没有技术负责人的损失低于首席技术官一个月的薪酬时，招聘拖得更久才会让全职路径更便宜。',
  'tools.cost-comparison.method2': '全职路径：招聘费用在第 1 个月支付；入职后按月支付工资、奖金和福利及管理费用（按工资的百分比计算）。股权从入职起设一年悬崖期：满一年时兑现第一年的份额，此后按月兑现，直至兑现期结束。',
  'tools.cost-comparison.method3':
    '服务路径分两种方式。全职席位（资料中描述的模式）：一位在服务期内全职担任这个职位的 CTO，按月付费。兼职：每周来几天、按天计费的兼职首席技术官，每月费用 = 每周天数 × 52 ÷ 12 × 日费；一周五个工作日里只有这几天有人，所以服务期内其余部分的空缺成本照样计入（每周两天时为五分之三）。',
  'tools.cost-comparison.method4':
    '两种方式的费用在整个服务期内固定不变；成功奖金在服务期最后一个月支付，其中的股权也在当月兑现。内部技术负责人在服务期结束前按你设定的交接重叠期入职，此后这个位置不会空着；其成本为工资加上同样比例的福利及管理费用。',
  'tools.cost-comparison.method5':
    '工资（全职首席技术官的薪酬和内部技术负责人的工资）在计算期内每年年初（第 13、25……个月）按增长率上调，不论此人何时入职。折现率 r 大于 0 时，第 m 个月的金额按“金额 ÷ (1 + r)^(m ÷ 12)”折算为今天的价值；r 为 0 时按名义金额相加。',
  'tools.cost-comparison.method6':
    '“仅现金”只计算薪酬、服务费、奖金、招聘费用和空缺成本。“经济成本”再加上两条路径各自让出的股权：每个月新兑现的股权按你填写的公司估值计价，并从每年年初起按每年的稀释比例折减。结果分别给出两种口径下哪条路径更省钱，计入股权后结论是否改变一目了然。',
  'tools.cost-comparison.method7':
    '盈亏平衡点：在整个计算期内总成本更低的那条路径，从某个月起累计成本一直低于另一条、直到计算期结束，满足这一点的第一个月就是盈亏平衡点。如果两条线从未交叉，就没有盈亏平衡点：其中一条路径每个月都不比另一条贵。',
  'tools.bad-hire-cost.summary': '算一算错招 CTO 到问题解决时一共花掉多少钱，再和错招 CEO、CMO 或 CFO 的代价并排比较：哪一个更贵，贵几倍。',
  'tools.bad-hire-cost.method1':
    '两种错招计入同样的四类损失，定义也相同：发现问题之前付出的工资；其职责范围内没换来任何成果的开支；业务受挫期间损失的毛利（销售收入减去直接成本）；以及招聘继任者的费用。',
  'tools.bad-hire-cost.method2':
    '对 CTO 而言，白花的开支是在发现问题之前的几个月里，团队花在需要重做的那部分工作上的成本。重做这部分所需的时间和当初开发它一样长，产品因此晚上线同样多个月，每个月损失你填入的毛利。比例为 0% 时，没有白费的工作，产品也不会延期。',
  'tools.bad-hire-cost.method3':
    '对 CEO、CMO 或 CFO 而言，白花的开支是其在任期间每月在职责范围内浪费的钱；业务从其上任起受挫，一直到其离开后恢复为止，每个月损失你填入的丢单毛利。',
  'tools.bad-hire-cost.method4':
    '每项损失只算一次：重做换回的是当初白费的成果，所以它的代价是耗费的时间，按毛利计价。延期期间公司的其他开支两边都不计入，因为换了合适的人，这些钱照样要花。',
  'tools.bad-hire-cost.method5':
    '倍数等于较大的合计除以较小的合计：它完全取决于你填入的数字，错招的 CMO 也可能比错招的 CTO 代价更高。',
  'tools.bad-hire-cost.formula.salary':
    '发现问题之前付给错招 CTO 的工资。',
  'tools.bad-hire-cost.formula.rebuildMonths':
    '需要重做的工作月数，也就是产品延期的月数。',
  'tools.bad-hire-cost.formula.thrownAway':
    '团队花在需要重做的工作上的成本。',
  'tools.bad-hire-cost.formula.lostProfit':
    '产品延期期间损失的毛利。',
  'tools.bad-hire-cost.formula.total':
    '错招 CTO 的总代价。',
  'tools.bad-hire-cost.formula.otherSalary':
    '发现问题之前付给另一位高管的工资。',
  'tools.bad-hire-cost.formula.otherThrownAway':
    '其在任期间、职责范围内浪费的开支。',
  'tools.bad-hire-cost.formula.otherLostProfit':
    '从其上任到业务恢复，因丢单损失的毛利。',
  'tools.bad-hire-cost.formula.otherTotal':
    '错招 CEO、CMO 或 CFO 的总代价。',
  'tools.bad-hire-cost.formula.times':
    '一方是另一方的几倍：较大的合计除以较小的合计。',
  'tools.bad-hire-cost.omits1':
    '任何一项都没有计价的损害：优秀工程师离职，客户或投资人失去信任，以及最坏的情况——整个项目失败。',
  'tools.bad-hire-cost.omits2':
    '资金的时间价值：各项金额都是名义值，没有折现。',
  'tools.bad-hire-cost.omits3':
    '重做比当初开发更快或更慢的情况：这里假定两者耗时相同。',
  'tools.bad-hire-cost.omits4':
    '税费和解雇补偿。',
  'tools.cto-career.summary': '站在 CTO 的角度看这笔交易：按全职兑现期或一段段服务期，一个职业生涯能容纳多少家公司，预期能拿到多少，结果又会相差多大。',
  'tools.cto-career.method1':
    '只有完整的任期才能拿到股权：全职任期为每家公司的年数，服务期为你设定的月数，两家公司之间隔着你设定的空档。现金按在岗的每个月支付。',
  'tools.cto-career.method2':
    '每家公司以你设定的概率取得巨大成功，彼此互不影响，所以成功次数服从二项分布；至少成功一次的概率为 1 − (1 − p)ⁿ。',
  'tools.cto-career.method3':
    '一次成功的回报 = 股权比例扣除后续融资稀释掉的部分，再乘以你设定的公司价值；任期结束、股权全部兑现之后，再过你设定的年数，这笔钱才在退出时到手。期望值 = 现金 + 公司数量 × 成功概率 × 这笔回报。',
  'tools.cto-career.method4':
    '服务型 CTO 的现金是本人实际拿到的钱：服务公司收取的费用减去公司的抽成（20% 只是示例，各家不同）。全职 CTO 的现金就是工资。',
  'tools.cto-career.method5':
    '折现率大于 0 时，每个月的现金和每笔回报都换算成职业生涯起点时的价值：金额 ÷ (1 + r)^t，其中 r 为折现率，t 为距起点的年数。折现率为 0 时按名义金额相加，到退出的年数也不影响结果。',
  'tools.cto-career.method6':
    '区间从第 10 百分位到第 90 百分位：10 段职业生涯里，有 8 段的总收入落在两者之间。最可能的结果，是概率最高的那个成功次数。',
  'tools.cto-career.formula.paths':
    '两条路径各自的任期、股权和每年现金；下面的公式对两条路径都适用。',
  'tools.cto-career.formula.companies':
    '算上中间的空档，职业生涯里能容纳的完整任期数。',
  'tools.cto-career.formula.svcCash':
    '服务型 CTO 每年实际拿到的现金。',
  'tools.cto-career.formula.cash':
    '在岗每个月的现金，换算成职业生涯起点时的价值。',
  'tools.cto-career.formula.payout':
    '一次巨大成功的回报，从退出时点折现，并在各段任期之间取平均。',
  'tools.cto-career.formula.expected':
    '现金加上股权的期望值。',
  'tools.cto-career.formula.chance':
    '至少取得一次巨大成功的概率。',
  'tools.cto-career.formula.range':
    '第 10 和第 90 百分位的职业生涯，由成功次数的二项分布得出。',
  'tools.cto-career.omits1':
    '税费、福利和加薪：每年的现金始终是你填入的数字。',
  'tools.cto-career.omits2':
    '规模较小的退出：一家公司要么成为你设定的那种巨大成功，要么股权一文不值。',
  'tools.cto-career.omits3':
    '同涨同跌的公司：这里假定各家公司成败互不相关，这会让整个组合看起来比实际更稳。',
  'tools.cto-career.omits4':
    '每次成功的具体时间：计算区间时，每次成功都按职业生涯中各笔回报现值的平均数计价。',

  'calc.currency': '货币',
  'calc.currency.USD': '美元（USD）',
  'calc.currency.CNY': '人民币（CNY）',
  'calc.currency.VND': '越南盾（VND）',
  'calc.currency.examples': '现在显示的是 {currency} 的示例数值。',
  'calc.currency.restored': '已恢复你之前填写的 {currency} 数值。',
  'calc.currency.kept': '你填写的 {currency} 数值仍然保留，切换回去即可看到。',
  'calc.examples': '初始数值只是示例，请换成你自己的数字；它们不是市场数据。',
  'calc.exampleSalary': '示例薪资，三个计算器通用，请换成你自己的数字。',
  'calc.noscript': '下方结果按示例数值计算。要用你自己的数字重新计算，需要启用 JavaScript。',
  'calc.inputs': '你的数字',
  'calc.results': '结果',
  'calc.copyLink': '复制此结果的链接',
  'calc.copied': '链接已复制。',
  'calc.copyFailed': '无法复制。页面地址就是该链接。',
  'calc.reset': '恢复示例数值',
  'calc.openTool': '打开完整的计算器',
  'calc.urlNotice': '链接中的部分数值无法读取，以下字段已改用示例数值：{fields}。',
  'calc.stale': '有字段需要修改；结果仍显示你上一次有效的数字。',
  'calc.error.empty': '请输入一个数字。',
  'calc.error.malformed': '这不是一个数字。请输入数字，例如 120000 或 12万。',
  'calc.error.ambiguous': '这个数既可理解为 {grouped}，也可理解为 {decimal}。请改写成你想要的那一种。',
  'calc.error.negative': '请输入零或更大的数字。',
  'calc.error.tooSmall': '请输入不小于 {min} 的数字。',
  'calc.error.tooLarge': '请输入不大于 {max} 的数字。',
  'calc.error.notWhole': '请输入整数。',
  'calc.readback': '= {value}',
  'calc.unit.months': '个月',
  'calc.unit.years': '年',
  'calc.unit.daysPerWeek': '天/周',
  'calc.table.show': '以表格显示数据',
  'calc.month': '月份',
  'calc.chart.scrub': '图表上显示的月份',
  'calc.chart.hint': '把指针移到图表上或轻点图表，也可以选中图表后按方向键，查看任意一个月的数字。',

  'calc.cc.group.scope': '范围',
  'calc.cc.group.fullTime': '全职首席技术官',
  'calc.cc.group.service': 'CTO 即服务',
  'calc.cc.view': '计入哪些成本',
  'calc.cc.view.cash': '仅现金：薪酬、服务费、奖金、招聘费用和空缺成本',
  'calc.cc.view.economic': '经济成本：现金加上已兑现的股权，按公司估值计价',
  'calc.cc.horizonYears': '计算年限',
  'calc.cc.vacancyMonthlyCost': '没有技术负责人的月度成本（填 0 则不计）',
  'calc.cc.salaryGrowthPct': '工资年增长率（%）',
  'calc.cc.discountPct': '年折现率（%，0 表示不折现）',
  'calc.cc.companyValue': '用于给股权定价的公司估值',
  'calc.cc.dilutionPct': '股权每年被稀释的比例（%）',
  'calc.cc.ftSalary': '年薪',
  'calc.cc.ftBonus': '年度奖金',
  'calc.cc.ftOverheadPct': '福利及管理费用（占工资的百分比）',
  'calc.cc.ftRecruiting': '招聘费用（一次性）',
  'calc.cc.ftMonthsToHire': '招聘所需时间',
  'calc.cc.ftEquityPct': '授予的股权（%）',
  'calc.cc.ftVestingYears': '兑现期（含一年悬崖期）',
  'calc.cc.svcMode': '服务型 CTO 的方式',
  'calc.cc.svcMode.seat': '全职席位：一位全职 CTO 服务 1–2 年，按月付费',
  'calc.cc.svcMode.fractional': '兼职：每周几天，按天计费（日费）',
  'calc.cc.svcMonthsToStart': '到岗所需时间',
  'calc.cc.svcMonthlyFee': '月费',
  'calc.cc.svcDaysPerWeek': '每周天数',
  'calc.cc.svcDayRate': '日费',
  'calc.cc.svcMonths': '服务期长度',
  'calc.cc.svcBonusCash': '现金成功奖金',
  'calc.cc.svcBonusEquityPct': '股权成功奖金（%）',
  'calc.cc.svcOverlapMonths': '交接重叠期',
  'calc.cc.leadSalary': '接手的内部技术负责人的年薪',
  'calc.cc.basis.cash': '按现金计',
  'calc.cc.basis.cashPv': '按现金现值计',
  'calc.cc.basis.economic': '按现金加股权计',
  'calc.cc.basis.economicPv': '按现金加股权的现值计',
  'calc.cc.verdict.serviceFrom': '从第 {month} 个月起，CTO 即服务一直更省钱：{years}内{basis}少花 {amount}。',
  'calc.cc.verdict.fullTimeFrom': '从第 {month} 个月起，全职首席技术官一直更省钱：{years}内{basis}少花 {amount}。',
  'calc.cc.verdict.serviceStart': '逐月累计，CTO 即服务从未比全职首席技术官花得多：{years}内{basis}少花 {amount}。',
  'calc.cc.verdict.fullTimeStart': '逐月累计，全职首席技术官从未比 CTO 即服务花得多：{years}内{basis}少花 {amount}。',
  'calc.cc.verdict.equal': '在 {years}内，{basis}两条路径的成本相同。',
  'calc.cc.marker': '第 {month} 个月起',
  'calc.cc.readout': '第 {month} 个月：全职首席技术官 {fullTime}，CTO 即服务 {service}',
  'calc.cc.totalFullTime': '全职首席技术官，期内合计',
  'calc.cc.totalService': 'CTO 即服务，期内合计',
  'calc.cc.difference': '差额',
  'calc.cc.breakEven': '盈亏平衡点',
  'calc.cc.breakEvenMonth': '第 {month} 个月',
  'calc.cc.breakEvenNone': '无',
  'calc.cc.breakEvenDefined': '盈亏平衡点是这样的第一个月：从这个月起直到计算期结束，整个计算期内总成本更低的那条路径，累计成本一直更低。',
  'calc.cc.breakEvenNever.service': '两条线从未交叉：CTO 即服务在任何一个月都不比全职首席技术官贵，所以没有盈亏平衡点。',
  'calc.cc.breakEvenNever.fullTime': '两条线从未交叉：全职首席技术官在任何一个月都不比 CTO 即服务贵，所以没有盈亏平衡点。',
  'calc.cc.breakEvenTie': '两条路径在计算期内的总成本相同，谈不上哪一条在哪个月回本。',
  'calc.cc.views': '仅现金：{cash}。经济成本：{economic}。',
  'calc.cc.views.service': 'CTO 即服务少花 {amount}',
  'calc.cc.views.fullTime': '全职首席技术官少花 {amount}',
  'calc.cc.views.equal': '两者相同',
  'calc.cc.views.disagree': '两种口径结论不同：计入股权后，更省钱的路径换了。',
  'calc.cc.chart': '按月累计的成本（{basis}）',
  'calc.cc.chartAlt': '{months} 个月累计成本折线图（{basis}）：全职首席技术官达到 {fullTime}，CTO 即服务达到 {service}。',
  'calc.cc.equity': '让出的股权',
  'calc.cc.path': '路径',
  'calc.cc.granted': '授予',
  'calc.cc.vested': '期末已兑现',
  'calc.cc.vestedValue': '计入经济成本的价值',

  'calc.bh.group.cto': '不合适的 CTO',
  'calc.bh.group.other': '对比：不合适的 CEO、CMO 或 CFO',
  'calc.bh.monthsToNotice': '发现问题前经过的月数',
  'calc.bh.ctoSalary': 'CTO 年薪',
  'calc.bh.teamCostPerMonth': '工程团队每月成本',
  'calc.bh.rebuildPct': '团队工作中需要重做的比例（%）',
  'calc.bh.lostProfitPerMonth': '产品延期期间每月损失的毛利',
  'calc.bh.replacementCost': '招聘继任 CTO 的费用',
  'calc.bh.otherMonthsToNotice': '发现该高管的问题前经过的月数',
  'calc.bh.otherExecSalary': '该高管的年薪',
  'calc.bh.otherWastedPerMonth': '其在任期间每月白花的开支',
  'calc.bh.otherLostProfitPerMonth': '业务恢复之前每月因丢单损失的毛利',
  'calc.bh.otherRecoveryMonths': '其离任后业务恢复所需的月数',
  'calc.bh.otherExecRehireCost': '重新招聘该高管的费用',
  'calc.bh.part.salary': '已付工资',
  'calc.bh.part.thrownAway': '白花的开支',
  'calc.bh.part.lostMonths': '业务受挫期间损失的毛利',
  'calc.bh.part.replacement': '招聘继任者',
  'calc.bh.barOther': '不合适的 CEO、CMO 或 CFO',
  'calc.bh.barCto': '不合适的 CTO',
  'calc.bh.total': '合计',
  'calc.bh.summary': '错招一位 CTO 要付出 {total}，是错招 CEO、CMO 或 CFO（{other}）的 {times} 倍。',
  'calc.bh.summaryOtherMore': '错招 CEO、CMO 或 CFO 要付出 {other}，是错招 CTO（{total}）的 {times} 倍。',
  'calc.bh.summarySimilar': '错招一位 CTO 要付出 {total}，与错招 CEO、CMO 或 CFO（{other}）相差无几。',
  'calc.bh.summaryAlone': '到问题解决时，错招 CTO 共花费 {total}。',
  'calc.bh.summaryOtherAlone': '按这组数字，错招 CTO 没有造成损失，错招 CEO、CMO 或 CFO 则要付出 {other}。',
  'calc.bh.chart': '每种错误招聘的代价',
  'calc.bh.chartAlt': '条形图：错招 CTO 花费 {total}，错招 CEO、CMO 或 CFO 花费 {other}。',
  'calc.bh.item': '成本项目',

  'calc.career.group.career': '职业生涯',
  'calc.career.group.fullTime': '全职任期',
  'calc.career.group.service': '以服务形式参与',
  'calc.career.careerYears': '剩余职业年数',
  'calc.career.gapMonths': '两家公司之间的空档月数',
  'calc.career.successChancePct': '一家公司取得巨大成功的概率（%）',
  'calc.career.exitValue': '巨大成功时的公司价值',
  'calc.career.dilutionPct': '退出前被后续融资稀释掉的股权比例（%）',
  'calc.career.exitLagYears': '从任期结束到兑现股权的退出之间的年数',
  'calc.career.discountPct': '年折现率（%，0 表示不折现）',
  'calc.career.yearsPerCompany': '每家公司的年数（兑现期）',
  'calc.career.ftEquityPct': '每家公司的股权比例（%）',
  'calc.career.ftCashPerYear': '每年现金收入',
  'calc.career.monthsPerEngagement': '每个服务期的月数',
  'calc.career.svcEquityPct': '每个服务期的股权比例（%）',
  'calc.career.svcFeePerYear': '服务公司每年收取的服务费',
  'calc.career.svcMarginPct': '服务公司从服务费中抽成的比例（%，示例值）',
  'calc.career.fullTime': '全职首席技术官',
  'calc.career.service': 'CTO 即服务',
  'calc.career.expected': '期望值：现金加股权期望价值',
  'calc.career.range': '10 段职业生涯中 8 段的范围（第 10–90 百分位）',
  'calc.career.rangeValue': '{low} 至 {high}',
  'calc.career.mostLikely': '最可能的结果',
  'calc.career.mostLikelyNone': '没有巨大成功（{chance}）',
  'calc.career.mostLikelySome': { other: '巨大成功 {count} 次（{chance}）' },
  'calc.career.companies': '职业生涯中的公司数量',
  'calc.career.chance': '至少一次巨大成功的概率',
  'calc.career.equity': '股权期望价值',
  'calc.career.cash': '职业生涯现金收入',
  'calc.career.summary': '在 {years}内，全职 CTO 的期望收入为 {fullTime}，CTO 即服务为 {service}（现金加股权期望价值）。',
  'calc.career.summaryNoneBoth': '两条路径最可能的结果，都是没有巨大成功。',
  'calc.career.summaryNoneFullTime': '做全职 CTO，最可能的结果是没有巨大成功。',
  'calc.career.summaryNoneService': '以 CTO 即服务的方式，最可能的结果是没有巨大成功。',
  'calc.career.chart': '职业生涯中的现金与股权期望价值',
  'calc.career.chartAlt': '条形图：全职 CTO 的现金与股权期望价值合计 {fullTime}，CTO 即服务合计 {service}。',
  'calc.career.measure': '指标',
};
