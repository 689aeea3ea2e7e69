import type { UIDictionary } from './en';
import { zhQuizzes } from './zh-quizzes';
import { zhTools } from './zh-tools';

/** 简体中文界面文字。键与英文词典一一对应，缺少或多出任何一个键都是类型错误。 */
export const zh: UIDictionary = {
  'site.name': 'CTO 手册',
  'site.tagline': '全职招聘或按服务期聘请首席技术官，并与之高效合作',
  'site.description':
    '写给创始人和企业高管的独立指南：何时招聘全职首席技术官，何时采用 CTO 即服务，以及 CEO 与 CTO 如何默契配合。',

  'skip.toContent': '跳到正文',
  'nav.label': '主导航',
  'nav.guides': '指南',
  'nav.tools': '工具',
  'nav.quizzes': '测评',
  'nav.search': '搜索',
  'nav.glossary': '术语表',
  'nav.faq': '常见问题',
  'nav.menu': '菜单',
  'search.title': '搜索',
  'search.description': '搜索全部指南、术语表和常见问题。',
  'search.label': '搜索本站',
  'search.placeholder': '搜索指南、术语表、常见问题',
  'search.shortcutHint': '在任意页面按 / 或 Ctrl K 即可搜索。',
  'search.close': '关闭搜索',
  'search.allLanguages': '搜索所有语言',
  'search.loading': '正在加载搜索……',
  'search.error': '搜索加载失败，请检查网络后重试。',
  'search.results': { other: '“{query}”共有 {count} 条结果' },
  'search.missingWords': '以下词语没有找到，搜索时已略去：{words}。',
  'search.showMore': '再显示 {count} 条',
  'search.noResults': '没有找到与“{query}”相关的结果。',
  'search.noResultsHelp': '请检查拼写或换个说法，也可以搜索所有语言、浏览全部指南，或在术语表中查找这个词。',
  'search.tryAllLanguages': '在所有语言中搜索',
  'search.needsJavaScript': '搜索在浏览器中运行，需要启用 JavaScript。未启用时，可以浏览指南或术语表。',
  'search.type.guide': '指南',
  'search.type.glossary': '术语表',
  'search.type.faq': '常见问题',
  'search.type.tool': '工具',
  'search.type.quiz': '测评',
  'search.sections': '相关章节',
  'nav.home': '{site}首页',

  'language.label': '语言',
  'language.short': '中文',
  'theme.label': '主题',
  'theme.system': '跟随系统',
  'theme.light': '浅色',
  'theme.dark': '深色',

  'footer.navLabel': '网站栏目',
  'footer.sourcesHeading': '内容依据',
  'footer.licence':
    '文字采用 CC BY 4.0 许可，代码采用 MIT 许可。示例中的数字仅为演示，请换成你自己的数据，它们并非市场数据。',
  'citation.separator': '，',
  'citation.quoteOpen': '《',
  'citation.quoteClose': '》',

  'track.cto-as-a-service': 'CTO 即服务',
  'track.ceo-and-cto': 'CEO 与 CTO',
  'track.finding-and-engaging': '寻找与聘请 CTO',
  'track.cto-as-a-service.summary':
    '为什么首席技术官（CTO）最关键的是头一两年，以及如何恰好在这段时间聘请一位资深 CTO。',
  'track.ceo-and-cto.summary':
    '首席执行官（CEO）与 CTO 如何分工、建立信任、共同解决问题。',
  'track.finding-and-engaging.summary':
    '哪种模式适合你，去哪里找 CTO，如何甄别、定价和签约，以及投资人会查什么。',

  'home.title': '为公司找到合适的技术领导方式',
  'home.lead':
    '为创始人和高管提供指南与工具：在全职首席技术官（CTO）和首席技术官即服务（CTO 即服务）之间做出选择；也帮助 CEO 和 CTO 把合作关系经营好。',
  'home.situations': '从你眼下的处境开始',
  'home.situation.need-leadership.title': '公司缺一位技术负责人',
  'home.situation.need-leadership.text': '技术上的事还没有人拍板。是招一位全职 CTO，还是先请一位资深 CTO 以服务的形式，陪公司走过最关键的一两年？',
  'home.situation.strained-partnership.title': 'CEO 和 CTO 之间关系紧张',
  'home.situation.strained-partnership.text': '决策迟迟定不下来，出了问题就互相指责，甚至已经很少沟通。先找出合作的薄弱环节，再学会不靠追责来化解分歧。',
  'home.situation.cto-weighing-service.title': '我是 CTO，想试试 CTO 即服务',
  'home.situation.cto-weighing-service.text': '押一份要好几年才能兑现的股权，还是接连做几段一到两年的服务？看看哪种角色更适合你，两条路各能挣多少。',
  'home.kind.guide': '指南',
  'home.kind.quiz': '测评',
  'home.kind.tool': '计算器',
  'home.browse': '浏览全部内容',
  'home.glossarySummary': '指南里用到的术语，几句话讲清楚：CTO 即服务、兼职首席技术官、归属期、盈亏平衡点等。',
  'home.faqSummary': '创始人最先会问的问题，简短作答：要花多少钱、合作多久、给不给股权、结束后怎么办。',
  'home.toolsSummary': '用你自己的数字来算这笔账：全职 CTO 还是 CTO 即服务，招错人的代价，以及站在 CTO 角度看这笔交易。',
  'home.quizzesSummary': '花几分钟回答几个问题，根据你的情况得到一条有理有据的建议。',
  'home.allGuides': '全部指南',

  'guides.title': '指南',
  'guides.description': '关于 CTO 即服务以及 CEO 与 CTO 关系的全部指南，按主线分类。',
  'guides.count': { other: '共 {count} 篇' },

  'guide.toc': '本页目录',
  'guide.inShort': '本文速览',
  'guide.readingTime': '阅读时间：{duration}',
  'guide.updated': '最后更新：{date}',
  'guide.sources': '参考来源',
  'guide.sourcesIntro': '本文依据以下资料中的事实和观点写成；除加引号的引文外，都是我们自己的话：',
  'guide.referencesIntro': '文中涉及法律、资金和市场惯例的事实，引自：',
  'guide.previous': '上一篇',
  'guide.next': '下一篇',
  'guide.pagination': '上一篇与下一篇',
  'guide.relatedTools': '用你自己的数字算一算',
  'guide.track': '主线：',

  'callout.takeaway': '要点',
  'callout.warning': '注意',
  'diagram.textVersion': '图示文字版',

  'tool.cost-comparison': '全职 CTO 与 CTO 即服务：成本比较',
  'tool.bad-hire-cost': '招错 CTO 的代价',
  'tool.cto-career': '站在 CTO 角度看这笔交易',

  'notFound.title': '页面不存在',
  'notFound.body': '这个地址没有对应的页面。页面可能已经移动，或者链接中有拼写错误。',
  'notFound.home': '返回首页',
  'notFound.guides': '浏览指南',

  'chooser.title': '选择语言',
  ...zhTools,
  ...zhQuizzes,
};
