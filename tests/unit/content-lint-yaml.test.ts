/** Prose and guide links in the YAML content, quizzes and sources (src/lib/content-lint/yaml-text.ts). */
import { describe, expect, it } from 'vitest';
import type { Prose } from '../../src/lib/content-lint/prose';
import { yamlText } from '../../src/lib/content-lint/yaml-text';

/** A block as `locale line:column text`, the place being that of its first character. */
const shown = (block: Prose) => `${block.locale} ${block.at(0).line}:${block.at(0).column} ${block.text}`;

describe('yamlText', () => {
  it('reads the strings under locale keys of a quiz, wherever they are, and its links to guides under their labels', () => {
    const quiz = [
      '# A "comment" is not prose.', // 1
      'kind: choice', // 2
      'revision: 2', // 3
      'title:', // 4
      '  en: Full-time CTO or CTO as a service?', // 5
      '  zh: "全职 CTO\\u3001服务"', // 6
      'tool:', // 7
      '  id: cost-comparison', // 8
      '  label:', // 9
      '    en: Compare the cost', // 10
      'questions:', // 11
      '  - id: team', // 12
      '    options:', // 13
      '      - label:', // 14
      '          en: 1', // 15
      '          zh: 一人', // 16
      '          vi:', // 17
      'outcomes:', // 18
      '  - id: full-time', // 19
      '    links:', // 20
      '      - guide: hiring-a-cto', // 21
      '        section: the-package', // 22
      '        label:', // 23
      '          en: "Why a good CTO is hard to win: the package"', // 24
      '          vi: Vì sao khó chiêu mộ một CTO giỏi', // 25
      '      - guide: bad-cto-cost', // 26
      '        label: { zh: 为什么差劲的 CTO 代价更高 }', // 27
    ].join('\n');
    const { prose, links } = yamlText('content/quizzes/example.yaml', quiz);
    // Keys, ids, numbers and comments are data. Under a locale key, a number (“1”, line 15) or nothing
    // (line 17) is no string, so no prose; a tool's label has no guide, so it is prose but no link.
    // Columns: a plain scalar starts after `en: ` (`{ zh: ` in a flow map); a quoted one's first character after its quote.
    expect(prose.map(shown)).toEqual([
      'en 5:7 Full-time CTO or CTO as a service?',
      'zh 6:8 全职 CTO、服务',
      'en 10:9 Compare the cost',
      'zh 16:15 一人',
      'en 24:16 Why a good CTO is hard to win: the package',
      'vi 25:15 Vì sao khó chiêu mộ một CTO giỏi',
      'zh 27:22 为什么差劲的 CTO 代价更高',
    ]);
    // The escape `\u3001` (columns 14 to 19 of line 6) reads as “、”, text index 6, which maps to its
    // backslash; “服” follows at column 20.
    expect([prose[1]!.at(6), prose[1]!.at(7)]).toEqual([
      { line: 6, column: 14 },
      { line: 6, column: 20 },
    ]);
    // Each label is a link shown under the whole of its text.
    expect(links.map(({ block, ...link }) => ({ text: block.text, ...link }))).toEqual([
      { text: 'Why a good CTO is hard to win: the package', start: 0, end: 42, locale: 'en', slug: 'hiring-a-cto', section: 'the-package', emphasized: false },
      { text: 'Vì sao khó chiêu mộ một CTO giỏi', start: 0, end: 32, locale: 'vi', slug: 'hiring-a-cto', section: 'the-package', emphasized: false },
      { text: '为什么差劲的 CTO 代价更高', start: 0, end: 15, locale: 'zh', slug: 'bad-cto-cost', section: undefined, emphasized: false },
    ]);
    expect(links[0]!.block).toBe(prose[4]);
  });

  it('reads a source’s title in its own language, and nothing else of it but localized strings', () => {
    const sources = [
      '- id: mishunin-ctoaas', // 1
      '  author: Dmitry Mishunin (HashEx)', // 2
      '  title: Chief Technical Officer as a Service concept', // 3
      '  titleLang: en', // 4
      '  url: https://example.com/"x"', // 5
      '  publication:', // 6
      '    en: The Startup, on Medium', // 7
      '- id: orwell', // 8
      '  title: 1984', // 9
      '  titleLang: en', // 10
      '- id: unknown-language', // 11
      '  title: Le rôle du CTO', // 12
      '  titleLang: fr', // 13
      '- id: no-language', // 14
      '  title: Hiểu về CTO', // 15
    ].join('\n');
    // “1984” is a number to YAML, not a title in words; “fr” and no titleLang name no language of the site.
    expect(yamlText('content/sources.yaml', sources).prose.map(shown)).toEqual([
      'en 3:10 Chief Technical Officer as a Service concept',
      'en 7:9 The Startup, on Medium',
    ]);
  });
});
