/**
 * The search UI: a search box, an "all languages" switch, and the results with their
 * highlighted excerpts and section links. Arrow keys move between results; Enter opens
 * one. Used in the header's dialog and on the search page.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import { fill } from '../i18n/fill';
import { locales, type Locale } from '../i18n/locales';
import type { ExcerptPart, SearchHit } from '../lib/search/results';
import { preloadSearch, searchSite } from './search-engine';
import type { SearchProps } from './search-props';

type Status = 'idle' | 'loading' | 'done' | 'error';

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

export default function Search({ locale, strings, languages, links, syncUrl = false, initialQuery = '' }: SearchProps) {
  const [query, setQuery] = useState(initialQuery);
  const [allLanguages, setAllLanguages] = useState(false);
  const [status, setStatus] = useState<Status>('idle');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const latest = useRef(0);
  const ids = useMemo(() => ({ input: `search-input-${locale}`, hint: `search-hint-${locale}` }), [locale]);

  useEffect(() => {
    // The dialog mounts when a reader opens it, so the engine can start loading now. The
    // search page loads it with its first query (typed, or from ?q=), not with the page.
    if (syncUrl) setQuery(queryFromUrl());
    else preloadSearch(locale);
  }, []);

  useEffect(() => {
    if (syncUrl) writeQueryToUrl(query.trim());
    const request = ++latest.current;
    if (query.trim() === '') {
      setHits([]);
      setStatus('idle');
      return;
    }
    setStatus('loading');
    const searchLocales: Locale[] = allLanguages ? [locale, ...locales.filter((l) => l !== locale)] : [locale];
    const timer = setTimeout(() => {
      searchSite(query, searchLocales).then(
        (found) => {
          if (request !== latest.current) return;
          setHits(found);
          setStatus('done');
        },
        () => {
          if (request === latest.current) setStatus('error');
        },
      );
    }, 120);
    return () => clearTimeout(timer);
  }, [query, allLanguages]);

  const trimmed = query.trim();
  const plural = new Intl.PluralRules(languages[locale].htmlLang).select(hits.length);
  const summary =
    status === 'loading'
      ? strings.loading
      : status === 'error'
        ? strings.error
        : status === 'done'
          ? hits.length === 0
            ? fill(strings.noResults, { query: trimmed })
            : fill(plural === 'one' ? strings.resultsOne : strings.resultsOther, { count: hits.length, query: trimmed })
          : '';

  const resultLinks = () => [...(list.current?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];

  function onInputKey(event: TargetedKeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      resultLinks()[0]?.focus();
    } else if (event.key === 'Enter' && hits[0]) {
      event.preventDefault();
      location.assign(hits[0].url);
    }
  }

  function onListKey(event: TargetedKeyboardEvent<HTMLOListElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const all = resultLinks();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    const next = index + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) input.current?.focus();
    else all[Math.min(next, all.length - 1)]?.focus();
  }

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
        onInput={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={onInputKey}
      />
      <p id={ids.hint} class="search-hint">
        {strings.hint}
      </p>
      <label class="search-toggle">
        <input type="checkbox" checked={allLanguages} onChange={(event) => setAllLanguages(event.currentTarget.checked)} />
        {strings.allLanguages}
      </label>
      <p role="status" class="search-status">
        {summary}
      </p>
      {status === 'done' && hits.length === 0 && (
        <div class="search-empty">
          <p>{strings.noResultsHelp}</p>
          <ul>
            <li>
              <a href={links.guides}>{strings.guides}</a>
            </li>
            <li>
              <a href={links.glossary}>{strings.glossary}</a>
            </li>
          </ul>
        </div>
      )}
      {hits.length > 0 && (
        <ol ref={list} class="search-results" onKeyDown={onListKey}>
          {hits.map((hit) => (
            <li key={hit.url} lang={languages[hit.locale].htmlLang}>
              <a class="search-hit" href={hit.url}>
                <span class="search-hit-title">{hit.title}</span>
                <span class="search-badges">
                  {hit.type && strings.types[hit.type] && <span class="search-badge">{strings.types[hit.type]}</span>}
                  {allLanguages && <span class="search-badge">{languages[hit.locale].name}</span>}
                </span>
              </a>
              <p class="search-excerpt">
                <Excerpt parts={hit.excerpt} />
              </p>
              {hit.sections.length > 0 && (
                <ul class="search-sections" aria-label={strings.sections}>
                  {hit.sections.map((section) => (
                    <li key={section.url}>
                      <a href={section.url}>{section.title}</a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
