import { hasOpenings, hireRecording } from './hiring';
import { sampleJob } from './job.fixture';

describe('counting hires on a job', () => {
  it('counts a hire once per application', () => {
    const job = sampleJob({ hiredCount: 1, hiredApplicationIds: ['a-1'], headcount: 3 });
    expect(hireRecording(job, 'a-1')).toEqual({ kind: 'already-recorded' });
    expect(hireRecording(job, 'a-2')).toEqual({ kind: 'record', hiredCount: 2, fills: false });
  });

  it('fills a live job when hires reach the headcount', () => {
    expect(
      hireRecording(sampleJob({ hiredCount: 1, hiredApplicationIds: ['a-1'], headcount: 2 }), 'a-2'),
    ).toMatchObject({ fills: true });
    expect(hireRecording(sampleJob({ status: 'paused', headcount: 1 }), 'a-1')).toMatchObject({
      fills: true,
    });
  });

  it('keeps counting on a job closed at its deadline, which stays closed', () => {
    expect(hireRecording(sampleJob({ status: 'closed', headcount: 1 }), 'a-1')).toEqual({
      kind: 'record',
      hiredCount: 1,
      fills: false,
    });
  });

  it('knows when every position is taken', () => {
    expect(hasOpenings(sampleJob({ hiredCount: 2, headcount: 2 }))).toBe(false);
    expect(hasOpenings(sampleJob({ hiredCount: 1, headcount: 2 }))).toBe(true);
  });
});
