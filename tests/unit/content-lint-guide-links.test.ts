/** `guide-link-title`: guides linked under their titles (src/lib/content-lint/guide-links.ts), on links read in-process. */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { guideLinkTitles } from '../../src/lib/content-lint/guide-links';
import { markdownText } from '../../src/lib/content-lint/markdown';
import type { GuideNames } from '../../src/lib/content-lint/prose';
import { yamlText } from '../../src/lib/content-lint/yaml-text';

const guides: [Locale, string, string, string][] = [
  ['en', 'healthy-partnership', 'Building a healthy CEO–CTO partnership', '## Why it pays off {#why-it-pays-off}'],
  ['en', 'cto-as-a-service', 'What is CTO as a service?', ''],
  ['zh', 'healthy-partnership', '如何建立健康的 CEO 与 CTO 合作关系', '## 为什么值得 {#why-it-pays-off}'],
  ['zh', 'cto-as-a-service', '什么是 CTO 即服务？', ''],
  ['vi', 'healthy-partnership', 'Xây dựng quan hệ hợp tác lành mạnh giữa CEO và CTO', ''],
  ['vi', 'hiring-a-cto', 'Vì sao khó chiêu mộ một CTO giỏi', '## Rào cản thứ ba: gói đãi ngộ {#the-package}'],
];
/** Each guide's names, read from its file as the lint reads them. */
const names = new Map<string, GuideNames>(
  guides.map(([locale, slug, title, body]) => [
    `${locale}/${slug}`,
    markdownText(`content/guides/${locale}/${slug}.mdx`, locale, `---\ntitle: "${title}"\n---\n\n${body}\n`).names,
  ]),
);
const lookup = (locale: Locale, slug: string) => names.get(`${locale}/${slug}`);

/** What each finding says of the link's text: `“text” stands for` (the title), `reads as a variant` or `names`. */
const verdicts = (findings: { message: string }[]) => findings.map((f) => /^“.*?” (stands for|reads as a variant|names)/.exec(f.message)![0]);
/** The verdicts on a page's links, one paragraph per line. */
const onPage = (locale: Locale, ...paragraphs: string[]) =>
  verdicts(guideLinkTitles(markdownText(`content/pages/${locale}/page.mdx`, locale, paragraphs.join('\n\n')).links, lookup));
/** The verdicts on a quiz link's labels, one per locale. */
const onLabel = (slug: string, section: string, label: Partial<Record<Locale, string>>) => {
  const lines = Object.entries(label).map(([locale, text]) => `      ${locale}: "${text}"`);
  const quiz = ['links:', `  - guide: ${slug}`, `    section: ${section}`, '    label:', ...lines].join('\n');
  return verdicts(guideLinkTitles(yamlText('content/quizzes/example.yaml', quiz).links, lookup));
};

const partnership = '/en/guides/healthy-partnership/';

