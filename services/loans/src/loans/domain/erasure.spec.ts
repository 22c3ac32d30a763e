import { anonymised, ERASED_PURPOSE } from './erasure';
import { transition } from './lifecycle';
import { aDisbursedLoan, TELLER, VETERAN } from './loan.fixture';

describe("an erased veteran's loan", () => {
  it('keeps its amounts, schedule and history but no longer says whose it was', () => {
    const defaulted = transition(
      aDisbursedLoan({
        business: { name: '老兵果蔬', creditCode: '91320300MA1XXXXX0Y' },
        guarantor: { kind: 'person', name: '张三' },
      }),
      'default',
      TELLER,
      new Date('2026-06-01T00:00:00Z'),
      'late',
    );
    const withVeteranStep = {
      ...defaulted,
      history: [{ ...defaulted.history[0], by: VETERAN }, ...defaulted.history.slice(1)],
    };
    const erased = anonymised(withVeteranStep, 'veteran-1');
    expect(erased).toMatchObject({ veteranId: 'erased-veteran-loan-1', purpose: ERASED_PURPOSE });
    expect(erased).not.toHaveProperty('business');
    expect(erased).not.toHaveProperty('guarantor');
    expect(erased.installments).toEqual(withVeteranStep.installments);
    expect(erased.history.map((step) => step.by.userId)).toEqual(['erased-veteran-loan-1', 'teller-1']);
    expect(JSON.stringify(erased)).not.toContain('veteran-1"');
  });
});
