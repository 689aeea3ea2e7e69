/**
 * Synthetic guides for the scale benchmark: realistic English, Chinese and Vietnamese
 * prose with `##`/`###` headings and explicit anchors, the same slugs and anchors in
 * every locale, front matter the guides schema accepts. Each one mirrors a real guide of
 * its locale in turn (`guideProfile`): the same file kind (.md or .mdx), the same embedded
 * calculators and quizzes (`::tool{…}`, `::quiz{…}`, or an MDX component with its imports),
 * the same callouts and diagrams, copied verbatim.
 * Deterministic for a given N and set of real guides.
 */
import { locales, type Locale } from '../../src/i18n/locales.ts';

interface Pool {
  headings: string[];
  sentences: string[];
  title: (n: number) => string;
  description: string;
}

const pools: Record<Locale, Pool> = {
  en: {
    headings: ['Why the first two years decide the platform', 'What a fractional CTO owns', 'Setting the budget', 'Signs the partnership is strained', 'Handing over to an in-house lead', 'Measuring progress each quarter'],
    sentences: [
      'A founder who hires the wrong chief technology officer pays twice: once for the salary and again for the platform that has to be rebuilt.',
      'The first year is about architecture, hiring the core team and choosing the processes that everyone else will follow.',
      'Write down every decision that would be expensive to reverse, with the reason it was taken and the alternatives that were rejected.',
      'A service CTO works a fixed number of days each month and hands the routine work to the engineers who will stay.',
      'When the CEO and the CTO disagree in front of the team, settle the question in private and announce one decision together.',
      'Technical debt is not a failure in itself; it becomes one when nobody can say what it costs or when it will be repaid.',
      'Ask for a written handover plan at least three months before the engagement ends, with a named successor and a period of overlap.',
      'Compare the options with your own numbers: salary, equity, recruiting fees and the months a vacancy costs the roadmap.',
    ],
    title: (n) => `Benchmark guide ${n}: planning technology leadership`,
    description: 'A synthetic guide for the build benchmark, with the length and structure of a real one.',
  },
  zh: {
    headings: ['为什么头两年决定了平台的走向', '外部 CTO 负责哪些事', '怎样定预算', '合作关系紧张的信号', '如何交接给内部负责人', '每个季度怎样衡量进展'],
    sentences: [
      '创始人招错首席技术官要付两次代价：一次是薪酬，另一次是不得不推倒重来的平台。',
      '第一年的重点是架构、组建核心团队，以及确定其他人都要遵循的流程。',
      '凡是改起来代价很高的决定，都要写下来，连同当时的理由和被否决的其他方案。',
      '按服务模式合作的 CTO 每月投入固定天数，把日常工作交给会留下来的工程师。',
      '首席执行官和首席技术官在团队面前意见不一时，先私下把问题谈清楚，再一起宣布一个决定。',
      '技术债务本身不是失败；没人说得清它的代价、也没人知道何时偿还，它才成了失败。',
      '合作结束前至少三个月就要拿到书面交接计划，写明接班人和重叠期。',
      '用你自己的数字比较各种方案：薪酬、股权、招聘费用，以及职位空缺拖慢路线图的那几个月。',
    ],
    title: (n) => `基准测试指南 ${n}：规划技术领导力`,
    description: '用于构建基准测试的合成指南，篇幅和结构与真实指南相当。',
  },
  vi: {
    headings: ['Vì sao hai năm đầu quyết định nền tảng', 'CTO dịch vụ chịu trách nhiệm những gì', 'Lập ngân sách', 'Dấu hiệu quan hệ hợp tác đang căng thẳng', 'Bàn giao cho người phụ trách nội bộ', 'Đo lường tiến độ mỗi quý'],
    sentences: [
      'Nhà sáng lập tuyển nhầm giám đốc công nghệ sẽ trả giá hai lần: một lần cho tiền lương và một lần cho nền tảng phải xây lại.',
      'Năm đầu tiên dành cho kiến trúc, tuyển đội ngũ nòng cốt và chọn những quy trình mà mọi người khác sẽ theo.',
      'Hãy ghi lại mọi quyết định tốn kém nếu phải đảo ngược, kèm lý do và các phương án đã bị loại.',
      'CTO theo mô hình dịch vụ làm việc một số ngày cố định mỗi tháng và giao việc thường ngày cho các kỹ sư sẽ ở lại.',
      'Khi CEO và CTO bất đồng trước mặt đội ngũ, hãy giải quyết riêng rồi cùng nhau công bố một quyết định.',
      'Nợ kỹ thuật tự nó không phải thất bại; nó thành thất bại khi không ai nói được nó tốn bao nhiêu và bao giờ trả.',
      'Hãy yêu cầu kế hoạch bàn giao bằng văn bản ít nhất ba tháng trước khi hợp đồng kết thúc, có người kế nhiệm và thời gian làm song song.',
      'So sánh các phương án bằng số liệu của chính bạn: lương, cổ phần, phí tuyển dụng và những tháng vị trí bỏ trống làm chậm lộ trình.',
    ],
    title: (n) => `Hướng dẫn đo hiệu năng ${n}: hoạch định vai trò lãnh đạo công nghệ`,
    description: 'Một hướng dẫn tổng hợp cho phép đo thời gian dựng trang, có độ dài và cấu trúc như bài thật.',
  },
};

