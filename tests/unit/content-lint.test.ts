/** The content lint (src/lib/content-lint/): each rule on a bad and a good sample, the CLI, and the real content. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionaryText } from '../../src/lib/content-lint/dictionary';
import { readContent } from '../../src/lib/content-lint/files';
import { type ContentFile, type Finding, formatFinding, lintContent } from '../../src/lib/content-lint/index';

const autocorrectConfig = readFileSync('.autocorrectrc', 'utf8');

const lint = (...files: ContentFile[]) => lintContent(files, autocorrectConfig);
/** Findings as `line:col rule`, the part a test pins down. */
const at = (findings: Finding[]) => findings.map((f) => `${f.line}:${f.column} ${f.rule}`);
const frontMatter = 'title: Page\ndescription: A page.\nupdated: 2026-11-22';
const page = (locale: string, body: string, front = frontMatter) => ({
  path: `content/pages/${locale}/example.mdx`,
  text: `---\n${front}\n---\n\n${body}\n`,
});
/** The line number of a `page`'s first body line. */
const bodyLine = frontMatter.split('\n').length + 4;

describe('zh-autocorrect and zh-punctuation', () => {
  it('flag a missing space between Chinese and Latin, also at the edge of a link, and half-width punctuation', () => {
    const findings = lint(page('zh', '见[CTO 即服务](/zh/glossary/#ctoaas)的说明。头1–2年，很好.\n\n然后(括号)结束；见 CTO.他们'));
    expect(at(findings)).toEqual([
      `${bodyLine}:3 zh-autocorrect`,
      `${bodyLine}:38 zh-autocorrect`,
      `${bodyLine}:41 zh-autocorrect`,
      `${bodyLine}:45 zh-autocorrect`,
      `${bodyLine + 2}:3 zh-punctuation`,
      `${bodyLine + 2}:6 zh-punctuation`,
      `${bodyLine + 2}:15 zh-punctuation`,
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      '“见CTO 即服” → “见 CTO 即服”',
      '“务的说明。头1–2年，很” → “务的说明。头 1–2年，很”',
      '“明。头1–2年，很好.” → “明。头1–2 年，很好.”',
      '“–2年，很好.” → “–2年，很好。”',
      '“(” in Chinese text: write “（”',
      '“)” in Chinese text: write “）”',
      '“.” in Chinese text: write “。”',
    ]);
  });

  it('check the front matter’s reader-facing strings, where the line and column are the source’s', () => {
    const findings = lint(page('zh', '正文。', 'title: "CTO即服务"\ndescription: 说明。\nupdated: 2026-11-22'));
    expect(at(findings)).toEqual(['2:12 zh-autocorrect']);
  });

  it('accept the house style: full-width marks, spaces around Latin and digits, a formula’s brackets', () => {
    const good = '采用首席技术官即服务（CTO 即服务）模式，头 1–2 年；见《[如何选对 CTO](/zh/guides/choosing-the-right-cto/)》。记作 (1 − p)^n。';
    expect(lint(page('zh', good))).toEqual([]);
  });

  it('leave out what is not prose: front matter data, imports, JSX, directive syntax, code and URLs', () => {
    const mdx = [
      "import BadHireCost from '../../../src/widgets/tools/BadHireCost';",
      '',
      '<BadHireCost client:visible label="中文abc, 不是正文" />',
      '',
      ':::diagram{kind="steps"}',
      '交接分两步。',
      '',
      '1. **准备**——离任前 2–3 个月。',
      '2. **交接**——重叠期。',
      ':::',
      '',
      '```',
      'code中文abc, "quoted"',
      '```',
      '',
      '见[说明](https://example.com/中文abc,x)。',
    ].join('\n');
    expect(lint(page('zh', mdx, 'title: 页面\ndescription: 说明。\ntrack: cto-as-a-service\nsources: [mishunin-ctoaas]'))).toEqual([]);
  });

  it('follow .autocorrectrc, whose text rules are the way to allow a justified exception', () => {
    expect(lint(page('zh', '例如 120000 或 12万。'))).toEqual([]);
    expect(at(lint(page('zh', '例如 120000 或 13万。')))).toEqual([`${bodyLine}:15 zh-autocorrect`]);
  });
});

