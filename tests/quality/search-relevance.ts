/**
 * The search relevance set: queries as readers type them, per locale, each with the page
 * that should answer it. A topic's guide answers a topic; a glossary or FAQ entry answers
 * its own term or question. Written from what readers ask, not from what the ranking
 * returns: `npm run bench:search` prints the figures and tests/e2e/search-relevance.test.ts
 * holds hit@3 at 0.9 or more in every locale.
 */
import type { Locale } from '../../src/i18n/locales.ts';

export interface RelevanceCase {
  /** What the reader types, spelling and all. */
  query: string;
  /** The page that should answer it: a site path, with the anchor for a glossary or FAQ entry. */
  expected: string;
}

/** The least hit@3 the suite accepts in any locale. */
export const minimumHitAt3 = 0.9;

const guide = (locale: Locale, slug: string) => `/${locale}/guides/${slug}/`;

export const relevanceSet: Record<Locale, RelevanceCase[]> = {
  en: [
    { query: 'what is cto as a service', expected: guide('en', 'cto-as-a-service') },
    { query: 'part-time cto', expected: guide('en', 'cto-as-a-service') },
    { query: 'outsourced cto', expected: guide('en', 'cto-as-a-service') },
    { query: 'fractional cto', expected: '/en/glossary/#fractional-cto' },
    { query: 'handing over', expected: guide('en', 'handover') },
    { query: 'handover plan', expected: guide('en', 'handover') },
    { query: 'successor', expected: guide('en', 'handover') },
    { query: 'vesting', expected: '/en/glossary/#vesting' },
    { query: 'stock options', expected: '/en/glossary/#stock-options' },
    { query: 'equity for a service cto', expected: '/en/faq/#equity-and-stock-options' },
    { query: 'unicorn odds', expected: guide('en', 'cto-career-math') },
    { query: 'technical debt', expected: '/en/glossary/#technical-debt' },
    { query: 'interview questions', expected: guide('en', 'choosing-the-right-cto') },
    // Reference checks have their own section in the vetting guide since it was added.
    { query: 'reference checks', expected: guide('en', 'vetting-a-service-cto') },
    { query: 'reporting line', expected: guide('en', 'ceo-and-cto-roles') },
    { query: 'who does what ceo cto', expected: guide('en', 'ceo-and-cto-roles') },
    { query: 'blaming', expected: guide('en', 'resolving-conflict') },
    { query: 'ceo cto conflict', expected: guide('en', 'resolving-conflict') },
    { query: 'technical co-founder', expected: '/en/glossary/#technical-co-founder' },
    { query: 'cofounder equity split', expected: guide('en', 'technical-co-founder') },
    { query: 'hard to find a good cto', expected: guide('en', 'hiring-a-cto') },
    { query: 'cost of a bad cto', expected: guide('en', 'bad-cto-cost') },
    { query: 'rebuild the platform', expected: guide('en', 'bad-cto-cost') },
    { query: 'contract length', expected: guide('en', 'engaging-a-service-cto') },
    { query: 'milestones', expected: guide('en', 'engaging-a-service-cto') },
    { query: 'designing the architecture', expected: guide('en', 'first-two-years') },
    { query: 'first two years', expected: guide('en', 'first-two-years') },
    { query: 'rituals', expected: guide('en', 'healthy-partnership') },
    { query: 'career math', expected: guide('en', 'cto-career-math') },
    { query: 'break-even point', expected: '/en/glossary/#break-even-point' },
    { query: 'vacancy cost', expected: '/en/glossary/#vacancy-cost' },
    { query: 'how much does cto as a service cost', expected: '/en/faq/#how-much-does-it-cost' },
    { query: 'technical due diligence', expected: '/en/glossary/#technical-due-diligence' },
    { query: 'data room', expected: guide('en', 'technical-due-diligence') },
  ],
  zh: [
    { query: '什么是CTO即服务', expected: guide('zh', 'cto-as-a-service') },
    { query: '兼职CTO', expected: guide('zh', 'cto-as-a-service') },
    { query: '外聘CTO', expected: guide('zh', 'cto-as-a-service') },
    { query: 'fractional CTO', expected: guide('zh', 'cto-as-a-service') },
    { query: '兼职首席技术官', expected: '/zh/glossary/#fractional-cto' },
    { query: '技术合伙人', expected: '/zh/glossary/#technical-co-founder' },
    { query: '合伙人股权怎么分', expected: guide('zh', 'technical-co-founder') },
    { query: '交接', expected: '/zh/glossary/#handover' },
    { query: '交接计划', expected: guide('zh', 'handover') },
    { query: '接班人', expected: guide('zh', 'handover') },
    { query: '股票期权', expected: '/zh/glossary/#stock-options' },
    { query: '期权押注', expected: guide('zh', 'cto-career-math') },
    { query: '独角兽', expected: '/zh/glossary/#unicorn' },
    { query: '技术债务', expected: '/zh/glossary/#technical-debt' },
    { query: '替换平台', expected: guide('zh', 'bad-cto-cost') },
    { query: '不称职的CTO', expected: guide('zh', 'bad-cto-cost') },
    { query: '面试', expected: guide('zh', 'choosing-the-right-cto') },
    { query: '背景调查', expected: guide('zh', 'vetting-a-service-cto') },
    { query: '汇报关系', expected: guide('zh', 'ceo-and-cto-roles') },
    { query: '职责分工', expected: guide('zh', 'ceo-and-cto-roles') },
    { query: '互相指责', expected: guide('zh', 'resolving-conflict') },
    { query: '冲突', expected: guide('zh', 'resolving-conflict') },
    { query: '好CTO难求', expected: guide('zh', 'hiring-a-cto') },
    { query: '合同期限', expected: guide('zh', 'engaging-a-service-cto') },
    { query: '里程碑', expected: guide('zh', 'engaging-a-service-cto') },
    { query: '技术战略', expected: guide('zh', 'first-two-years') },
    { query: '沟通', expected: guide('zh', 'healthy-partnership') },
    { query: '职业算术', expected: guide('zh', 'cto-career-math') },
    { query: '盈亏平衡点', expected: '/zh/glossary/#break-even-point' },
    { query: '空缺成本', expected: '/zh/glossary/#vacancy-cost' },
    // The pricing guide answers “how much” in full; the FAQ's short answer links to it.
    { query: 'CTO即服务多少钱', expected: guide('zh', 'pricing-models') },
    { query: '技术尽职调查', expected: '/zh/glossary/#technical-due-diligence' },
    { query: '数据室', expected: guide('zh', 'technical-due-diligence') },
  ],
  vi: [
    { query: 'cto như một dịch vụ là gì', expected: guide('vi', 'cto-as-a-service') },
    { query: 'thuê cto', expected: guide('vi', 'cto-as-a-service') },
    { query: 'thue cto', expected: guide('vi', 'cto-as-a-service') },
    { query: 'cto part-time', expected: guide('vi', 'cto-as-a-service') },
    { query: 'cto bán thời gian', expected: '/vi/glossary/#fractional-cto' },
    { query: 'kỳ lân', expected: '/vi/glossary/#unicorn' },
    { query: 'xac suat ky lan', expected: guide('vi', 'cto-career-math') },
    { query: 'bàn giao', expected: '/vi/glossary/#handover' },
    { query: 'lo trinh ban giao', expected: guide('vi', 'handover') },
    { query: 'người kế nhiệm', expected: guide('vi', 'handover') },
    { query: 'quyền chọn cổ phiếu', expected: '/vi/glossary/#stock-options' },
    { query: 'no ky thuat', expected: '/vi/glossary/#technical-debt' },
    { query: 'mất niềm tin vào nền tảng', expected: guide('vi', 'bad-cto-cost') },
    { query: 'tuyen sai cto', expected: guide('vi', 'bad-cto-cost') },
    { query: 'phỏng vấn', expected: guide('vi', 'choosing-the-right-cto') },
    { query: 'nguoi tham chieu', expected: guide('vi', 'vetting-a-service-cto') },
    { query: 'quan hệ báo cáo', expected: guide('vi', 'ceo-and-cto-roles') },
    { query: 'ai lam gi', expected: guide('vi', 'ceo-and-cto-roles') },
    { query: 'đổ lỗi', expected: guide('vi', 'resolving-conflict') },
    { query: 'mau thuan', expected: guide('vi', 'resolving-conflict') },
    { query: 'chiêu mộ cto', expected: guide('vi', 'hiring-a-cto') },
    { query: 'đồng sáng lập kỹ thuật', expected: '/vi/glossary/#technical-co-founder' },
    { query: 'chia co phan dong sang lap', expected: guide('vi', 'technical-co-founder') },
    { query: 'thoi han hop dong', expected: guide('vi', 'engaging-a-service-cto') },
    { query: 'cột mốc', expected: guide('vi', 'engaging-a-service-cto') },
    { query: 'chiến lược công nghệ', expected: guide('vi', 'first-two-years') },
    { query: 'giao tiep', expected: guide('vi', 'healthy-partnership') },
    { query: 'bài toán sự nghiệp', expected: guide('vi', 'cto-career-math') },
    { query: 'diem hoa von', expected: '/vi/glossary/#break-even-point' },
    { query: 'chi phi ghe trong', expected: '/vi/glossary/#vacancy-cost' },
    { query: 'cto dịch vụ tốn bao nhiêu', expected: '/vi/faq/#how-much-does-it-cost' },
    { query: 'thẩm định kỹ thuật', expected: '/vi/glossary/#technical-due-diligence' },
    { query: 'phong du lieu', expected: guide('vi', 'technical-due-diligence') },
  ],
};
