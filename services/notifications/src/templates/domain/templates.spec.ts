import { DEFAULT_CALENDAR_SETTINGS } from '@vetlink/calendar';
import { jobMatched } from '@vetlink/contracts';
import { jobMatchedPayload } from '@vetlink/matching-score/testing';
import { createTemplateRegistry, TEMPLATES } from './catalogue';
import { isStalePush, topReasons } from './job-matched.template';
import { SHORT_TEXT_LIMIT, defineTemplate } from './template';
import { InvalidTemplateDataError, TemplateRegistry, UnknownTemplateError } from './template-registry';
import { z } from 'zod';

const context = { portalBaseUrl: 'https://vetlink.example.cn', calendar: DEFAULT_CALENDAR_SETTINGS };

describe('job push template', () => {
  const registry = createTemplateRegistry();
  const payload = jobMatched.payload.parse(jobMatchedPayload());

  it('shows title, employer, place, salary, distance and the top reasons in Chinese by default', () => {
    const { zh } = registry.render('job-matched', payload, context);
    expect(zh.title).toBe('新岗位推荐：仓储物流主管');
    expect(zh.body.split('\n')).toEqual([
      '南京顺达物流有限公司｜南京市玄武区',
      '月薪 6,000–9,000 元 · 距您家 12 公里',
      '退役军人优先录用',
      '推荐理由：',
      '· 需要 C1 驾驶证——您持有',
      '· 仓储管理——来自您的后勤保障专业',
      '· 与您的服役经历相符的职业',
      '报名截止：2026-04-30',
    ]);
    expect(zh.link).toBe('https://vetlink.example.cn/jobs/665f1c2ab3d4e5f601234567');
  });

  it('reads the same in English', () => {
    const { en } = registry.render('job-matched', payload, context);
    expect(en.title).toBe('A job for you: 仓储物流主管');
    expect(en.body).toContain('南京顺达物流有限公司 | Xuanwu District, Nanjing');
    expect(en.body).toContain('CNY 6,000–9,000 a month · 12 km from home');
    expect(en.body).toContain('· Needs a C1 driving licence: you have it');
    expect(en.body).toContain('Apply by 2026-04-30');
  });

  it('keeps a one-line version short enough for SMS and WeChat gateways', () => {
    const long = jobMatched.payload.parse(jobMatchedPayload({ title: '高级'.repeat(55) }));
    const { zh, en } = registry.render('job-matched', long, context);
    expect([...zh.short].length).toBeLessThanOrEqual(SHORT_TEXT_LIMIT);
    expect([...en.short].length).toBeLessThanOrEqual(SHORT_TEXT_LIMIT);
    expect(zh.short.endsWith('…')).toBe(true);
  });

  it('picks reasons that speak for the job, never gaps or vetoes, and facts the summary already shows last', () => {
    expect(topReasons(payload.reasons).map((reason) => reason.kind)).toEqual([
      'certificate',
      'skill',
      'occupation',
    ]);
    const onlyDistance = payload.reasons.filter(
      (reason) => reason.kind === 'distance' || reason.polarity === 'gap',
    );
    expect(topReasons(onlyDistance).map((reason) => reason.kind)).toEqual(['distance']);
  });

  it('does not push a match older than the limit (a consumer catching up, or reading history)', () => {
    const now = new Date('2026-03-05T02:00:00.000Z');
    expect(isStalePush({ matchedAt: '2026-03-02T02:00:00.000Z' }, now, 72 * 3600_000)).toBe(false);
    expect(isStalePush({ matchedAt: '2026-03-02T01:59:59.000Z' }, now, 72 * 3600_000)).toBe(true);
  });

  it('leaves the distance out when matching does not know where the veteran lives', () => {
    const unknown = jobMatched.payload.parse({ ...payload, job: { ...payload.job, distanceKm: null } });
    expect(registry.render('job-matched', unknown, context).zh.body.split('\n')[1]).toBe(
      '月薪 6,000–9,000 元',
    );
  });
});

describe('template registry', () => {
  it('holds every template once, urgent and critical kinds among them', () => {
    const registry = createTemplateRegistry();
    expect(registry.types()).toHaveLength(TEMPLATES.length);
    expect(registry.get('mentor-session-reminder')).toMatchObject({ urgent: true, critical: false });
    expect(registry.get('mentor-booking-changed')).toMatchObject({ critical: true });
    expect(registry.get('loan-decision')).toMatchObject({ critical: true, category: 'loans' });
  });

  it('renders the programme templates in both languages', () => {
    const registry = createTemplateRegistry();
    const loan = registry.render(
      'loan-decision',
      { loanId: 'a1', decision: 'approved', amountFen: 20_000_000, reason: '资料齐全，符合条件' },
      context,
    );
    expect(loan.zh.title).toBe('创业贷款申请已获批准，金额 200,000 元');
    expect(loan.en.title).toBe('Your startup loan application was approved for CNY 200,000');
    const digest = registry.render(
      'weekly-digest',
      {
        weekOf: '2026-03-02',
        jobs: [
          {
            jobId: 'j1',
            jobFingerprint: 'fp-000001',
            title: '安保主管',
            employerName: '苏州安保',
            cityId: 'suzhou',
            districtId: null,
            salary: { min: 5000, max: 7000 },
          },
        ],
      },
      context,
    );
    expect(digest.zh.body).toContain('· 安保主管｜苏州安保｜苏州市｜月薪 5,000–7,000 元');
  });

  it('refuses data that breaks the template schema, naming the field', () => {
    const registry = createTemplateRegistry();
    expect(() => registry.render('loan-decision', { loanId: 'a1' }, context)).toThrow(
      InvalidTemplateDataError,
    );
    expect(() => registry.render('loan-decision', { loanId: 'a1' }, context)).toThrow(/amountFen/);
  });

  it('refuses an unknown type, a type defined twice and an unknown category', () => {
    const registry = createTemplateRegistry();
    expect(() => registry.get('nope')).toThrow(UnknownTemplateError);
    expect(() => new TemplateRegistry([...TEMPLATES, TEMPLATES[0]!])).toThrow(/twice/);
    const stray = defineTemplate({
      type: 'stray',
      description: '',
      category: 'parking' as never,
      critical: false,
      urgent: false,
      data: z.object({}),
      render: () => ({ title: '', body: '', short: '', link: null }),
    });
    expect(() => new TemplateRegistry([stray])).toThrow(/unknown category/);
  });
});
