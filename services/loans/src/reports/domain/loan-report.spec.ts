import { buildReport } from './loan-report';

describe('loan reports', () => {
  const loans = [
    {
      bankId: 'bank-a',
      cityId: 'xuzhou',
      state: 'repaying' as const,
      amountFen: 100,
      disbursedOn: '2026-01-15',
      pendingDueOn: ['2026-02-15'],
    },
    {
      bankId: 'bank-a',
      cityId: 'suqian',
      state: 'closed' as const,
      amountFen: 50,
      disbursedOn: '2026-02-01',
      pendingDueOn: [],
    },
    {
      bankId: 'bank-b',
      cityId: 'xuzhou',
      state: 'disbursed' as const,
      amountFen: 30,
      disbursedOn: '2026-02-20',
      pendingDueOn: ['2026-03-20'],
    },
  ];

  it('counts disbursed, active and overdue loans by bank, with the ledger’s subsidy beside them', () => {
    const report = buildReport(
      'bank',
      loans,
      [{ key: 'bank-a', subsidyFen: 40, reversedFen: 5, netFen: 35 }],
      '2026-03-01',
    );
    expect(report.rows).toEqual([
      {
        key: 'bank-a',
        disbursedCount: 2,
        disbursedFen: 150,
        activeCount: 1,
        overdueCount: 1,
        subsidyFen: 40,
        reversedFen: 5,
        interestSavedFen: 35,
      },
      {
        key: 'bank-b',
        disbursedCount: 1,
        disbursedFen: 30,
        activeCount: 1,
        overdueCount: 0,
        subsidyFen: 0,
        reversedFen: 0,
        interestSavedFen: 0,
      },
    ]);
    expect(report.totals).toMatchObject({ disbursedFen: 180, interestSavedFen: 35 });
  });

  it('groups loans by disbursement month', () => {
    const report = buildReport('month', loans, [], '2026-03-01');
    expect(report.rows.map((row) => [row.key, row.disbursedCount])).toEqual([
      ['2026-01', 1],
      ['2026-02', 2],
    ]);
  });
});
