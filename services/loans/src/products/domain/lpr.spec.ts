import { lprBpFor, lprInForce } from './lpr';

describe('the LPR in force', () => {
  const quotes = [
    { effectiveOn: '2025-05-20', oneYearBp: 300, fiveYearBp: 350 },
    { effectiveOn: '2024-10-21', oneYearBp: 310, fiveYearBp: 360 },
  ];

  it('is the latest quote effective on or before the day', () => {
    expect(lprInForce(quotes, '2025-05-19')?.oneYearBp).toBe(310);
    expect(lprInForce(quotes, '2025-05-20')?.oneYearBp).toBe(300);
    const current = lprInForce(quotes, '2026-01-01');
    expect(current && lprBpFor(current, '5y')).toBe(350);
  });

  it('is none before the first quote', () => {
    expect(lprInForce(quotes, '2020-01-01')).toBeUndefined();
  });
});
