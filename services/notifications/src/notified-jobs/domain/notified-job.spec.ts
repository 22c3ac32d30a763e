import { decideNotified, notifiedJobKey, jobsNotNotified } from './notified-job';

describe('the "already told" ledger', () => {
  it('tells a job the first time, and again only once it changed materially', () => {
    expect(decideNotified(null, 'fp-aaaaaaaa', 'n1')).toBe('first');
    expect(decideNotified({ jobFingerprint: 'fp-aaaaaaaa', notificationId: 'n1' }, 'fp-aaaaaaaa', 'n2')).toBe(
      'already-told',
    );
    expect(decideNotified({ jobFingerprint: 'fp-aaaaaaaa', notificationId: 'n1' }, 'fp-bbbbbbbb', 'n3')).toBe(
      'changed',
    );
  });

  it('lets the notification that recorded the entry carry on (a redelivered event)', () => {
    expect(decideNotified({ jobFingerprint: 'fp-aaaaaaaa', notificationId: 'n1' }, 'fp-aaaaaaaa', 'n1')).toBe(
      'same-notification',
    );
  });

  it("leaves out of the week's digest a job pushed on Tuesday, unless it changed since", () => {
    const told = new Map([
      ['job-1', { jobFingerprint: 'fp-1-v1', notificationId: 'push-1' }],
      ['job-2', { jobFingerprint: 'fp-2-v1', notificationId: 'push-2' }],
      ['job-4', { jobFingerprint: 'fp-4-v1', notificationId: 'digest-1' }],
    ]);
    const digest = [
      { jobId: 'job-1', jobFingerprint: 'fp-1-v1' },
      { jobId: 'job-2', jobFingerprint: 'fp-2-v2' },
      { jobId: 'job-3', jobFingerprint: 'fp-3-v1' },
      { jobId: 'job-4', jobFingerprint: 'fp-4-v1' },
    ];
    expect(jobsNotNotified(digest, told, 'digest-1').map((job) => job.jobId)).toEqual([
      'job-2',
      'job-3',
      'job-4',
    ]);
  });

  it('keys an entry by veteran and job', () => {
    expect(notifiedJobKey('vet-1', 'job-9')).toBe('vet-1|job-9');
  });
});
