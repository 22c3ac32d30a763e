import { installmentOverdue, loanApplicationDecided, loanClosed } from '@vetlink/contracts';
import { closedPayload, decidedPayload, overduePayload } from './loan-events';
import { aDisbursedLoan, anApplication } from './loan.fixture';

const at = new Date('2026-03-01T02:00:00Z');

// A Nanjing veteran borrowing from Xuzhou's product: the application's city is the veteran's, not the bank's.
const IN_NANJING = { cityId: 'nanjing' };

describe('the events after a submission name the city the application was submitted in', () => {
  it('puts it on a decision, approved or rejected, and the contract takes it', () => {
    for (const decision of ['approved', 'rejected'] as const) {
      const payload = decidedPayload(anApplication(IN_NANJING), decision, 'checked', at);
      expect(payload.cityId).toBe('nanjing');
      expect(loanApplicationDecided.payload.parse(payload)).toEqual(payload);
    }
  });

  it('puts it on an overdue notice', () => {
    const loan = aDisbursedLoan(IN_NANJING);
    const installment = loan.installments[0];
    const payload = overduePayload(loan, { kind: 'overdue', installment, daysLate: 3, outstandingFen: 1 });
    expect(payload.cityId).toBe('nanjing');
    expect(installmentOverdue.payload.parse(payload)).toEqual(payload);
  });

  it('puts it on a closing', () => {
    const payload = closedPayload(aDisbursedLoan(IN_NANJING), at);
    expect(payload.cityId).toBe('nanjing');
    expect(loanClosed.payload.parse(payload)).toEqual(payload);
  });
});