describe('nfc', () => {
  it('flags a Vietnamese letter typed with combining marks, in any file, and passes its precomposed form', () => {
    const decomposed = 'Tiếng Việt'.normalize('NFD');
    expect(at(lint(page('vi', `Xin chào ${decomposed}.`)))).toEqual([`${bodyLine}:12 nfc`, `${bodyLine}:20 nfc`]);
    expect(lint(page('vi', 'Xin chào Tiếng Việt.'))).toEqual([]);
  });
});

describe('vi-tone-placement', () => {
  it('flags the older placement with the site’s form, and leaves qu-, closed syllables and other vowels alone', () => {
    const findings = lint(page('vi', 'Hoà giải, thoả thuận, tuỳ ý, khoẻ.'));
    expect(findings.map((f) => f.message)).toEqual([
      '“Hoà”: the site places the tone as in “Hòa”',
      '“thoả”: the site places the tone as in “thỏa”',
      '“tuỳ”: the site places the tone as in “tùy”',
      '“khoẻ”: the site places the tone as in “khỏe”',
    ]);
    expect(lint(page('vi', 'Hòa giải, thỏa thuận, tùy ý, khỏe, quý, quỹ, hoàn thành, khuỷu tay, toán.'))).toEqual([]);
  });
});

describe('terms', () => {
  it('flags wrong terms and misspellings as whole words', () => {
    const findings = lint(page('vi', 'Mô hình CTO thuê ngoài cần cập nhập.'), page('en', 'Keep them seperate.'));
    expect(findings.map((f) => `${f.file} ${f.message.split(':')[0]}`)).toEqual([
      'content/pages/en/example.mdx “seperate”',
      'content/pages/vi/example.mdx “CTO thuê ngoài”',
      'content/pages/vi/example.mdx “cập nhập”',
    ]);
  });

  it('allow a wrong term quoted as a mention, and a Chinese term inside a longer word', () => {
    expect(lint(page('vi', 'Mô hình này đôi khi được gọi là “CTO thuê ngoài”.'))).toEqual([]);
    expect(at(lint(page('zh', '不要说等待期。产品等待期间的开支，会计上的“等待期”。')))).toEqual([`${bodyLine}:4 terms`]);
  });
});

describe('unrendered-bold', () => {
  it('flags bold markers the parser leaves as text, where the reader would see them', () => {
    expect(at(lint(page('zh', '1. **怎么收尾？**有验收标准的交接。')))).toEqual([`${bodyLine}:4 unrendered-bold`, `${bodyLine}:11 unrendered-bold`]);
  });

  it('passes bold with the punctuation outside, and bold that ends before a space', () => {
    expect(lint(page('zh', '1. **怎么收尾**？有验收标准的交接。'), page('en', 'A **label:** then text.'))).toEqual([]);
  });
});

describe('quotes', () => {
  it('flags straight quotes, another style’s marks and unbalanced “ ”', () => {
    const findings = lint(page('en', 'The CEO\'s "plan" and «this».'), page('zh', '用「引号」。'), page('vi', 'Một “trích dẫn chưa đóng.'));
    expect(findings.map((f) => `${f.file.split('/')[2]} ${f.column} ${f.message}`)).toEqual([
      'en 8 straight apostrophe: write ’',
      'en 11 straight double quote: write “ ”',
      'en 16 straight double quote: write “ ”',
      'en 22 “«”: the site quotes with “ ” (‘ ’ inside) in every language',
      'en 27 “»”: the site quotes with “ ” (‘ ’ inside) in every language',
      'vi 5 “ is never closed with ”',
      'zh 2 “「”: the site quotes with “ ” (‘ ’ inside) in every language',
      'zh 5 “」”: the site quotes with “ ” (‘ ’ inside) in every language',
    ]);
  });

  it('pass curly quotes and apostrophes, and YAML’s own quoting', () => {
    expect(lint(page('en', 'The CEO’s “plan”, the ‘inner’ one.', 'title: "CEO and CTO: who does what"\ndescription: A page.'))).toEqual([]);
  });
});

