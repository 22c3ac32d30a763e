import { IllegalTransitionError } from '@vetlink/http';
import { assertCanTake, transition } from './lifecycle';
import { anApplication, TELLER, VETERAN } from './loan.fixture';

describe('the loan state machine', () => {
  const at = new Date('2026-01-12T00:00:00Z');

  it('walks an application from draft through bank review to approval, recording who, when and why', () => {
    let loan = anApplication();
    loan = transition(loan, 'submit', VETERAN, at, 'submitted by the veteran');
    loan = transition(loan, 'record-eligibility', VETERAN, at, 'all rules passed');
    loan = transition(loan, 'refer-to-bank', VETERAN, at, 'eligible');
    loan = transition(loan, 'approve', TELLER, at, 'business plan is sound');
    expect(loan.state).toBe('approved');
    expect(loan.history.map((step) => `${step.from}>${step.to}`)).toEqual([
      'draft>submitted',
      'submitted>eligibility-checked',
      'eligibility-checked>bank-review',
      'bank-review>approved',
    ]);
    expect(loan.history[3]).toEqual({
      from: 'bank-review',
      to: 'approved',
      at,
      by: TELLER,
      reason: 'business plan is sound',
    });
  });

  it('refuses an illegal step naming the current state', () => {
    const approved = anApplication({ state: 'approved' });
    expect(() => transition(approved, 'approve', TELLER, at, 'again')).toThrow(IllegalTransitionError);
    expect(() => transition(approved, 'approve', TELLER, at, 'again')).toThrow(
      /the loan is approved: cannot approve it/,
    );
  });

  it('lets the veteran withdraw before disbursement, never after', () => {
    for (const state of ['draft', 'submitted', 'eligibility-checked', 'bank-review', 'approved'] as const)
      expect(() => assertCanTake(anApplication({ state }), 'withdraw')).not.toThrow();
    for (const state of ['disbursed', 'repaying', 'closed', 'rejected', 'defaulted', 'withdrawn'] as const)
      expect(() => assertCanTake(anApplication({ state }), 'withdraw')).toThrow(new RegExp(`is ${state}`));
  });
});
