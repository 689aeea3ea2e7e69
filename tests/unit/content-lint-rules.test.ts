/**
 * The content lint's copy rules (src/lib/content-lint/rules.ts), each on one block of prose
 * as the extractors build it (one line, so a finding's column is its index + 1).
 */
import { readFileSync } from 'node:fs';
import { loadConfig } from 'autocorrect-node';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { type Finding, LineIndex, stringProse } from '../../src/lib/content-lint/prose';
import { chineseCopy, notNfc, quotationMarks, unrenderedBold, vietnameseTonePlacement, wrongTerms } from '../../src/lib/content-lint/rules';

const block = (locale: Locale, text: string) => stringProse('content/pages/x/example.md', locale, new LineIndex(text), text, text, 0, text.length);
const shown = (findings: Finding[]) => findings.map((f) => `${f.line}:${f.column} ${f.rule} ${f.message}`);

describe('chineseCopy', () => {
  // lintContent loads the site's AutoCorrect configuration before it runs the rules; so do these tests.
  beforeAll(() => loadConfig(readFileSync('.autocorrectrc', 'utf8')));
  const copy = (text: string) => shown(chineseCopy(block('zh', text)));

  it('reports a mark AutoCorrect changes once, as its change, and a mark next to a change as its own', () => {
    // AutoCorrect widens the comma (index 2); the “(” right after it (index 3) and the “)” after 注 are left to zh-punctuation.
    expect(copy('中文,(注)')).toEqual([
      '1:3 zh-autocorrect “中文,(注)” → “中文，(注)”',
      '1:4 zh-punctuation “(” in Chinese text: write “（”',
      '1:6 zh-punctuation “)” in Chinese text: write “）”',
    ]);
    // The full stop AutoCorrect replaces (index 2, a change of one character) is not reported twice.
    expect(copy('很好.')).toEqual(['1:3 zh-autocorrect “很好.” → “很好。”']);
    // A doubled comma: AutoCorrect inserts “，” before the first (an insertion at index 2) and deletes the
    // second (index 3); both commas are inside a change, the first as the character an insertion stands before.
    expect(copy('中文,,')).toEqual(['1:3 zh-autocorrect “中文,,” → “中文，,,”', '1:4 zh-autocorrect “中文,,” → “中文,”']);
  });

  it('flags half-width marks before and after AutoCorrect’s changes elsewhere in the block', () => {
    // The semicolon (index 2) comes before the space AutoCorrect inserts at index 5, …
    expect(copy('说明;然后CTO')).toEqual(['1:6 zh-autocorrect “说明;然后CTO” → “说明;然后 CTO”', '1:3 zh-punctuation “;” in Chinese text: write “；”']);
    // … here (index 6) after the spaces it inserts at 1 and 4.
    expect(copy('见CTO说明;然后')).toEqual([
      '1:2 zh-autocorrect “见CTO说明;” → “见 CTO说明;”',
      '1:5 zh-autocorrect “见CTO说明;然后” → “见CTO 说明;然后”',
      '1:7 zh-punctuation “;” in Chinese text: write “；”',
    ]);
    // A mark after a Chinese character at the end of the block: only the character before touches it.
    expect(copy('说明;')).toEqual(['1:3 zh-punctuation “;” in Chinese text: write “；”']);
  });

  it('flags brackets around Chinese text even when spaces or digits stand next to them', () => {
    // “(” at index 4 has a space and “1” beside it, “)” at 10 has “2” and a space: only what they enclose is Chinese.
    expect(copy('CTO (1 年 2) 不同')).toEqual(['1:5 zh-punctuation “(” in Chinese text: write “（”', '1:11 zh-punctuation “)” in Chinese text: write “）”']);
    // Two bracket pairs: a “)” looks back only to its own “(”, so the Latin pair stays half-width.
    expect(copy('CTO (a) x (1 年 2) 的')).toEqual(['1:11 zh-punctuation “(” in Chinese text: write “（”', '1:17 zh-punctuation “)” in Chinese text: write “）”']);
  });

  it('leaves half-width marks around Latin text alone, however much Chinese the block holds', () => {
    // A bracket at the very start of the block, around an abbreviation; the block ends in Chinese.
    expect(copy('(SOW) 是工作说明书')).toEqual([]);
    // A comma between two Latin words, after Chinese text earlier in the block: not a bracket, so nothing encloses it.
    expect(copy('见 CTO, CEO 等')).toEqual([]);
  });

  it('is for Chinese blocks only', () => {
    expect(chineseCopy(block('en', 'The CTO,CEO(and 中文)'))).toEqual([]);
  });
});

