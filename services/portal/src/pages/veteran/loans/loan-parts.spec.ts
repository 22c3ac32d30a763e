import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { describe, expect, it } from 'vitest';
import { createPortalI18n } from '../../../i18n';
import EligibilityReport from './EligibilityReport.vue';
import ScheduleTable from './ScheduleTable.vue';

function plugins(locale: 'zh-CN' | 'en' = 'zh-CN') {
  return { global: { plugins: [ElementPlus, createPortalI18n(locale)] } };
}

const rule = (name: string, passed: boolean, reason: string) => ({ rule: name, passed, reason });

describe('the eligibility report', () => {
  it('names only the failed rules of an ineligible application, each with the service’s reason', () => {
    const wrapper = mount(EligibilityReport, {
      props: {
        eligibility: {
          checkedAt: '2026-12-07T01:00:00Z',
          eligible: false,
          rules: [
            rule('product-offered', true, 'offered'),
            rule('veteran-service-record', false, 'the profile carries no service record'),
          ],
          subsidy: {
            applies: false,
            conditions: [rule('verified-veteran', false, 'not a verified veteran')],
          },
        },
      },
      ...plugins(),
    });
    const text = wrapper.text();
    expect(text).toContain('资格审查未通过');
    expect(text).toContain('档案含服役经历');
    expect(text).toContain('the profile carries no service record');
    expect(text).not.toContain('产品在售');
    expect(wrapper.get('[data-testid="subsidy-applies"]').text()).toBe('不符合贴息条件');
    expect(wrapper.find('[lang="en"]').exists()).toBe(true);
  });

  it('lists every rule met without repeating the service’s notes', () => {
    const wrapper = mount(EligibilityReport, {
      props: {
        eligibility: {
          checkedAt: '2026-12-07T01:00:00Z',
          eligible: true,
          rules: [rule('product-offered', true, 'offered'), rule('some-new-rule', true, 'fine')],
          subsidy: { applies: true, conditions: [] },
        },
      },
      ...plugins('en'),
    });
    expect(wrapper.text()).toContain('Product offered');
    // a rule the portal has no name for yet shows the service's own name
    expect(wrapper.text()).toContain('some-new-rule');
    expect(wrapper.text()).not.toContain('offered is');
    expect(wrapper.text()).not.toContain('fine');
  });
});

describe('the schedule table', () => {
  it('shows what is due with the subsidy, and the fund’s share struck through once forfeited', () => {
    const base = {
      dueOn: '2027-01-07',
      principalFen: 791_562,
      borrowerInterestFen: 43_750,
      fundInterestFen: 43_750,
    };
    const wrapper = mount(ScheduleTable, {
      props: {
        caption: 'schedule',
        withStatus: true,
        installments: [
          { ...base, sequence: 1, status: 'paid' as const, paidFen: 835_312, forfeited: false },
          {
            ...base,
            sequence: 2,
            dueOn: '2027-02-07',
            status: 'pending' as const,
            paidFen: 0,
            forfeited: true,
          },
        ],
      },
      ...plugins(),
    });
    const [first, second] = wrapper.findAll('[data-testid="installment"]');
    expect(first?.text()).toContain('¥8,353.12');
    expect(first?.text()).toContain('已还');
    // forfeited: the borrower owes the fund's 437.50 too
    expect(second?.text()).toContain('¥8,790.62');
    expect(second?.find('s').text()).toBe('¥437.50');
    expect(second?.text()).toContain('逾期已取消贴息');
  });
});