describe('quizzes and sources', () => {
  it('lint the strings under locale keys and a source’s title in its language, not ids or comments', () => {
    const quiz = {
      path: 'content/quizzes/example.yaml',
      text: ['# A "comment" isn\'t prose.', 'id: cto-model', 'title:', '  en: "Full-time CTO or CTO as a service?"', '  zh: 全职CTO', '  vi: Đúng rồi'].join('\n'),
    };
    const sources = { path: 'content/sources.yaml', text: ['- id: a', '  title: 中文Title', '  titleLang: zh', '  url: https://example.com/"x"'].join('\n') };
    expect(lint(quiz, sources).map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`)).toEqual([
      'content/quizzes/example.yaml:5:9 zh-autocorrect',
      'content/sources.yaml:2:12 zh-autocorrect',
    ]);
  });
});

describe('guide-link-title', () => {
  const guide = (locale: string, slug: string, title: string, body = '## Why it pays off {#why-it-pays-off}\n\nText.') => ({
    path: `content/guides/${locale}/${slug}.mdx`,
    text: `---\ntitle: "${title}"\ndescription: A guide.\n---\n\n${body}\n`,
  });
  const guides = [
    guide('en', 'healthy-partnership', 'Building a healthy CEO–CTO partnership'),
    guide('en', 'bad-cto-cost', 'Why a weak CTO costs more than any other weak executive'),
    guide('en', 'cto-as-a-service', 'What is CTO as a service?'),
    guide('zh', 'healthy-partnership', '如何建立健康的 CEO 与 CTO 合作关系', '## 为什么值得 {#why-it-pays-off}\n\n正文。'),
    guide('vi', 'healthy-partnership', 'Xây dựng quan hệ hợp tác lành mạnh giữa CEO và CTO', '## Vì sao đáng làm {#why-it-pays-off}\n\nNội dung.'),
    guide('vi', 'hiring-a-cto', 'Vì sao khó chiêu mộ một CTO giỏi', '## Rào cản thứ ba: gói đãi ngộ {#the-package}\n\nNội dung.'),
  ];
  const messages = (...files: ContentFile[]) => lint(...guides, ...files).map((f) => `${f.line}:${f.column} ${f.message}`);

  it('flags a guide linked under a variant of its title, in a sentence', () => {
    expect(messages(page('en', 'See [building a healthy partnership](/en/guides/healthy-partnership/).'))).toEqual([
      `${bodyLine}:6 “building a healthy partnership” reads as a variant of the title of healthy-partnership, “Building a healthy CEO–CTO partnership”: use the title or a run of its words`,
    ]);
  });

  it('flags a title position that does not hold the title: 《》, “ ”, italics, after “bài”', () => {
    const found = messages(
      page('zh', '详见《[如何选对 CTO](/zh/guides/healthy-partnership/)》。'),
      page('en', 'Read *[Healthy partnerships](/en/guides/healthy-partnership/)* and “[the partnership guide](/en/guides/healthy-partnership/)”.'),
      { path: 'content/pages/vi/other.mdx', text: '---\ntitle: Trang\n---\n\nXem bài [Hợp tác lành mạnh](/vi/guides/healthy-partnership/#why-it-pays-off).\n' },
    );
    expect(found).toEqual([
      `${bodyLine}:8 “Healthy partnerships” stands for the title of healthy-partnership; write “Building a healthy CEO–CTO partnership”`,
      `${bodyLine}:70 “the partnership guide” stands for the title of healthy-partnership; write “Building a healthy CEO–CTO partnership”`,
      '5:10 “Hợp tác lành mạnh” stands for the title of healthy-partnership; write “Xây dựng quan hệ hợp tác lành mạnh giữa CEO và CTO”',
      `${bodyLine}:5 “如何选对 CTO” stands for the title of healthy-partnership; write “如何建立健康的 CEO 与 CTO 合作关系”`,
    ]);
  });

  it('flags a “Name: section” label whose name is not the guide’s title', () => {
    const quiz = {
      path: 'content/quizzes/example.yaml',
      text: ['links:', '  - guide: hiring-a-cto', '    section: the-package', '    label:', '      vi: "Tuyển CTO: gói đãi ngộ"'].join('\n'),
    };
    expect(messages(quiz)).toEqual(['5:12 “Tuyển CTO” names hiring-a-cto before its section; write its title “Vì sao khó chiêu mộ một CTO giỏi”']);
    expect(messages({ ...quiz, text: quiz.text.replace('Tuyển CTO', 'Vì sao khó chiêu mộ một CTO giỏi') })).toEqual([]);
  });

  it('stays quiet on natural sentence links, runs of the title, terms and section names', () => {
    const prose = [
      'Read [why a weak CTO costs more than any other weak executive](/en/guides/bad-cto-cost/), or you may [rebuild the platform](/en/guides/bad-cto-cost/).',
      'The guide to [building a healthy CEO–CTO partnership](/en/guides/healthy-partnership/) and [a healthy CEO–CTO partnership](/en/guides/healthy-partnership/) say [why it pays off](/en/guides/healthy-partnership/#why-it-pays-off).',
      'Engage a [CTO as a service (CTOaaS)](/en/guides/cto-as-a-service/); start with “[What is CTO as a service?](/en/guides/cto-as-a-service/)”',
    ].join('\n\n');
    expect(messages(page('en', prose), page('zh', '见《[如何建立健康的 CEO 与 CTO 合作关系](/zh/guides/healthy-partnership/#why-it-pays-off)》。'))).toEqual([]);
  });
});

describe('UI dictionaries', () => {
  const dictionary = {
    path: 'src/i18n/ui/zh.ts',
    text: [
      "// A \"comment\" isn't prose: 'x'.",
      "import type { UIDictionary } from './en';",
      '',
      'export const zh: UIDictionary = {',
      "  'nav.home': '首页',",
      '  footer: { note: `见CTO说明` },',
      "  'site.name': 'CTO即服务',",
      '};',
    ].join('\n'),
  };

  it('read each string value, nested or in backticks, where it stands in the source; not keys, imports or comments', () => {
    // Line 5 `  'nav.home': '首页',`: the value's quote is column 15, its first character 16.
    expect(dictionaryText(dictionary.path, 'zh', dictionary.text).map((block) => `${block.text} ${block.at(0).line}:${block.at(0).column}`)).toEqual([
      '首页 5:16',
      '见CTO说明 6:20',
      'CTO即服务 7:17',
    ]);
  });

  it('are linted in their locale, with the source’s lines and columns', () => {
    // 见CTO说明 starts at 6:20, so the spaces AutoCorrect inserts before C (index 1) and 说 (index 4) are at 6:21 and 6:24.
    expect(lint(dictionary).map(formatFinding)).toEqual([
      'src/i18n/ui/zh.ts:6:21 zh-autocorrect “见CTO说明” → “见 CTO说明”',
      'src/i18n/ui/zh.ts:6:24 zh-autocorrect “见CTO说明” → “见CTO 说明”',
      'src/i18n/ui/zh.ts:7:20 zh-autocorrect “CTO即服务” → “CTO 即服务”',
    ]);
  });
});

describe('lintContent', () => {
  it('says which file it cannot read: no reader for its kind, or no locale in its path', () => {
    expect(() => lint({ path: 'README.md', text: '# Read me\n' })).toThrow('README.md: the content lint has no reader for this file');
    expect(() => lint(page('fr', 'Bonjour.'))).toThrow('content/pages/fr/example.mdx: no locale in its path');
    expect(() => lint({ path: 'src/i18n/ui/fr.ts', text: 'export const fr = {};\n' })).toThrow('src/i18n/ui/fr.ts: no locale in its path');
  });

  it('sorts findings by file, line and column, whatever order the rules found them in', () => {
    // Each block is checked for quotes before bold markers; the first paragraph (line 7) has its ** first,
    // the second (lines 9–10) has it on the line before its quotes.
    const findings = lint(page('en', 'A ** and "b".\n\nx ** y\nand "c".'));
    expect(at(findings)).toEqual([
      `${bodyLine}:3 unrendered-bold`,
      `${bodyLine}:10 quotes`,
      `${bodyLine}:12 quotes`,
      `${bodyLine + 2}:3 unrendered-bold`,
      `${bodyLine + 3}:5 quotes`,
      `${bodyLine + 3}:7 quotes`,
    ]);
  });

  it('takes only guides as link targets, not pages of the same name', () => {
    const about = { path: 'content/pages/en/about.md', text: '---\ntitle: About this handbook\n---\n\nText.\n' };
    const link = page('en', 'Read *[About us](/en/guides/about/)*.');
    expect(lint(about, link)).toEqual([]);
    expect(lint({ ...about, path: 'content/guides/en/about.md' }, link).map((f) => f.message)).toEqual([
      '“About us” stands for the title of about; write “About this handbook”',
    ]);
  });

  it('follows the AutoCorrect configuration each call passes', () => {
    const text = page('zh', '用CTO。');
    expect(lintContent([text], 'rules:\n  space-word: 0\n')).toEqual([]);
    expect(at(lintContent([text], 'rules:\n  space-word: 1\n'))).toEqual([`${bodyLine}:2 zh-autocorrect`]);
  });

  it('formats a finding as file:line:col rule message', () => {
    expect(formatFinding({ file: 'content/pages/en/example.mdx', line: 7, column: 3, rule: 'quotes', message: 'straight double quote: write “ ”' })).toBe(
      'content/pages/en/example.mdx:7:3 quotes straight double quote: write “ ”',
    );
  });
});

describe('readContent', () => {
  it('reads the content files under the root it is given, sorted by path, and .autocorrectrc', () => {
    const root = mkdtempSync(join(tmpdir(), 'content-files-'));
    try {
      const read = [
        'content/guides/en/c.mdx',
        'content/guides/vi/a.md',
        'content/pages/en/b.md',
        'content/quizzes/a.yaml',
        'content/quizzes/b.yaml',
        'content/sources.yaml',
        'src/i18n/ui/zh.ts',
      ];
      const unread = ['content/guides/en/notes.txt', 'content/quizzes/old/x.yaml', 'content/other.yaml', 'src/i18n/locales.ts'];
      // Written in reverse, as the file system and the glob may list them in any order.
      for (const path of [...read, ...unread].reverse()) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), `text of ${path}`);
      }
      writeFileSync(join(root, '.autocorrectrc'), 'rules: {}\n');
      expect(readContent(root)).toEqual({ files: read.map((path) => ({ path, text: `text of ${path}` })), autocorrectConfig: 'rules: {}\n' });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('npm run lint:content', () => {
  it('prints each finding as file:line:col rule message and exits with 1, or says there is none', () => {
    const root = mkdtempSync(join(tmpdir(), 'content-lint-'));
    try {
      const write = (path: string, text: string) => {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      };
      cpSync('.autocorrectrc', join(root, '.autocorrectrc'));
      write('content/pages/zh/example.mdx', '---\ntitle: 页面\n---\n\n正文 CTO 即服务,很好。\n');
      const run = () => spawnSync(process.execPath, [join(process.cwd(), 'scripts/lint-content.ts')], { cwd: root, encoding: 'utf8' });
      const failed = run();
      expect(failed.status).toBe(1);
      expect(failed.stdout).toBe('content/pages/zh/example.mdx:5:11 zh-autocorrect “TO 即服务,很好。” → “TO 即服务，很好。”\n');
      expect(failed.stderr).toContain('content lint: 1 finding in 1 file');

      write('content/pages/zh/example.mdx', '---\ntitle: 页面\n---\n\n正文 CTO 即服务。\n');
      const passed = run();
      expect(passed.status).toBe(0);
      expect(passed.stdout).toBe('content lint: 1 file, no findings\n');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the site’s content', () => {
  it('has no finding', () => {
    const { files, autocorrectConfig: config } = readContent(process.cwd());
    expect(files.length).toBeGreaterThan(40);
    expect(lintContent(files, config).map(formatFinding)).toEqual([]);
  });
});