/** What a real guide holds besides prose: what the synthetic guides copy from it. */
export interface GuideProfile {
  /** The real guide's file name, e.g. `handover.md` or `bad-cto-cost.mdx`. */
  file: string;
  /** Module imports (an MDX guide's). */
  imports: string[];
  /** Embedded calculators and quizzes, one line each: a leaf directive, or an MDX component. */
  components: string[];
  /** Container directives (callouts and diagrams), each from its `:::name` line to its closing `:::`. */
  directives: string[];
}

export function guideProfile(file: string, text: string): GuideProfile {
  const lines = text.split('\n');
  const directives: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (!/^:::[a-z]/.test(lines[i] ?? '')) continue;
    const end = lines.indexOf(':::', i + 1);
    if (end < 0) throw new Error(`${file}: the directive on line ${i + 1} is not closed`);
    directives.push(lines.slice(i, end + 1).join('\n'));
    i = end;
  }
  return {
    file,
    imports: lines.filter((line) => line.startsWith('import ')),
    components: lines.filter((line) => /^(?:<[A-Z]|::[a-z]+\{)/.test(line)),
    directives,
  };
}

function extensionOf(profile: GuideProfile): '.md' | '.mdx' {
  return profile.file.endsWith('.md') ? '.md' : '.mdx';
}

/** Six sections of two or three paragraphs, each of three to five sentences, with the profile's blocks between them. */
function body(locale: Locale, n: number, profile: GuideProfile): string {
  const pool = pools[locale];
  const joiner = locale === 'zh' ? '' : ' ';
  const sections = pool.headings.map((heading, s) => {
    const paragraphs = Array.from({ length: 2 + ((n + s) % 2) }, (_, p) =>
      Array.from({ length: 3 + ((n + s + p) % 3) }, (_, k) => pool.sentences[(n + s * 3 + p * 2 + k) % pool.sentences.length]).join(joiner),
    );
    const level = s % 3 === 2 ? '###' : '##';
    return `${level} ${heading} {#section-${s + 1}}\n\n${paragraphs.join('\n\n')}`;
  });
  const blocks = [...profile.directives, ...profile.components];
  blocks.forEach((block, k) => {
    const s = k % sections.length;
    sections[s] = `${sections[s]}\n\n${block}`;
  });
  return sections.join('\n\n');
}

export interface GuideFile {
  /** Path under the content directory, e.g. `guides/zh/bench-0001.mdx`. */
  path: string;
  text: string;
}

/**
 * `perLocale` guides in every locale; guide n mirrors `profiles[locale][n % length]`, so
 * every locale's guide n mirrors the same real guide when the profiles are sorted alike.
 */
export function syntheticGuides(
  perLocale: number,
  track: string,
  source: string,
  profiles: Readonly<Record<Locale, readonly GuideProfile[]>>,
): GuideFile[] {
  return locales.flatMap((locale) =>
    Array.from({ length: perLocale }, (_, i) => {
      const n = i + 1;
      const slug = `bench-${String(n).padStart(4, '0')}`;
      const profile = profiles[locale][n % profiles[locale].length];
      if (!profile) throw new Error(`No real guides to mirror in ${locale}`);
      const front = [
        '---',
        `title: ${JSON.stringify(pools[locale].title(n))}`,
        `description: ${JSON.stringify(pools[locale].description)}`,
        `track: ${track}`,
        `order: ${n}`,
        'updated: 2026-11-01',
        `sources: [${source}]`,
        // Generated guides share their locale's site card rather than each drawing one (README, Performance).
        'card: false',
        '---',
      ].join('\n');
      const imports = profile.imports.length > 0 ? `${profile.imports.join('\n')}\n\n` : '';
      return { path: `guides/${locale}/${slug}${extensionOf(profile)}`, text: `${front}\n\n${imports}${body(locale, n, profile)}\n` };
    }),
  );
}
