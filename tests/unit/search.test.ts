import { describe, expect, it } from 'vitest';
import { beginsAWord, foldWord, queryWords, spellingCombinations, termKey, termKeys } from '../../src/lib/search/query';
import {
  excerptParts,
  matchedWords,
  interleave,
  rankCandidates,
  toSearchHit,
  resultHref,
  withHighlight,
  withoutHighlight,
  type Candidate,
  type PagefindResultData,
} from '../../src/lib/search/results';
import { entryDocuments } from '../../scripts/search-entries';

describe('queryWords', () => {
  it('splits at spaces, drops punctuation and has nothing to search for a blank query', () => {
    expect(queryWords('  Vesting,   “cliff” ', 'en')).toEqual([
      { text: 'Vesting', spellings: ['vesting'] },
      { text: 'cliff', spellings: ['cliff'] },
    ]);
    expect(queryWords('CTO-as-a-service', 'en')).toEqual([{ text: 'CTOasaservice', spellings: ['ctoasaservice'] }]);
    expect(queryWords('   ', 'zh')).toEqual([]);
    expect(queryWords('？！', 'zh')).toEqual([]);
  });

  it('splits Chinese typed without spaces into words', () => {
    expect(queryWords('技术债务', 'zh').map((word) => word.text)).toEqual(['技术', '债务']);
    expect(queryWords('CTO的薪酬？', 'zh').map((word) => word.spellings)).toEqual([['cto'], ['的'], ['薪酬']]);
  });

  it('adds a đ spelling to each Vietnamese word typed with d and without đ', () => {
    expect(queryWords('giam doc', 'vi').map((word) => word.spellings)).toEqual([['giam'], ['doc', 'đoc']]);
    expect(queryWords('Dịch vụ', 'vi')[0]?.spellings).toEqual(['dịch', 'địch']);
    expect(queryWords('giám đốc dieu hanh', 'vi').map((word) => word.spellings)).toEqual([
      ['giám'],
      ['đốc'],
      ['dieu', 'đieu'],
      ['hanh'],
    ]);
    expect(queryWords('dividend', 'en')[0]?.spellings).toEqual(['dividend']);
  });
});

describe('beginsAWord', () => {
  it('accepts a word still being typed and refuses a shorter word that only begins the query', () => {
    expect(beginsAWord('engagem', ['engage', 'engagements,'])).toBe(true);
    expect(beginsAWord('xyzzy', ['“X'])).toBe(false);
    expect(beginsAWord('ctoxyz', ['CTO', '(CTO)'])).toBe(false);
    expect(beginsAWord('量子', ['量'])).toBe(false);
    expect(beginsAWord('技', ['技术'])).toBe(true);
  });

  it('compares as Pagefind does: case, tone marks and punctuation aside, đ kept apart from d', () => {
    expect(foldWord('(Giám')).toBe('giam');
    expect(beginsAWord('giam', ['Giám'])).toBe(true);
    expect(beginsAWord('truot', ['(trừ'])).toBe(false);
    expect(beginsAWord('đoc', ['đốc.'])).toBe(true);
    expect(beginsAWord('doc', ['đốc'])).toBe(false);
  });

  it('reads a compound word whole and by its parts', () => {
    expect(beginsAWord('servi', ['CTO-as-a-service'])).toBe(true);
    expect(beginsAWord('ctoasa', ['CTO-as-a-service'])).toBe(true);
    expect(beginsAWord('', ['anything'])).toBe(false);
  });
});

describe('spellingCombinations', () => {
  it('picks one spelling per word, typed spellings first, up to the limit', () => {
    expect(spellingCombinations([['giam'], ['doc', 'đoc'], ['dieu', 'đieu']], 8)).toEqual([
      ['giam', 'doc', 'dieu'],
      ['giam', 'doc', 'đieu'],
      ['giam', 'đoc', 'dieu'],
      ['giam', 'đoc', 'đieu'],
    ]);
    expect(spellingCombinations([['a', 'b'], ['c', 'd'], ['e', 'f']], 3)).toHaveLength(3);
    expect(spellingCombinations([], 8)).toEqual([]);
  });
});

