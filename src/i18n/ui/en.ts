import type { DictionaryOf, PluralKeyOf } from '../plural';
import { enQuizzes } from './en-quizzes';
import { enTools } from './en-tools';

/**
 * English UI strings: the reference dictionary. Its keys define the dictionary type,
 * so a key missing from (or extra in) another locale's file is a type error.
 * `{name}` marks a value filled in by `translate`. Where a count meets a noun, the entry
 * holds one text per plural category of the language ({ one, other } here, { other }
 * in Chinese and Vietnamese), chosen by `Intl.PluralRules` (src/i18n/plural.ts).
 */
export const en = {
  'site.name': 'CTO Handbook',
  'site.tagline': 'Hiring, engaging and working with a chief technology officer',
  'site.description':
    'Independent guides for founders and executives: when to hire a full-time CTO, when to engage CTO as a service, and how the CEO and CTO work well together.',

  'skip.toContent': 'Skip to content',
  'nav.label': 'Main',
  'nav.guides': 'Guides',
  'nav.tools': 'Tools',
  'nav.quizzes': 'Quizzes',
  'nav.search': 'Search',
  'nav.glossary': 'Glossary',
  'nav.faq': 'FAQ',
  'nav.menu': 'Menu',
  'search.title': 'Search',
  'search.description': 'Search every guide, the glossary and the FAQ.',
  'search.label': 'Search the site',
  'search.placeholder': 'Search guides, glossary, FAQ',
  'search.shortcutHint': 'Press / or Ctrl K to search from any page.',
  'search.close': 'Close search',
  'search.allLanguages': 'Search all languages',
  'search.loading': 'Loading search…',
  'search.error': 'Search could not load. Check your connection and try again.',
  'search.results': { one: '{count} result for “{query}”', other: '{count} results for “{query}”' },
  'search.missingWords': 'Not found, so left out of the search: {words}.',
  'search.showMore': 'Show {count} more',
  'search.noResults': 'No results for “{query}”.',
  'search.noResultsHelp': 'Check the spelling or try other words. You can also search every language, browse all guides or look the term up in the glossary.',
  'search.tryAllLanguages': 'Try all languages',
  'search.needsJavaScript': 'Search runs in your browser and needs JavaScript. Without it, browse the guides or the glossary.',
  'search.type.guide': 'Guide',
  'search.type.glossary': 'Glossary',
  'search.type.faq': 'FAQ',
  'search.type.tool': 'Tool',
  'search.type.quiz': 'Quiz',
  'search.sections': 'Sections',
  'nav.home': '{site} home',

  'language.label': 'Language',
  'language.short': 'EN',
  'theme.label': 'Theme',
  'theme.system': 'System',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'offline.title': 'Keep this language offline',
  'offline.text':
    'Download every English page and the English search, to read and search without a connection. Pages you open are kept for offline reading anyway.',
  'offline.size': 'Download size: {size}, every page and the search index included.',
  'offline.keep': 'Keep offline',
  'offline.progress': 'Downloading: {done} of {total} files.',
  'offline.kept': 'English is kept offline: every page and the search work without a connection.',
  'offline.remove': 'Remove from this device',
  'offline.removed': 'Removed from this device.',
  'offline.failed': 'The download stopped. Check your connection and try again.',
  'offline.updated': 'A new version of the site is ready.',
  'offline.reload': 'Reload',

  'footer.navLabel': 'Site sections',
  'footer.sourcesHeading': 'Built on',
  'footer.licence':
    'Text licensed under CC BY 4.0; code under the MIT licence. Figures in examples are illustrations to replace with your own, not market data.',
  'footer.feed': 'Follow new and updated guides (Atom feed)',
  'feed.title': 'CTO Handbook: new and updated guides',
  // The label under the home-screen icon: at most 12 characters, which launchers show uncut.
  'app.shortName': 'CTO Handbook',
  'citation.separator': ', ',
  'citation.quoteOpen': '“',
  'citation.quoteClose': '”',

  'track.cto-as-a-service': 'CTO as a service',
  'track.ceo-and-cto': 'CEO and CTO',
  'track.finding-and-engaging': 'Finding and engaging a CTO',
  'track.cto-as-a-service.summary':
    'Why the first one or two years of a chief technology officer (CTO) matter most, and how to engage an experienced CTO for exactly that window.',
  'track.ceo-and-cto.summary':
    'How the chief executive officer (CEO) and the CTO divide the work, build trust and solve problems together.',
  'track.finding-and-engaging.summary':
    'Which model fits, where to find a CTO, how to vet, price and contract one, and what investors will check.',

  'home.title': 'Decide how your company gets its technology leadership',
  'home.lead':
    'Guides and tools for founders and executives weighing a full-time chief technology officer (CTO) against CTO as a service (CTOaaS), and for CEOs and CTOs who want their partnership to work.',
  'home.situations': 'Start from where you are',
  'home.situation.need-leadership.title': 'I need technical leadership',
  'home.situation.need-leadership.text':
    'Nobody owns the technology decisions yet. Hire a full-time CTO, or bring an experienced one in as a service for the one or two years that matter most?',
  'home.situation.strained-partnership.title': 'Our CEO–CTO partnership is strained',
  'home.situation.strained-partnership.text':
    'Decisions stall, blame flies, or the two of you have stopped talking. Find where the partnership is weak and work through the conflict without blame.',
  'home.situation.cto-weighing-service.title': 'I am a CTO weighing service work',
  'home.situation.cto-weighing-service.text':
    'One equity bet that takes years to vest, or a run of one-to-two-year engagements? See which role fits you and what each path pays.',
  'home.kind.guide': 'Guide',
  'home.kind.quiz': 'Quiz',
  'home.kind.tool': 'Calculator',
  'card.alt': '{kind} · {title}',
  'card.kind.quizResult': 'Quiz result',
  'home.browse': 'Everything on the site',
  'home.glossarySummary':
    'The terms the guides use, each in a few lines: CTO as a service, fractional CTO, vesting, break-even point and more.',
  'home.faqSummary':
    'Short answers to what founders ask first: what the service costs, how long it runs, equity, and what happens when it ends.',
  'home.toolsSummary': 'Calculators that put your own numbers on the decision: full-time CTO or CTO as a service, the cost of a wrong hire, the deal from the CTO’s side.',
  'home.quizzesSummary': 'A few minutes of questions that turn your situation into an explained recommendation.',
  'home.allGuides': 'All guides',

  'guides.title': 'Guides',
  'guides.description':
    'Every guide on CTO as a service and the CEO–CTO relationship, grouped by track.',
  'guides.count': { one: '{count} guide', other: '{count} guides' },

  'guide.toc': 'On this page',
  'guide.inShort': 'In short',
  'guide.readingTime': 'Reading time: {duration}',
  'guide.updated': 'Last updated: {date}',
  'guide.sources': 'Sources',
  'guide.sourcesIntro':
    'Apart from passages in quotation marks (our translation where the article is in Vietnamese), this guide is written in our own words from the facts and arguments of:',
  'guide.referencesIntro': 'Facts on law, money and market practice are cited from:',
  'guide.previous': 'Previous guide',
  'guide.next': 'Next guide',
  'guide.pagination': 'Previous and next guide',
  'guide.relatedTools': 'Try it with your own numbers',
  'guide.track': 'Track: ',

  'callout.takeaway': 'Key takeaway',
  'callout.warning': 'Watch out',
  'diagram.textVersion': 'Diagram as text',
  'term.show': 'Show the definition of “{term}”',
  'term.fullEntry': 'Full entry in the glossary',
  'sideBySide.label': 'Side-by-side reading',
  'sideBySide.offer': 'Read side by side with {language}',
  'sideBySide.loading': 'Loading the other language…',
  'sideBySide.shown': 'Two languages side by side, section by section.',
  'sideBySide.error': 'The other language could not load. Check your connection and try again.',
  'sideBySide.retry': 'Try again',
  'sideBySide.single': 'Back to the single view',

  'tool.cost-comparison': 'Full-time CTO or CTO as a service: cost comparison',
  'tool.bad-hire-cost': 'What a wrong CTO hire costs',
  'tool.cto-career': 'The deal seen from the CTO’s side',

  'notFound.title': 'Page not found',
  'notFound.body':
    'This address does not lead to a page. It may have moved, or the link may contain a typo.',
  'notFound.home': 'Go to the home page',
  'notFound.guides': 'Browse the guides',

  'chooser.title': 'Choose your language',
  ...enTools,
  ...enQuizzes,
} as const;

/** Keys of the entries that hold plural forms. */
export type PluralKey = PluralKeyOf<typeof en>;
/** Keys of the entries that hold one text. */
export type UIKey = Exclude<keyof typeof en, PluralKey>;
export type UIDictionary = DictionaryOf<typeof en>;
