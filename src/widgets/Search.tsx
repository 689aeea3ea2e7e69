/**
 * The search UI: a search box, an "all languages" switch, the number of results and the
 * first page of them with their highlighted excerpts and section links, and a button
 * that shows the next page. Arrow keys move between results; Enter opens one. Used in
 * the header's dialog and on the search page.
 *
 * Enter opens the first result of the query in the box: if that query's results have not
 * arrived yet, it opens the first of them when they do, never a result left from the
 * query before. A result opens by a click on its link, so the dialog around it sees
 * every result the reader opens.
 *
 * What is on screen follows every keystroke, but screen readers hear the count only once
 * the query has settled, and always with the query it counts.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import { fill } from '../i18n/fill';
import { pluralForm } from '../i18n/plural';
import { locales, type Locale } from '../i18n/locales';
import { resultHref, type ExcerptPart, type SearchHit } from '../lib/search/results';
import { preloadSearch, searchSite, type SearchResults } from './search-engine';
import type { SearchProps } from './search-props';

/** Results shown at first and added by each "show more". */
const pageSize = 10;
/** How long a query's results stay unchanged before their count is announced. */
const settleMs = 600;

/** The results on screen and the query and languages they answer. */
interface Shown {
  query: string;
  allLanguages: boolean;
  results: SearchResults;
  hits: SearchHit[];
}

function Excerpt({ parts }: { parts: ExcerptPart[] }) {
  return <>{parts.map((part) => (part.marked ? <mark>{part.text}</mark> : part.text))}</>;
}

function queryFromUrl(): string {
  return new URLSearchParams(location.search).get('q') ?? '';
}

function writeQueryToUrl(query: string) {
  const params = new URLSearchParams(location.search);
  if (query) params.set('q', query);
  else params.delete('q');
  const search = params.toString();
  history.replaceState(history.state, '', search ? `?${search}` : location.pathname);
}

