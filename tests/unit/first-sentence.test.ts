import { describe, expect, it } from 'vitest';
import { firstSentence } from '../../src/lib/first-sentence';

describe('firstSentence in English and Vietnamese (a stop and a space)', () => {
  it('ends at the first stop followed by a space', () => {
    expect(firstSentence('Equity is ownership in the company. Founders often receive it.', 'latin')).toBe(
      'Equity is ownership in the company.',
    );
    expect(firstSentence('Cổ phần là quyền sở hữu công ty. Nhà sáng lập thường được chia cổ phần.', 'latin')).toBe(
      'Cổ phần là quyền sở hữu công ty.',
    );
  });

  it('does not end inside a number', () => {
    expect(firstSentence('A unicorn is valued at $1.5 billion or more. Few are.', 'latin')).toBe('A unicorn is valued at $1.5 billion or more.');
    expect(firstSentence('Chỉ khoảng 0.01% dự án thành kỳ lân. Con số này là ước đoán.', 'latin')).toBe('Chỉ khoảng 0.01% dự án thành kỳ lân.');
  });

  it('does not end after a known abbreviation', () => {
    expect(firstSentence('A fractional CTO works part-time, e.g. Two days a week. That is common.', 'latin')).toBe(
      'A fractional CTO works part-time, e.g. Two days a week.',
    );
    expect(firstSentence('In the U.S. The rules differ by state. Check them.', 'latin')).toBe('In the U.S. The rules differ by state.');
    expect(firstSentence('Công ty ở TP. Hồ Chí Minh thuê một CTO. Sau đó họ mở rộng.', 'latin')).toBe(
      'Công ty ở TP. Hồ Chí Minh thuê một CTO.',
    );
    expect(firstSentence('Hired through Acme Inc. And then left. Later.', 'latin')).toBe('Hired through Acme Inc. And then left.');
  });

  it('knows an abbreviation after opening brackets and quotation marks', () => {
    expect(firstSentence('A fee (e.g. Two days a week) is common. Next.', 'latin')).toBe('A fee (e.g. Two days a week) is common.');
    expect(firstSentence('A fee (“e.g. Two days”) is common. Next.', 'latin')).toBe('A fee (“e.g. Two days”) is common.');
  });

  it('ends at a question or exclamation mark whatever the next word starts with', () => {
    expect(firstSentence('Who owns the code? the company, always. Next.', 'latin')).toBe('Who owns the code?');
    expect(firstSentence('Sign first! 2 copies. Next.', 'latin')).toBe('Sign first!');
  });

  it('does not end where the next word starts in lower case or with a digit', () => {
    expect(firstSentence('Code, tests, docs, etc. are the platform. The CTO owns it.', 'latin')).toBe('Code, tests, docs, etc. are the platform.');
    expect(firstSentence('Mã nguồn, hạ tầng, v.v. đều là nền tảng. CTO chịu trách nhiệm.', 'latin')).toBe(
      'Mã nguồn, hạ tầng, v.v. đều là nền tảng.',
    );
    expect(firstSentence('It costs approx. 5 months of salary. Plan for it.', 'latin')).toBe('It costs approx. 5 months of salary.');
  });

  it('ends after "etc." or "v.v." when a new sentence starts', () => {
    expect(firstSentence('Code, tests, docs, etc. The CTO owns it.', 'latin')).toBe('Code, tests, docs, etc.');
    expect(firstSentence('Mã nguồn, hạ tầng, v.v. CTO chịu trách nhiệm.', 'latin')).toBe('Mã nguồn, hạ tầng, v.v.');
  });

  it('keeps a closing quotation mark or bracket with the sentence it ends', () => {
    expect(firstSentence('He called it “the seat.” Then he left.', 'latin')).toBe('He called it “the seat.”');
    expect(firstSentence('A retainer (a fixed monthly fee.) Then more.', 'latin')).toBe('A retainer (a fixed monthly fee.)');
  });

  it('ends at a question or exclamation mark followed by a space', () => {
    expect(firstSentence('Who owns the code? The company should.', 'latin')).toBe('Who owns the code?');
    expect(firstSentence('Sign it first! Then start.', 'latin')).toBe('Sign it first!');
  });

  it('takes the whole text when it is one sentence, and trims it', () => {
    expect(firstSentence('  A handover ends an engagement.  ', 'latin')).toBe('A handover ends an engagement.');
    expect(firstSentence('No stop at all', 'latin')).toBe('No stop at all');
    expect(firstSentence('', 'latin')).toBe('');
  });

  it('does not end at a full-width stop', () => {
    expect(firstSentence('Quoted 股权。 in passing. Next.', 'latin')).toBe('Quoted 股权。 in passing.');
  });
});

describe('firstSentence in Chinese (a full-width mark, no space)', () => {
  it('ends at the first 。', () => {
    expect(firstSentence('股权就是对公司的所有权。创始人通常都会拿到股权。', 'han')).toBe('股权就是对公司的所有权。');
  });

  it('does not end inside a number, or at a Latin stop and space', () => {
    expect(firstSentence('独角兽是估值达到 1.5 亿美元的公司，见 U.S. News 的报道。其余不算。', 'han')).toBe(
      '独角兽是估值达到 1.5 亿美元的公司，见 U.S. News 的报道。',
    );
    expect(firstSentence('他只给了 0.01% 的估计。出处见下。', 'han')).toBe('他只给了 0.01% 的估计。');
  });

  it('ends at ！ or ？, and keeps a closing quotation mark with the sentence', () => {
    expect(firstSentence('谁拥有代码？应当是公司。', 'han')).toBe('谁拥有代码？');
    expect(firstSentence('他说：“先签合同。”然后才开工。', 'han')).toBe('他说：“先签合同。”');
  });

  it('takes the whole text when it has no full-width stop', () => {
    expect(firstSentence(' 技术债务 ', 'han')).toBe('技术债务');
  });
});