describe('excerptParts', () => {
  it('splits highlighted words from plain text', () => {
    expect(excerptParts('the <mark>vesting</mark> period')).toEqual([
      { text: 'the ', marked: false },
      { text: 'vesting', marked: true },
      { text: ' period', marked: false },
    ]);
  });

  it('joins adjacent highlights, decodes entities and drops any other markup', () => {
    expect(excerptParts('<mark>技术</mark><mark>债务</mark> &amp; <b>x</b>&lt;script&gt;')).toEqual([
      { text: '技术债务', marked: true },
      { text: ' & x<script>', marked: false },
    ]);
  });
});

describe('matchedWords', () => {
  it('reads the matched words from text split at spaces, or at Pagefind’s segment marks', () => {
    expect(matchedWords({ raw_content: 'A weak “X factor', locations: [2, 0] })).toEqual(['“X', 'A']);
    expect(matchedWords({ raw_content: '技术\u200B债务\u200B很\u200B高', locations: [1, 9] })).toEqual(['债务']);
    expect(matchedWords({})).toEqual([]);
  });

  it('finds no words in a result without indexed text, and none where it names no locations', () => {
    // No text is one empty word at position 0, and nothing after it.
    expect(matchedWords({ locations: [1, 2] })).toEqual([]);
    expect(matchedWords({ raw_content: 'A weak CTO' })).toEqual([]);
  });

  it('counts a run of spaces as one gap between words', () => {
    // Words: 0 "Vesting", 1 "and", 2 "cliff"; the double space after "and" is one gap.
    expect(matchedWords({ raw_content: 'Vesting and  cliff', locations: [2] })).toEqual(['cliff']);
  });
});

describe('rankCandidates', () => {
  const candidate = (key: string, score: number, phrase = false, exact = false): Candidate<string> => ({
    key,
    score,
    exact,
    phrase,
    locale: 'en',
    details: `${key}@${score}`,
  });

  it('keeps each result once with its best score, best first, ties in key order', () => {
    const ranked = rankCandidates([candidate('en:a', 1), candidate('en:b', 3), candidate('en:a', 5), candidate('zh:c', 3)]);
    expect(ranked.map((c) => c.details)).toEqual(['en:a@5', 'en:b@3', 'zh:c@3']);
  });

  it('ranks results found as a phrase above higher scores found word by word', () => {
    const ranked = rankCandidates([candidate('vi:lan', 9), candidate('vi:unicorn', 2, true), candidate('vi:other', 4)]);
    expect(ranked.map((c) => c.key)).toEqual(['vi:unicorn', 'vi:lan', 'vi:other']);
  });

  it('keeps a result found as a phrase by one search and with a better score by another as a phrase match with that score', () => {
    const ranked = rankCandidates([candidate('vi:a', 1, true), candidate('vi:b', 3), candidate('vi:a', 5)]);
    expect(ranked.map((c) => [c.details, c.phrase])).toEqual([
      ['vi:a@5', true],
      ['vi:b@3', false],
    ]);
  });

  it('ranks higher scores first whatever order the searches return them in', () => {
    const ranked = rankCandidates([candidate('en:b', 2), candidate('en:a', 1), candidate('en:c', 3), candidate('en:d', 0.5)]);
    expect(ranked.map((c) => c.key)).toEqual(['en:c', 'en:b', 'en:a', 'en:d']);
  });

  it('keeps the earlier search’s result at an equal score, and a merged result is exact or a phrase only if some search found it so', () => {
    // The typed spelling is searched first: at a tie its result (and so its excerpt's marks) stays.
    const ranked = rankCandidates([
      { ...candidate('vi:a', 2), details: 'typed' },
      { ...candidate('vi:a', 2, true), details: 'with đ' },
      candidate('vi:b', 1),
      candidate('vi:b', 1),
    ]);
    expect(ranked.map((c) => [c.details, c.phrase, c.exact])).toEqual([
      ['typed', true, false],
      ['vi:b@1', false, false],
    ]);
  });

  it('ranks the entry the query names above phrase matches and scores, and keeps it so when another search found it too', () => {
    const ranked = rankCandidates([candidate('zh:guide', 9, true), candidate('zh:entry', 2), candidate('zh:entry', 0, true, true), candidate('zh:other', 4)]);
    expect(ranked.map((c) => [c.details, c.exact])).toEqual([
      ['zh:entry@2', true],
      ['zh:guide@9', false],
      ['zh:other@4', false],
    ]);
  });
});