describe('notNfc', () => {
  it('names each decomposed letter with all its code points, and where it starts', () => {
    // NFD: ự is u + U+031B (horn) + U+0323 (dot below), at index 1; ệ is e + U+0323 + U+0302, at index 11
    // (“Tự do, Vi” holds 11 code units once ự is three: T, u, 2 marks, space, d, o, comma, space, V, i).
    expect(shown(notNfc(block('vi', 'Tự do, Việt'.normalize('NFD'))))).toEqual([
      '1:2 nfc “ự” is written as U+0075 U+031B U+0323, not in NFC: write it precomposed',
      '1:12 nfc “ệ” is written as U+0065 U+0323 U+0302, not in NFC: write it precomposed',
    ]);
  });
});

describe('vietnameseTonePlacement', () => {
  it('gives the site’s form in the word’s own case, and leaves qu- alone in any case', () => {
    expect(shown(vietnameseTonePlacement(block('vi', 'Hoà giải, thoả thuận, tuỳ ý, khoẻ, Quý, quỳ, QUỲ, TUỲ.')))).toEqual([
      '1:1 vi-tone-placement “Hoà”: the site places the tone as in “Hòa”',
      '1:11 vi-tone-placement “thoả”: the site places the tone as in “thỏa”',
      '1:23 vi-tone-placement “tuỳ”: the site places the tone as in “tùy”',
      '1:30 vi-tone-placement “khoẻ”: the site places the tone as in “khỏe”',
      '1:51 vi-tone-placement “TUỲ”: the site places the tone as in “TÙY”',
    ]);
  });

  it('is for Vietnamese blocks only: an English page may spell a Vietnamese name as its owner does', () => {
    expect(vietnameseTonePlacement(block('en', 'Our office in Thanh Hoà.'))).toEqual([]);
  });
});

describe('wrongTerms', () => {
  it('allows a wrong term only as a mention: the term alone inside “ ”, and never a misspelling', () => {
    const text = 'Đừng viết “cập nhập”; từ khóa “dịch vụ CTO thuê ngoài”, “CTO thuê ngoài là gì?” và “CTO thuê ngoài”.';
    // Flagged: the term ending a longer quotation (index 39), the term opening one (57), the quoted misspelling (11).
    expect(wrongTerms(block('vi', text)).map((f) => `${f.column} ${f.rule} ${f.message.split(':')[0]}`)).toEqual([
      '40 terms “CTO thuê ngoài”',
      '58 terms “CTO thuê ngoài”',
      '12 terms “cập nhập”',
    ]);
  });
});

describe('quotationMarks', () => {
  it('tells a straight apostrophe from straight single quotes, and finds “ ” out of balance', () => {
    const text = "Say 'yes' now, he said “one and “two”. Then three” and the CEOs' plan, the CEO's.";
    expect(shown(quotationMarks(block('en', text)))).toEqual([
      // Index 4 and 8: a space on one side of each; 63: after a letter, before a space.
      '1:5 quotes straight single quote: write ‘ ’',
      '1:9 quotes straight single quote: write ‘ ’',
      // The first “ (index 23) is followed by another before any ”; the ” at index 49 closes nothing.
      '1:24 quotes “ is not closed before the next “',
      '1:50 quotes ” closes a quotation that was never opened with “',
      '1:64 quotes straight single quote: write ‘ ’',
      // Between two letters (index 78).
      '1:79 quotes straight apostrophe: write ’',
    ]);
  });

  it('reports straight double quotes, other styles’ marks and a “ left open under the quotes rule', () => {
    expect(quotationMarks(block('zh', '他说"好"，「对」，“未完')).map((f) => `${f.column} ${f.rule}`)).toEqual([
      '3 quotes',
      '5 quotes',
      '7 quotes',
      '9 quotes',
      '11 quotes',
    ]);
  });
});

describe('unrenderedBold', () => {
  it('shows the marker the reader would see and how to fix it', () => {
    expect(shown(unrenderedBold(block('zh', '**怎么收尾？**有')))).toEqual([
      '1:1 unrendered-bold “**” is shown as is: put punctuation next to a bold run outside it (**label**。 not **label。**)',
      '1:8 unrendered-bold “**” is shown as is: put punctuation next to a bold run outside it (**label**。 not **label。**)',
    ]);
  });
});
