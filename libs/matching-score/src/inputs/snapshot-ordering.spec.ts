import {
  jobClosedFreshness,
  jobSnapshotFreshness,
  profileSnapshotFreshness,
  statusChangeFreshness,
} from './snapshot-ordering';

describe('snapshot ordering', () => {
  const open = { status: 'open' as const, updatedAt: '2026-11-01T02:00:00.000Z' };

  it('applies a newer job snapshot, redoes the effects of the same one, ignores an older one', () => {
    expect(jobSnapshotFreshness(null, '2026-11-01T02:00:00Z')).toBe('newer');
    expect(jobSnapshotFreshness(open, '2026-11-01T03:00:00Z')).toBe('newer');
    expect(jobSnapshotFreshness(open, '2026-11-01T02:00:00Z')).toBe('same');
    expect(jobSnapshotFreshness(open, '2026-11-01T01:00:00Z')).toBe('stale');
  });

  it('keeps a closed job closed', () => {
    const closed = { status: 'closed' as const, updatedAt: '2026-11-01T02:00:00Z' };
    expect(jobSnapshotFreshness(closed, '2026-12-01T00:00:00Z')).toBe('stale');
    expect(jobClosedFreshness(closed)).toBe('same');
    expect(jobClosedFreshness(open)).toBe('newer');
    expect(jobClosedFreshness(null)).toBe('newer');
  });

  it('orders profiles by revision', () => {
    const held = { revision: 3, jobSeekingStatus: 'actively-looking' as const };
    expect(profileSnapshotFreshness(null, 1)).toBe('newer');
    expect(profileSnapshotFreshness(held, 4)).toBe('newer');
    expect(profileSnapshotFreshness(held, 3)).toBe('same');
    expect(profileSnapshotFreshness(held, 2)).toBe('stale');
  });

  it('applies a status change only when the profile update of its revision did not already', () => {
    const held = { revision: 3, jobSeekingStatus: 'actively-looking' as const };
    expect(statusChangeFreshness(held, 3, 'actively-looking')).toBe('same');
    expect(statusChangeFreshness(held, 4, 'employed')).toBe('newer');
    expect(statusChangeFreshness(held, 2, 'employed')).toBe('stale');
    expect(statusChangeFreshness(null, 2, 'employed')).toBe('unknown-veteran');
  });
});
