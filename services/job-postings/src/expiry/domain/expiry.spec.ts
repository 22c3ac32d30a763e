import { sampleJob } from '../../postings/domain/job.fixture';
import { expiryClosure, isOverdue } from './expiry';

describe('job expiry', () => {
  const deadline = new Date('2025-04-30T15:59:59.000Z');
  const after = new Date('2025-04-30T16:00:00.000Z');
  const before = new Date('2025-04-30T15:00:00.000Z');

  it('takes open and paused jobs at their deadline, not before', () => {
    expect(isOverdue(sampleJob({ deadline, status: 'open' }), after)).toBe(true);
    expect(isOverdue(sampleJob({ deadline, status: 'paused' }), deadline)).toBe(true);
    expect(isOverdue(sampleJob({ deadline, status: 'open' }), before)).toBe(false);
  });

  it('leaves drafts and finished jobs alone', () => {
    for (const status of ['draft', 'closed', 'filled'] as const)
      expect(isOverdue(sampleJob({ deadline, status }), after)).toBe(false);
  });

  it('closes an overdue job, saying why', () => {
    expect(expiryClosure(sampleJob({ deadline }), after)).toEqual({
      status: 'closed',
      closedAt: after,
      closeReason: 'deadline-passed',
      updatedAt: after,
    });
    expect(() => expiryClosure(sampleJob({ deadline }), before)).toThrow(/not overdue/);
  });
});