describe('termKey', () => {
  it('reduces a term to what a reader may type for it: case, spaces, punctuation, tone marks and đ aside', () => {
    expect(termKey('Nợ kỹ thuật')).toBe('nokythuat');
    expect(termKey('no ky thuat')).toBe('nokythuat');
    expect(termKey('Điểm hòa vốn')).toBe(termKey('diem hoa von'));
    expect(termKey(' 技术债务 ')).toBe('技术债务');
    expect(termKey('Break-even point')).toBe(termKey('break even point'));
    expect(termKey('CTO 即服务要花多少钱？')).toBe('cto即服务要花多少钱');
    expect(termKey('？！')).toBe('');
  });

  it('files a heading under its whole and each name it gives in brackets or after a slash', () => {
    expect(termKeys('Vesting (vesting period, cliff)')).toEqual(['vestingvestingperiodcliff', 'vesting', 'vestingperiod', 'cliff']);
    expect(termKeys('股权兑现（兑现期、悬崖期）')).toEqual(['股权兑现兑现期悬崖期', '股权兑现', '兑现期', '悬崖期']);
    expect(termKeys('服务期／合作期')).toEqual(['服务期合作期', '服务期', '合作期']);
    expect(termKeys('Technical debt')).toEqual(['technicaldebt']);
  });
});

describe('interleave', () => {
  it('takes each language’s next result in turn, the first list first', () => {
    expect(interleave([['en1', 'en2', 'en3'], ['zh1'], [], ['vi1', 'vi2']])).toEqual(['en1', 'zh1', 'vi1', 'en2', 'vi2', 'en3']);
    expect(interleave([])).toEqual([]);
    expect(interleave([['en1'], ['zh1', 'zh2', 'zh3'], ['vi1', 'vi2']])).toEqual(['en1', 'zh1', 'vi1', 'zh2', 'vi2', 'zh3']);
  });
});

