import { refuseChange } from './cut-off';

const session = {
  status: 'booked' as const,
  start: new Date('2026-12-08T02:00:00Z'),
  end: new Date('2026-12-08T03:00:00Z'),
};
const cancel = { cutOffHours: 12, change: 'cancel' as const };

describe('who may change a session when', () => {
  it('lets a veteran cancel up to the cut-off, not after', () => {
    expect(refuseChange(session, 'veteran', new Date('2026-12-07T14:00:00Z'), cancel)).toBeUndefined();
    expect(refuseChange(session, 'veteran', new Date('2026-12-07T14:00:01Z'), cancel)).toBe('past-cut-off');
    expect(
      refuseChange(session, 'veteran', new Date('2026-12-07T20:00:00Z'), { ...cancel, cutOffHours: 2 }),
    ).toBeUndefined();
  });

  it('lets a mentor cancel at any time before the end, with a reason', () => {
    const late = new Date('2026-12-08T01:59:00Z');
    expect(refuseChange(session, 'mentor', late, cancel)).toBe('reason-required');
    expect(refuseChange(session, 'mentor', late, { ...cancel, reason: 'ill' })).toBeUndefined();
    expect(
      refuseChange(session, 'mentor', new Date('2026-12-08T03:00:00Z'), { ...cancel, reason: 'x' }),
    ).toBe('started');
  });

  it('refuses to change a session that is not booked any more', () => {
    expect(refuseChange({ ...session, status: 'cancelled' }, 'officer', new Date(), cancel)).toBe(
      'not-booked',
    );
  });
});