export default function Search({ locale, strings, languages, links, syncUrl = false, initialQuery = '', idPrefix = 'search' }: SearchProps) {
  const [query, setQuery] = useState(initialQuery);
  const [allLanguages, setAllLanguages] = useState(false);
  const [shown, setShown] = useState<Shown | null>(null);
  const shownNow = useRef(shown);
  shownNow.current = shown;
  const [failed, setFailed] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [loadingMore, setLoadingMore] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const allLanguagesBox = useRef<HTMLInputElement>(null);
  const resultsArea = useRef<HTMLDivElement>(null);
  const latest = useRef(0);
  /** Whether a search has finished, so the engine has loaded: "Loading search…" is only for the first. */
  const loaded = useRef(false);
  /** The index of the first result a "show more" added, to focus once it is on screen. */
  const focusFrom = useRef<number | null>(null);
  /** The query whose first result Enter asked for before that query's results were on screen. */
  const openFirstOf = useRef<string | null>(null);
  const ids = useMemo(() => ({ input: `${idPrefix}-input-${locale}`, hint: `${idPrefix}-hint-${locale}` }), [idPrefix, locale]);
  const htmlLang = languages[locale].htmlLang;
  const trimmed = query.trim();

  useEffect(() => {
    // The dialog mounts when a reader opens it, so the engine can start loading now. The
    // search page loads it with its first query (typed, or from ?q=), not with the page.
    if (syncUrl) setQuery(queryFromUrl());
    else preloadSearch(locale);
  }, []);

  useEffect(() => {
    if (syncUrl) writeQueryToUrl(trimmed);
    const request = ++latest.current;
    if (trimmed === '') {
      setShown(null);
      setFailed(false);
      return;
    }
    const searchLocales: Locale[] = allLanguages ? [locale, ...locales.filter((l) => l !== locale)] : [locale];
    const timer = setTimeout(() => {
      searchSite(trimmed, searchLocales)
        .then(async (results) => ({ results, hits: await results.load(0, pageSize) }))
        .then(
          ({ results, hits }) => {
            loaded.current = true;
            if (request !== latest.current) return;
            setFailed(false);
            setShown({ query: trimmed, allLanguages, results, hits });
          },
          () => {
            if (request === latest.current) setFailed(true);
          },
        );
    }, 120);
    return () => clearTimeout(timer);
  }, [trimmed, allLanguages]);

  const describe = ({ query: searched, results }: Shown) => {
    const count =
      results.count === 0
        ? fill(strings.noResults, { query: searched })
        : fill(pluralForm(strings.results, results.count, htmlLang), {
            count: results.count,
            query: searched,
          });
    const missing =
      results.count > 0 && results.missing.length > 0
        ? fill(strings.missingWords, { words: new Intl.ListFormat(htmlLang).format(results.missing) })
        : '';
    return { count, missing };
  };

  const current = shown !== null && shown.query === trimmed && shown.allLanguages === allLanguages;
  useEffect(() => {
    if (trimmed === '') setAnnouncement('');
    else if (failed) setAnnouncement(strings.error);
    else if (shown && current) {
      const timer = setTimeout(() => {
        const { count, missing } = describe(shown);
        setAnnouncement(missing ? `${count} ${missing}` : count);
      }, settleMs);
      return () => clearTimeout(timer);
    }
    return undefined;
  }, [shown, current, failed, trimmed]);

  useEffect(() => {
    if (focusFrom.current === null) return;
    const link = resultsArea.current?.querySelectorAll<HTMLAnchorElement>('.search-hit')[focusFrom.current];
    focusFrom.current = null;
    // Focusing alone would scroll the new result only just into view, at the bottom edge.
    link?.focus({ preventScroll: true });
    link?.closest('li')?.scrollIntoView({ block: 'center' });
  }, [shown]);

  useEffect(() => {
    if (openFirstOf.current === null || !shown || shown.query !== openFirstOf.current || shown.allLanguages !== allLanguages) return;
    openFirstOf.current = null;
    openFirst();
  }, [shown]);

  const summary =
    trimmed === ''
      ? null
      : failed
        ? { count: strings.error, missing: '' }
        : shown
          ? describe(shown)
          : loaded.current
            ? null
            : { count: strings.loading, missing: '' };

  function showMore() {
    if (!shown || loadingMore) return;
    const before = shown;
    setLoadingMore(true);
    before.results.load(before.hits.length, pageSize).then(
      (more) => {
        setLoadingMore(false);
        // A new query's results may have replaced these while the next page loaded.
        if (shownNow.current !== before) return;
        setFailed(false);
        focusFrom.current = before.hits.length;
        setShown({ ...before, hits: [...before.hits, ...more] });
      },
      () => {
        setLoadingMore(false);
        setFailed(true);
      },
    );
  }

  function searchAllLanguages() {
    setAllLanguages(true);
    allLanguagesBox.current?.focus();
  }

  /** The results' links and the "show more" button, in the order arrow keys visit them. */
  const stops = () => [...(resultsArea.current?.querySelectorAll<HTMLElement>('a, .search-more') ?? [])];

  function openFirst() {
    resultsArea.current?.querySelector<HTMLAnchorElement>('.search-hit')?.click();
  }

  function onInputKey(event: TargetedKeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      stops()[0]?.focus();
    } else if (event.key === 'Enter') {
      // The box, not the last render, says which query Enter is for.
      const typed = event.currentTarget.value.trim();
      if (typed === '') return;
      event.preventDefault();
      if (shown && shown.query === typed && shown.allLanguages === allLanguages) openFirst();
      else openFirstOf.current = typed;
    }
  }

  function onResultsKey(event: TargetedKeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const all = stops();
    const index = all.indexOf(document.activeElement as HTMLElement);
    const next = index + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) input.current?.focus();
    else all[Math.min(next, all.length - 1)]?.focus();
  }

  const hits = shown?.hits ?? [];
  return (
    <div class="site-search">
      <label for={ids.input} class="search-label">
        {strings.label}
      </label>
      <input
        ref={input}
        id={ids.input}
        type="search"
        value={query}
        placeholder={strings.placeholder}
        autocomplete="off"
        spellcheck={false}
        enterkeyhint="search"
        aria-describedby={ids.hint}
        onInput={(event) => {
          // Typing on after Enter asks for another query's results.
          openFirstOf.current = null;
          setQuery(event.currentTarget.value);
        }}
        onKeyDown={onInputKey}
      />
      <p id={ids.hint} class="search-hint">
        {strings.hint}
      </p>
      <label class="search-toggle">
        <input
          ref={allLanguagesBox}
          type="checkbox"
          checked={allLanguages}
          onChange={(event) => setAllLanguages(event.currentTarget.checked)}
        />
        {strings.allLanguages}
      </label>
      {/* The visible count follows the results on screen; the live region below says it once the query settles. */}
      <div class="search-status" aria-hidden="true">
        {summary && <p>{summary.count}</p>}
        {summary?.missing && <p class="search-missing">{summary.missing}</p>}
      </div>
      <p role="status" class="visually-hidden">
        {announcement}
      </p>
      {shown && shown.results.count === 0 && (
        <div class="search-empty">
          <p>{strings.noResultsHelp}</p>
          <ul>
            {!allLanguages && (
              <li>
                <button type="button" class="search-link-button" onClick={searchAllLanguages}>
                  {strings.tryAllLanguages}
                </button>
              </li>
            )}
            <li>
              <a href={links.guides}>{strings.guides}</a>
            </li>
            <li>
              <a href={links.glossary}>{strings.glossary}</a>
            </li>
          </ul>
        </div>
      )}
      {hits.length > 0 && shown && (
        <div ref={resultsArea} class="search-results-area" onKeyDown={onResultsKey}>
          <ol class="search-results">
            {hits.map((hit) => (
              <li key={hit.url} lang={languages[hit.locale].htmlLang}>
                <a class="search-hit" href={resultHref(hit.url, location.pathname)}>
                  <span class="search-hit-title">{hit.title}</span>
                  <span class="search-badges">
                    {hit.type && strings.types[hit.type] && <span class="search-badge">{strings.types[hit.type]}</span>}
                    {shown.allLanguages && <span class="search-badge">{languages[hit.locale].name}</span>}
                  </span>
                </a>
                <p class="search-excerpt">
                  <Excerpt parts={hit.excerpt} />
                </p>
                {hit.sections.length > 0 && (
                  <ul class="search-sections" aria-label={strings.sections}>
                    {hit.sections.map((section) => (
                      <li key={section.url}>
                        <a href={resultHref(section.url, location.pathname)}>{section.title}</a>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
          {hits.length < shown.results.count && (
            <button type="button" class="search-more" aria-busy={loadingMore} onClick={showMore}>
              {fill(strings.showMore, { count: Math.min(pageSize, shown.results.count - hits.length) })}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