describe('toSearchHit', () => {
  const data = (url: string): PagefindResultData => ({
    url,
    excerpt: 'a <mark>b</mark>',
    meta: { title: `T ${url}` },
    filters: { type: ['guide'] },
    sub_results: [
      { title: 'Top', url, excerpt: '' },
      { title: 'Section', url: `${url}#s`, excerpt: '<mark>b</mark>' },
      { title: 'Unrelated', url: `${url}#u`, excerpt: 'no match here' },
    ],
  });

  it('falls back to the URL for a missing title, and has no type or section when the index gives none', () => {
    expect(toSearchHit('vi', { url: '/vi/x/', excerpt: 'x &amp; y', meta: {} })).toEqual({
      url: '/vi/x/',
      title: '/vi/x/',
      locale: 'vi',
      type: undefined,
      excerpt: [{ text: 'x & y', marked: false }],
      sections: [],
    });
  });

  it('reads the type from the filters even when the page has other filters and no type', () => {
    expect(toSearchHit('en', { url: '/en/x/', excerpt: '', meta: {}, filters: { locale: ['en'] } }).type).toBeUndefined();
  });

  it('leaves out sub-results that are not a section of the page: the page itself and any address without an anchor', () => {
    const hit = toSearchHit('en', {
      url: '/en/a/',
      excerpt: '<mark>b</mark>',
      meta: {},
      sub_results: [
        { title: 'Top', url: '/en/a/', excerpt: 'the <mark>b</mark>' },
        { title: 'Elsewhere', url: '/en/b/', excerpt: 'the <mark>b</mark>' },
        { title: 'Section', url: '/en/a/#s', excerpt: 'the <mark>b</mark> and more' },
      ],
    });
    // Only the section remains; its excerpt marks "b" among plain words, and "the"/"and" give context.
    expect(hit.sections).toEqual([
      {
        title: 'Section',
        url: '/en/a/#s:~:text=the-,b,-and',
        excerpt: [
          { text: 'the ', marked: false },
          { text: 'b', marked: true },
          { text: ' and more', marked: false },
        ],
      },
    ]);
  });

  it('leaves out the sub-result that is the result itself, for an entry whose address has an anchor', () => {
    // A glossary entry is indexed as a document of its own at /en/glossary/#vesting (scripts/search-entries.ts).
    const hit = toSearchHit('en', {
      url: '/en/glossary/#vesting',
      excerpt: 'the <mark>cliff</mark>',
      meta: {},
      sub_results: [{ title: 'Vesting', url: '/en/glossary/#vesting', excerpt: 'the <mark>cliff</mark>' }],
    });
    expect(hit.sections).toEqual([]);
  });

  it('shows at most three matching sections, in the index’s order', () => {
    const sub = (n: number) => ({ title: `S${n}`, url: `/a/#s${n}`, excerpt: '<mark>b</mark>' });
    const hit = toSearchHit('en', { ...data('/a/'), sub_results: [1, 2, 3, 4].map(sub) });
    expect(hit.sections).toEqual([1, 2, 3].map((n) => ({ title: `S${n}`, url: `/a/#s${n}:~:text=b`, excerpt: [{ text: 'b', marked: true }] })));
  });

  it('reads title, type and the sections that match, leaving out the page’s own top, each opening at its marked word', () => {
    const hit = toSearchHit('zh', data('/a/'));
    expect(hit).toMatchObject({ title: 'T /a/', type: 'guide', locale: 'zh', url: '/a/#:~:text=b' });
    expect(hit.sections.map((section) => section.url)).toEqual(['/a/#s']);
  });
});

describe('withHighlight', () => {
  it('opens a result at the first word its excerpt marks, with the words around it as context', () => {
    expect(withHighlight('/en/guides/handover/#why', excerptParts('… the four-year <mark>vesting</mark> and <mark>cliff</mark>'), 'en')).toBe(
      '/en/guides/handover/#why:~:text=four%2Dyear-,vesting,-and',
    );
    // A comma after the word is not a word of context: the suffix must follow the word across spaces alone.
    expect(withHighlight('/vi/guides/x/', excerptParts('một <mark>kỳ lân</mark>, hiếm'), 'vi')).toBe(`/vi/guides/x/#:~:text=m%E1%BB%99t-,${encodeURIComponent('kỳ lân')}`);
  });

  it('gives only the context the excerpt has: none where it starts or ends at the word or is cut there, none in Chinese, whose words have no spaces', () => {
    expect(withHighlight('/en/x/', excerptParts('<mark>Vesting</mark> starts'), 'en')).toBe('/en/x/#:~:text=Vesting,-starts');
    expect(withHighlight('/en/x/', excerptParts('schedule… <mark>vesting</mark>'), 'en')).toBe('/en/x/#:~:text=vesting');
    expect(withHighlight('/en/x/', excerptParts('— <mark>vesting</mark> …'), 'en')).toBe('/en/x/#:~:text=vesting');
    expect(withHighlight('/zh/x/', excerptParts('股权<mark>兑现</mark>期'), 'zh')).toBe(`/zh/x/#:~:text=${encodeURIComponent('兑现')}`);
    // A Chinese section keeps its #section: a bare word would open the page at its first use instead.
    expect(withHighlight('/zh/x/#a', excerptParts('股权<mark>兑现</mark>期'), 'zh')).toBe('/zh/x/#a');
  });

  it('opens at the first marked word that is not blank, without the spaces a mark may hold around it', () => {
    // Pagefind may mark a space on its own; the first marked word here is "vesting".
    expect(withHighlight('/en/x/', excerptParts('a<mark> </mark>b <mark> vesting </mark>period'), 'en')).toBe('/en/x/#:~:text=b-,vesting,-period');
    // Words of context are taken across a run of spaces.
    expect(withHighlight('/en/x/', excerptParts('four  year  <mark>vesting</mark>  and  cliff'), 'en')).toBe('/en/x/#:~:text=year-,vesting,-and');
  });

  it('escapes what the text directive reserves, and leaves an excerpt with no mark as it is', () => {
    expect(withHighlight('/en/x/', excerptParts('a <mark>co-founder,&amp;</mark>'), 'en')).toBe('/en/x/#:~:text=a-,co%2Dfounder%2C%26');
    expect(withHighlight('/en/x/#s', excerptParts('nothing marked'), 'en')).toBe('/en/x/#s');
  });

  it('is left off a section of the page the reader is on, where a jump within the page would ignore it', () => {
    expect(resultHref('/en/glossary/#vesting:~:text=vesting', '/en/glossary/')).toBe('/en/glossary/#vesting');
    expect(resultHref('/en/glossary/#vesting:~:text=vesting', '/en/faq/')).toBe('/en/glossary/#vesting:~:text=vesting');
    expect(resultHref('/en/faq/#:~:text=fee', '/en/faq/')).toBe('/en/faq/');
  });

  it('is undone by withoutHighlight, which gives the page and section it opens', () => {
    expect(withoutHighlight('/en/x/#s:~:text=a-,b')).toBe('/en/x/#s');
    expect(withoutHighlight('/en/x/#:~:text=b')).toBe('/en/x/');
    expect(withoutHighlight('/en/x/#s')).toBe('/en/x/#s');
  });
});

