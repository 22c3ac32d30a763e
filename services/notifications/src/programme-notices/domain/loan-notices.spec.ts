import { DEFAULT_CALENDAR_SETTINGS } from '@vetlink/calendar';
import { createTemplateRegistry } from '../../templates/domain/catalogue';
import { yuanFromFen } from '../../templates/domain/format';
import {
  installmentDueNotice,
  installmentOverdueNotice,
  loanClosedNotice,
  loanDecidedNotice,
  loanDisbursedNotice,
} from './loan-notices';

const context = { portalBaseUrl: 'https://vetlink.example.cn', calendar: DEFAULT_CALENDAR_SETTINGS };
const loan = { loanId: 'loan-1', veteranId: 'veteran-li', bankId: 'bank-xz-1', productId: 'product-1' };

describe('loan notices from the loans events', () => {
  const registry = createTemplateRegistry();
  const render = (notice: { type: string; data: unknown }) =>
    registry.render(notice.type, notice.data, context);

  it('shows fen as yuan, exactly', () => {
    expect(yuanFromFen(30_000_000)).toBe('300,000');
    expect(yuanFromFen(1_234_505)).toBe('12,345.05');
    expect(yuanFromFen(7)).toBe('0.07');
    expect(yuanFromFen(0)).toBe('0');
  });

  it("tells a decision, critical, with the amount in yuan and the bank's reason, naming no bank", () => {
    const approved = loanDecidedNotice({
      ...loan,
      decision: 'approved',
      reason: '经营计划可行',
      amountFen: 30_000_000,
      decidedAt: '2026-12-01T02:00:00.000Z',
    });
    expect(approved).toMatchObject({ userId: 'veteran-li', type: 'loan-decision' });
    const { zh, en } = render(approved);
    expect(zh.title).toBe('创业贷款申请已获批准，金额 300,000 元');
    expect(zh.body).toBe('您的创业贷款申请已获批准，金额 300,000 元。\n银行说明：经营计划可行');
    expect(en.title).toBe('Your startup loan application was approved for CNY 300,000');
    expect(zh.link).toBe('https://vetlink.example.cn/loans/loan-1');
    expect(registry.get('loan-decision')).toMatchObject({ critical: true, category: 'loans' });
    const rejected = render(
      loanDecidedNotice({
        ...loan,
        decision: 'rejected',
        reason: '年龄不符合产品要求',
        amountFen: 0,
        decidedAt: '2026-12-01T02:00:00.000Z',
      }),
    );
    expect(rejected.zh.title).toBe('创业贷款申请未获批准');
    expect(rejected.en.title).toBe('Your startup loan application was rejected');
  });

  it('tells the disbursement with rate, subsidy share and first due day', () => {
    const { zh, en } = render(
      loanDisbursedNotice({
        ...loan,
        cityId: 'xuzhou',
        principalFen: 30_000_000,
        termMonths: 36,
        annualRateBp: 385,
        subsidyShareBp: 5000,
        installments: 36,
        totalInterestFen: 1_800_000,
        totalFundInterestFen: 900_000,
        firstDueOn: '2027-01-20',
        disbursedAt: '2026-12-20T02:00:00.000Z',
      }),
    );
    expect(zh.title).toBe('创业贷款 300,000 元 已放款');
    expect(zh.body).toContain('年利率：3.85%，其中 50% 的利息由贴息资金承担');
    expect(en.body).toContain('First instalment due: 2027-01-20');
  });

  it('tells an instalment due, and overdue (critical) once when late and once when the subsidy is lost', () => {
    const due = render(
      installmentDueNotice({ ...loan, sequence: 3, dueOn: '2027-03-20', borrowerDueFen: 912_345 }),
    );
    expect(due.zh.title).toBe('第 3 期还款 9,123.45 元 将于 2027-03-20 到期');
    const overdue = { ...loan, sequence: 3, dueOn: '2027-03-20', outstandingFen: 912_345, daysLate: 1 };
    const late = installmentOverdueNotice({ ...overdue, subsidyForfeited: false });
    const forfeited = installmentOverdueNotice({ ...overdue, daysLate: 31, subsidyForfeited: true });
    expect(late.cause).not.toBe(forfeited.cause);
    expect(render(late).en.title).toBe('Instalment 3 is overdue');
    expect(render(forfeited).zh.title).toBe('第 3 期还款逾期，本期贴息已取消');
    expect(registry.get('loan-installment-overdue')).toMatchObject({ critical: true });
    expect(registry.get('loan-installment-due')).toMatchObject({ critical: false });
  });

  it('tells the closing with the interest paid and the subsidy', () => {
    const { zh, en } = render(
      loanClosedNotice({
        ...loan,
        reason: 'repaid-early',
        principalFen: 30_000_000,
        interestPaidFen: 850_000,
        subsidyFen: 849_999,
        closedAt: '2028-06-01T02:00:00.000Z',
      }),
    );
    expect(zh.title).toBe('创业贷款 300,000 元 已提前还清');
    expect(en.body).toContain('Interest the subsidy paid for you: CNY 8,499.99');
  });
});
