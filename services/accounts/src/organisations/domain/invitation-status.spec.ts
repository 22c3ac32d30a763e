import { invitationStatus } from './invitation-status';

describe('an invitation', () => {
  const now = new Date('2026-12-07T08:00:00Z');
  it('is pending until it expires, then expired, and accepted once used whatever the date', () => {
    expect(invitationStatus(new Date('2026-12-08T00:00:00Z'), false, now)).toBe('pending');
    expect(invitationStatus(new Date('2026-12-07T08:00:00Z'), false, now)).toBe('expired');
    expect(invitationStatus(new Date('2026-12-01T00:00:00Z'), true, now)).toBe('accepted');
  });
});