describe('entryDocuments', () => {
  const page = `<!doctype html><html lang="zh-CN"><body><main>
    <div data-search-entries data-pagefind-filter="type:glossary">
      <h1 data-pagefind-weight="10">术语表</h1><p class="lead">导语</p>
      <div data-pagefind-ignore><nav><h2 id="toc-heading">本页内容</h2></nav></div>
      <div class="prose"><p>简介</p>
        <h2 id="cto">首席技术官（<abbr>CTO</abbr>）</h2><p>第一段</p><ul><li>要点</li></ul>
        <h2 id="vesting">成熟期</h2><p>归属</p>
      </div>
    </div></main></body></html>`;

  it('makes one document per entry, titled by its heading and linking to its anchor', () => {
    const [, cto, vesting] = entryDocuments(page, '/zh/glossary/');
    expect(cto?.url).toBe('/zh/glossary/#cto');
    // The heading is the result's title, not part of its text, so the excerpt starts with the entry;
    // the text weighs half a guide's, so the guide about a topic ranks above an entry that mentions it.
    // It is filed under the keys of its title, so a query naming the term finds it first.
    expect(cto?.content).toContain(
      '<h1 data-pagefind-meta="title" data-pagefind-ignore>首席技术官（<abbr>CTO</abbr>）</h1>' +
        '<span data-pagefind-filter="term:首席技术官cto" data-pagefind-ignore></span><span data-pagefind-filter="term:首席技术官" data-pagefind-ignore></span>' +
        '<span data-pagefind-filter="term:cto" data-pagefind-ignore></span>' +
        '<div data-pagefind-weight="0.5"><p>第一段</p><ul><li>要点</li></ul>',
    );
    expect(cto?.content).not.toContain('归属');
    expect(vesting?.url).toBe('/zh/glossary/#vesting');
    expect(vesting?.content).toMatch(/^<html lang="zh-CN"><body><div data-pagefind-body data-pagefind-filter="type:glossary">/);
  });

  it('keeps the page’s title, lead and introduction as a document of its own, without ignored parts', () => {
    const [own, ...entries] = entryDocuments(page, '/zh/glossary/');
    expect(entries).toHaveLength(2);
    expect(own?.url).toBe('/zh/glossary/');
    expect(own?.content).toContain('术语表');
    expect(own?.content).toContain('简介');
    expect(own?.content).not.toMatch(/本页内容|第一段|成熟期/);
  });

  it('leaves every other page to Pagefind', () => {
    expect(entryDocuments('<html lang="en"><body><div data-pagefind-body><h2 id="a">A</h2></div></body></html>', '/en/x/')).toEqual([]);
  });
});
