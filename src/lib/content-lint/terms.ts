/**
 * Words the content must not use, per locale: the site's wrong terms (from the
 * terminology table: a term that names the concept wrongly in that language) and common
 * misspellings that are wrong in every context. A wrong term written inside “ ” is a
 * mention (“some call it X”) and is allowed; a misspelling never is.
 */
import type { Locale } from '../../i18n/locales.ts';

export interface Term {
  /** The wrong form, matched as whole words and case-insensitively. */
  wrong: string;
  /** What to write instead, or why not. */
  advice: string;
  /** Allowed when quoted as a mention. */
  mention?: boolean;
  /** Chinese only: characters after which the term is part of a longer word, not the term. */
  notBefore?: string;
}

export const terms: Record<Locale, readonly Term[]> = {
  en: [
    { wrong: 'accomodate', advice: 'accommodate' },
    { wrong: 'acheive', advice: 'achieve' },
    { wrong: 'begining', advice: 'beginning' },
    { wrong: 'beleive', advice: 'believe' },
    { wrong: 'buisness', advice: 'business' },
    { wrong: 'commited', advice: 'committed' },
    { wrong: 'definately', advice: 'definitely' },
    { wrong: 'enterpreneur', advice: 'entrepreneur' },
    { wrong: 'entrepeneur', advice: 'entrepreneur' },
    { wrong: 'independant', advice: 'independent' },
    { wrong: 'managment', advice: 'management' },
    { wrong: 'occured', advice: 'occurred' },
    { wrong: 'recieve', advice: 'receive' },
    { wrong: 'responsability', advice: 'responsibility' },
    { wrong: 'seperate', advice: 'separate' },
    { wrong: 'succesful', advice: 'successful' },
    { wrong: 'untill', advice: 'until' },
  ],
  zh: [
    {
      wrong: '等待期',
      advice: '股权兑现用“兑现期”“悬崖期”；等待期在中国会计准则（CAS 11）里指整个兑现期',
      mention: true,
      notBefore: '间',
    },
  ],
  vi: [
    {
      wrong: 'CTO thuê ngoài',
      advice: '“CTO như một dịch vụ” (CTO theo dịch vụ); “thuê ngoài” nghe như thuê công ty outsource, chỉ dùng làm từ khóa tìm kiếm',
      mention: true,
    },
    { wrong: 'phó chủ tịch', advice: 'VP of Engineering là “phó giám đốc kỹ thuật”; phó chủ tịch là người của hội đồng quản trị', mention: true },
    { wrong: 'cập nhập', advice: 'cập nhật' },
    { wrong: 'trao dồi', advice: 'trau dồi' },
    { wrong: 'chỉnh chu', advice: 'chỉn chu' },
    { wrong: 'vô hình chung', advice: 'vô hình trung' },
    { wrong: 'chuẩn đoán', advice: 'chẩn đoán' },
    { wrong: 'xuất xắc', advice: 'xuất sắc' },
    { wrong: 'bổ xung', advice: 'bổ sung' },
    { wrong: 'sát nhập', advice: 'sáp nhập' },
    { wrong: 'sản suất', advice: 'sản xuất' },
    { wrong: 'đột suất', advice: 'đột xuất' },
    { wrong: 'kiểm xoát', advice: 'kiểm soát' },
    { wrong: 'sáng lạng', advice: 'xán lạn' },
    { wrong: 'xán lạng', advice: 'xán lạn' },
  ],
};
