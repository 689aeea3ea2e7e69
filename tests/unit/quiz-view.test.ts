/** What a page hands the island: one locale's text, resolved links, and tool links with the answers' inputs. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { answerParams, toolHref } from '../../src/lib/quiz/tool-link';
import { answerShape, localizeQuiz } from '../../src/lib/quiz/view';
import { quizSchema } from '../../src/schemas/quiz';

const load = (id: string) => quizSchema.parse(parse(readFileSync(`content/quizzes/${id}.yaml`, 'utf8')));
const labels = ['1', '2', '3', '4', '5'];

describe('localizeQuiz', () => {
  it('keeps one locale’s text and resolves guide sections and the tool to that locale', () => {
    const view = localizeQuiz('partnership-health', load('partnership-health'), 'zh', 'CNY', labels);
    expect(view.kind).toBe('scale');
    if (view.kind !== 'scale') return;
    expect(view.title).toBe('你们的 CEO–CTO 合作关系健康吗？');
    expect(view.path).toBe('/zh/quizzes/partnership-health/');
    expect(view.comparePath).toBe('/zh/quizzes/partnership-health/compare/');
    expect(view.tool).toEqual({ id: 'bad-hire-cost', label: '不得不更换首席技术官时要付出多少代价', path: '/zh/tools/bad-hire-cost/', currency: 'CNY' });
    expect(view.dimensions[0]!.links[0]).toEqual({ href: '/zh/guides/healthy-partnership/#understand-each-others-role', label: '理解彼此的角色' });
    expect(view.questions.every((q) => q.options.map((o) => o.label).join() === labels.join())).toBe(true);
    expect(JSON.stringify(view)).not.toContain('"en"');
  });

  it('carries next steps, a tool caveat where the outcome has one, and a dimension’s actions in that locale', () => {
    const choice = localizeQuiz('leadership-role', load('leadership-role'), 'zh', 'CNY', labels);
    if (choice.kind !== 'choice') throw new Error('leadership-role is a choice quiz');
    const [companyBuilder, serviceCto] = choice.outcomes;
    expect(serviceCto!.nextSteps).toHaveLength(3);
    expect(serviceCto!.nextSteps[0]).toBe('把你在一个服务期里交付的东西，写成创始人可以核对的成果。');
    expect(serviceCto!.toolCaveat).toMatch(/^“站在 CTO 角度看这笔交易”计算器可能显示全职路径的期望值更高/);
    // The company builder's result has no caveat: the view has no such key, rather than an empty one.
    expect(companyBuilder!.id).toBe('company-builder');
    expect('toolCaveat' in companyBuilder!).toBe(false);
    const scale = localizeQuiz('partnership-health', load('partnership-health'), 'vi', 'VND', labels);
    if (scale.kind !== 'scale') throw new Error('partnership-health is a scale quiz');
    expect(scale.dimensions[0]!.actions).toHaveLength(3);
    expect(scale.dimensions[0]!.actions[1]).toBe('Gọi tên những quyết định mỗi người tự đưa ra và những quyết định phải cùng nhau đưa ra.');
  });

  it('carries each outcome’s one-line why and its summary in that locale', () => {
    const view = localizeQuiz('cto-model', load('cto-model'), 'vi', 'VND', labels);
    if (view.kind !== 'choice') throw new Error('cto-model is a choice quiz');
    expect(view.outcomes[2]).toMatchObject({ id: 'co-founder', why: 'Công nghệ là trái tim của công ty, còn tiền mặt thì eo hẹp.' });
    expect(view.outcomes[2]!.summary).toMatch(/^Công nghệ là trái tim của thứ bạn đang xây dựng/);
  });

  it('sends a VP of Engineering result first to the guide that sets the role beside the CTO’s', () => {
    const view = localizeQuiz('leadership-role', load('leadership-role'), 'vi', 'VND', labels);
    if (view.kind !== 'choice') throw new Error('leadership-role is a choice quiz');
    const vp = view.outcomes.find((o) => o.id === 'vp-engineering')!;
    expect(vp.links[0]).toEqual({
      href: '/vi/guides/cto-vs-vp-engineering/#two-roles',
      label: 'Hai vai trò dễ nhầm lẫn',
    });
  });

  it.each(['en', 'zh', 'vi'] as const)('sends the technical co-founder result to the technical co-founder guide first (%s)', (locale) => {
    const view = localizeQuiz('cto-model', load('cto-model'), locale, 'USD', labels);
    if (view.kind !== 'choice') throw new Error('cto-model is a choice quiz');
    const coFounder = view.outcomes.find((o) => o.id === 'co-founder')!;
    expect(coFounder.links[0]!.href).toBe(`/${locale}/guides/technical-co-founder/#when-a-co-founder-fits`);
  });

  it.each(['en', 'zh', 'vi'] as const)('sends the “not yet” result, which suggests a partner firm, to the outsourcing checklist first (%s)', (locale) => {
    const view = localizeQuiz('cto-model', load('cto-model'), locale, 'USD', labels);
    if (view.kind !== 'choice') throw new Error('cto-model is a choice quiz');
    const notYet = view.outcomes.find((o) => o.id === 'not-yet')!;
    expect(notYet.links[0]!.href).toBe(`/${locale}/guides/outsourcing-vs-service-cto/#checklist`);
  });

  it('carries each answer’s reason, and what it rules out, in that locale', () => {
    const view = localizeQuiz('cto-model', load('cto-model'), 'zh', 'CNY', labels);
    if (view.kind !== 'choice') throw new Error('cto-model is a choice quiz');
    const budget = view.questions.find((q) => q.id === 'budget')!;
    expect(budget.options[1]).toMatchObject({ weights: { 'not-yet': 5 }, excludes: ['full-time', 'service-then-full-time'] });
    expect(budget.options[1]!.reason).toMatch(/^指南里的服务型 CTO/);
    expect(view.questions.every((q) => q.options.every((o) => o.reason.length > 0))).toBe(true);
  });

  it('gives the share codes and saved progress the shape of the quiz', () => {
    const view = localizeQuiz('cto-model', load('cto-model'), 'vi', 'VND', labels);
    expect(answerShape(view)).toEqual({ revision: 2, optionCounts: [4, 4, 3, 4, 4, 4, 3, 3, 3, 3] });
  });
});

describe('tool links', () => {
  it('writes the versioned query with the names the tool reads, in the tool’s order', () => {
    expect(toolHref('/en/tools/cost-comparison/', 'cost-comparison', { svcMonths: 18, cur: 'USD' })).toBe(
      '/en/tools/cost-comparison/?v=1&cur=USD&svcMonths=18',
    );
  });

  it('takes the inputs from the chosen answers, later answers winning, and ignores names the tool does not read', () => {
    const chosen = [{ params: { careerYears: 10, svcMonths: 12 } }, { params: {} }, { params: { careerYears: 20 } }];
    expect(answerParams('cto-career', chosen)).toEqual({ careerYears: 20 });
  });

  it('sets a tool’s switch from an answer, ignoring values and switches the tool does not offer', () => {
    const chosen = [
      { params: { svcMode: 'fractional', svcDaysPerWeek: 2 } },
      { params: { view: 'sideways', horizonYears: 4 } },
      { params: { colour: 'blue' } },
    ];
    const values = answerParams('cost-comparison', chosen);
    expect(values).toEqual({ svcMode: 'fractional', svcDaysPerWeek: 2, horizonYears: 4 });
    expect(toolHref('/en/tools/cost-comparison/', 'cost-comparison', { cur: 'USD', ...values })).toBe(
      '/en/tools/cost-comparison/?v=1&cur=USD&horizonYears=4&svcDaysPerWeek=2&svcMode=fractional',
    );
    // The career calculator has no switches: a switch value for it is dropped.
    expect(answerParams('cto-career', [{ params: { svcMode: 'fractional' } }])).toEqual({});
  });

  it('opens the cost comparison for a part-time CTO when the budget buys a day or two a week', () => {
    const quiz = load('cto-model');
    const budget = quiz.kind === 'choice' ? quiz.questions.find((q) => q.id === 'budget') : undefined;
    const partTime = budget?.options.find((o) => o.label.en.startsWith('A senior fee for a day or two a week'));
    expect(partTime?.params).toEqual({ svcMode: 'fractional', svcDaysPerWeek: 2 });
  });

  it('gives each currency’s page the vacancy cost the answer on timing sets in that currency', () => {
    const timingOf = (currency: 'USD' | 'CNY' | 'VND') => {
      const view = localizeQuiz('cto-model', load('cto-model'), currency === 'USD' ? 'en' : currency === 'CNY' ? 'zh' : 'vi', currency, labels);
      if (view.kind !== 'choice') throw new Error('cto-model is a choice quiz');
      return view.questions.find((q) => q.id === 'timeline')!.options.map((o) => o.params);
    };
    expect(timingOf('USD')[0]).toEqual({ svcMonths: 12, vacancyMonthlyCost: 50_000 });
    expect(timingOf('CNY')[0]).toEqual({ svcMonths: 12, vacancyMonthlyCost: 225_000 });
    expect(timingOf('VND')[1]).toEqual({ svcMonths: 18, vacancyMonthlyCost: 150_000_000 });
    expect(timingOf('VND')[2]).toEqual({ svcMonths: 24, vacancyMonthlyCost: 0 });
    expect(toolHref('/vi/tools/cost-comparison/', 'cost-comparison', { cur: 'VND', ...answerParams('cost-comparison', [{ params: timingOf('VND')[0]! }]) })).toBe(
      '/vi/tools/cost-comparison/?v=1&cur=VND&vacancyMonthlyCost=300000000&svcMonths=12',
    );
  });
});
