/**
 * Composes a guide and its version in another locale side by side (`?with=<locale>`; the
 * rules and why the view is composed here rather than built are in src/lib/side-by-side.ts).
 * Loaded on demand by the table of contents' script, it runs once: it fetches the other
 * guide's page (the same request and bytes as opening it), cuts both articles into sections
 * at their anchored `<h2>`s, and lays them out in rows, the other language's column first.
 *
 * The page's own nodes are moved, not copied, so its calculators, quizzes, glossary
 * popovers and table of contents keep working with their ids. The fetched column loses its
 * scripts and stylesheets, its calculators and quizzes become the link to their own page
 * that each already carries, and every id in it is renamed (`pairedId`) with the
 * references to it, so its glossary popovers open and no id is taken twice.
 */
import { localeInfo, type Locale } from '../i18n/locales';
import { localeOfPath, switchLocale } from '../i18n/urls';
import { pairSections, pairedId, parseWith, renameReferences } from '../lib/side-by-side';

interface Section {
  key: string;
  nodes: Node[];
}

/** The anchor a section opens with: an `<h2 id>`, or a `<section>` headed by one. */
function anchorOf(node: Node): string | undefined {
  if (!(node instanceof Element)) return undefined;
  const heading = node.localName === 'section' ? node.firstElementChild : node;
  return heading?.localName === 'h2' && heading.id ? heading.id : undefined;
}

/** An article's children cut before each anchored heading; what comes first is keyed ''. */
function sectionsOf(nodes: Iterable<Node>): Section[] {
  const sections: Section[] = [];
  let current: Section | undefined;
  for (const node of nodes) {
    const key = anchorOf(node);
    if (key !== undefined || !current) sections.push((current = { key: key ?? '', nodes: [] }));
    current.nodes.push(node);
  }
  return sections;
}

/** The fetched article without scripts, stylesheets or widgets. */
function stripWidgets(article: Element): void {
  for (const element of article.querySelectorAll('script, link')) element.remove();
  // A calculator or a quiz stays live in the page's column; here, the link to its own page.
  for (const embed of article.querySelectorAll('astro-island, .quiz-embed')) {
    const link = [...embed.querySelectorAll('p')].findLast((paragraph) => paragraph.querySelector('a[href]'));
    if (link) embed.replaceWith(link);
    else embed.remove();
  }
}

/** Gives every id of the fetched article, and every reference to one, the fetched locale's prefix. */
function renameIds(article: Element, locale: Locale): void {
  const rename = (id: string) => pairedId(locale, id);
  for (const element of article.querySelectorAll('*')) {
    for (const { name, value } of [...element.attributes]) {
      const renamed = name === 'id' ? rename(value) : renameReferences(name, value, rename);
      if (renamed !== value) element.setAttribute(name, renamed);
    }
  }
}

function cell(column: 'page' | 'other', locale: Locale, nodes: Iterable<Node>): HTMLElement {
  const element = document.createElement('div');
  element.className = 'side-by-side-cell';
  element.dataset['column'] = column;
  element.lang = localeInfo[locale].htmlLang;
  element.append(...nodes);
  return element;
}

function languageLabel(locale: Locale): HTMLElement {
  const label = document.createElement('p');
  label.className = 'side-by-side-language';
  label.textContent = localeInfo[locale].nativeName;
  return label;
}

async function fetchArticle(path: string): Promise<Element> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const article = page.querySelector('.guide article');
  if (!article) throw new Error(`${path} holds no guide`);
  return article;
}

async function compose(guide: HTMLElement, article: HTMLElement, bar: HTMLElement, locale: Locale, other: Locale): Promise<void> {
  const status = bar.querySelector<HTMLElement>('.side-by-side-status');
  const retry = bar.querySelector<HTMLButtonElement>('.side-by-side-retry');
  const say = (key: 'loading' | 'error' | 'shown') => {
    if (status) status.textContent = status.dataset[key] ?? '';
  };
  say('loading');
  let fetched: Element;
  try {
    fetched = await fetchArticle(switchLocale(location.pathname, other));
  } catch {
    say('error');
    if (retry) retry.hidden = false;
    return;
  }
  const retried = retry !== null && document.activeElement === retry;
  if (retry) retry.hidden = true;
  stripWidgets(fetched);
  // Sections are keyed by their anchors before the fetched ones are renamed.
  const pageSections = sectionsOf([...article.childNodes].filter((node) => node !== bar));
  const otherSections = sectionsOf([...fetched.childNodes]);
  renameIds(fetched, other);
  document.adoptNode(fetched);
  const rows = pairSections(
    pageSections.map((section) => section.key),
    otherSections.map((section) => section.key),
  ).map((row) => {
    const element = document.createElement('div');
    element.className = 'side-by-side-row';
    if (row.other !== undefined) element.append(cell('other', other, otherSections[row.other]?.nodes ?? []));
    if (row.page !== undefined) element.append(cell('page', locale, pageSections[row.page]?.nodes ?? []));
    return element;
  });
  const names = document.createElement('div');
  names.className = 'side-by-side-row';
  names.append(cell('other', other, [languageLabel(other)]), cell('page', locale, [languageLabel(locale)]));
  // The page's nodes are all in the rows now, and the bar stays where it is, keeping the focus.
  article.append(names, ...rows);
  guide.dataset['sideBySide'] = other;
  say('shown');
  // Try again is gone: its focus goes to the bar's other control rather than to the page's top.
  if (retried) bar.querySelector<HTMLElement>('.side-by-side-single')?.focus();
  // The browser jumped to the address's #section before the view existed. The row goes to the
  // top: on a phone, its first section is the other language's, above the page's own heading.
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (target) (target.closest('.side-by-side-row') ?? target).scrollIntoView();
}

const guide = document.querySelector<HTMLElement>('.guide');
const article = guide?.querySelector<HTMLElement>('article');
const template = document.querySelector<HTMLTemplateElement>('template#side-by-side-strings');
const locale = localeOfPath(location.pathname);
const other = locale && parseWith(location.search, locale);
const bar = template?.content.firstElementChild?.cloneNode(true);
if (guide && article && locale && other && bar instanceof HTMLElement) {
  article.prepend(bar);
  bar.querySelector('.side-by-side-retry')?.addEventListener('click', () => void compose(guide, article, bar, locale, other));
  void compose(guide, article, bar, locale, other);
}