describe('guideLinkTitles', () => {
  it('reports where the link’s text starts, under its rule', () => {
    const found = guideLinkTitles(markdownText('content/pages/en/page.mdx', 'en', `Intro.\n\nSee *[Healthy partnerships](${partnership})*.`).links, lookup);
    // Line 3 (the page's second paragraph), after `See *[`: column 7.
    expect(found).toEqual([
      {
        file: 'content/pages/en/page.mdx',
        line: 3,
        column: 7,
        rule: 'guide-link-title',
        message: '“Healthy partnerships” stands for the title of healthy-partnership; write “Building a healthy CEO–CTO partnership”',
      },
    ]);
  });

  it('takes a title in italics as the title, spacing and the first letter’s case aside', () => {
    expect(
      onPage(
        'en',
        `*[Building a healthy CEO–CTO partnership ](${partnership})*`,
        `*[Building a healthy  CEO–CTO partnership](${partnership})*`,
        `*[building a healthy CEO–CTO partnership](${partnership})*`,
      ),
    ).toEqual([]);
    // One letter off, even the first, is another title.
    expect(onPage('en', '*[That is CTO as a service?](/en/guides/cto-as-a-service/)*')).toEqual(['“That is CTO as a service?” stands for']);
  });

  it('takes a link inside “ ” as a title only when the quotation holds just the link', () => {
    // Not a title position, so the words are checked as a mention: two of the title's words, not a run of it.
    expect(onPage('en', `“[healthy partnership](${partnership}) guide”`, `[healthy partnership](${partnership})” he said.`)).toEqual([
      '“healthy partnership” reads as a variant',
      '“healthy partnership” reads as a variant',
    ]);
    expect(onPage('en', `“[healthy partnership](${partnership})”`)).toEqual(['“healthy partnership” stands for']);
  });

  it('takes a Chinese link inside 《》 as a title only when the brackets hold just the link', () => {
    // “如何选对” is not in the title, and only one of its three words (如何, 选, 对) is: no variant either.
    const zhLink = '[如何选对](/zh/guides/healthy-partnership/)';
    expect(onPage('zh', `《${zhLink}CTO》`, `见${zhLink}》。`)).toEqual([]);
    expect(onPage('zh', `见《${zhLink}》。`)).toEqual(['“如何选对” stands for']);
  });

  it('takes a Vietnamese link after “bài” (the article) as a title, wherever “bài” stands in the block', () => {
    const viLink = '[Hợp tác lành mạnh](/vi/guides/healthy-partnership/)';
    // “Hợp tác lành mạnh” is a run of the title's words, so it passes anywhere but in a title position.
    expect(onPage('vi', `Đọc ${viLink}.`)).toEqual([]);
    expect(onPage('vi', `Bài ${viLink} nói rõ.`, `Xem bài  ${viLink}.`)).toEqual(['“Hợp tác lành mạnh” stands for', '“Hợp tác lành mạnh” stands for']);
    // After “bài” a link to an English guide is no title position: “bài” is not English.
    expect(onPage('vi', `Xem bài [Building a healthy partnership](${partnership}) (tiếng Anh).`)).toEqual([
      '“Building a healthy partnership” reads as a variant',
    ]);
  });

  it('passes any run of the title’s words in running text, across its punctuation and a term’s brackets', () => {
    expect(
      onPage(
        'en',
        `A [CEO – CTO partnership](${partnership}) and a [“A healthy CEO–CTO partnership”](${partnership}).`,
        'Engage a [CTO as a service (CTOaaS)](/en/guides/cto-as-a-service/).',
      ),
    ).toEqual([]);
    expect(onPage('zh', '采用[CTO 即服务（CTOaaS）](/zh/guides/cto-as-a-service/)。')).toEqual([]);
  });

  it('flags two or more words mostly from the title that are not a run of it, brackets left out', () => {
    expect(
      onPage(
        'en',
        `A [healthy partnership(note)](${partnership}), a [healthy partnership (CEO–CTO)](${partnership}), a [a healthy CEO–CTO partner](${partnership}).`,
        // An unclosed bracket is no aside: its words count.
        `A [a healthy CEO–CTO partnership (new](${partnership}).`,
      ),
    ).toEqual([
      '“healthy partnership(note)” reads as a variant',
      '“healthy partnership (CEO–CTO)” reads as a variant',
      '“a healthy CEO–CTO partner” reads as a variant',
      '“a healthy CEO–CTO partnership (new” reads as a variant',
    ]);
  });

  it('reads a section link’s “Name: section” label, the name standing for the guide', () => {
    // After a full-width colon Chinese writes no space.
    expect(onLabel('healthy-partnership', 'why-it-pays-off', { zh: '合作指南：为什么值得' })).toEqual(['“合作指南” names']);
    expect(onLabel('healthy-partnership', 'why-it-pays-off', { zh: '如何建立健康的 CEO 与 CTO 合作关系：为什么值得' })).toEqual([]);
    // With no words after the colon, or words not from the heading, the label is no “Name: section”.
    expect(onLabel('healthy-partnership', 'why-it-pays-off', { zh: '合作指南：', en: 'Partnership guide:' })).toEqual([]);
    // A label that opens with the colon is the words after it, from the heading here.
    expect(onLabel('hiring-a-cto', 'the-package', { vi: ': gói đãi ngộ' })).toEqual([]);
  });
});
