import type { Contribution } from './contribution';
import { joinAndClaim } from './join';
import { FakeJoinMemory } from './join-memory.fake';
import { jobPlaceSide, pushOpenedSide, type PushOpeningFact } from './push-opened-place';

const job = () => jobPlaceSide('job-1', { kind: 'job', cityId: 'xuzhou', districtId: 'xuzhou-gulou' });
// 23:30 in Shanghai on 31 January: counted on that day.
const opened = (notificationId = 'n1', readAt = '2027-01-31T15:30:00.000Z') =>
  pushOpenedSide('job-1', { kind: 'opened', notificationId, readAt });
const inXuzhou = (day = '2027-01-31'): Contribution => ({
  figure: 'job-pushes-opened',
  day,
  cityId: 'xuzhou',
  districtId: 'xuzhou-gulou',
  amount: 1,
});

describe('job pushes opened, in the job’s place', () => {
  it('counts an opening once on its day in the job’s city and district, whichever arrives first', async () => {
    const jobFirst = new FakeJoinMemory<PushOpeningFact>();
    expect(await joinAndClaim(jobFirst, job(), 'posted')).toEqual([]);
    expect(await joinAndClaim(jobFirst, opened(), 'read')).toEqual([inXuzhou()]);

    const openedFirst = new FakeJoinMemory<PushOpeningFact>();
    expect(await joinAndClaim(openedFirst, opened(), 'read')).toEqual([]);
    expect(await joinAndClaim(openedFirst, job(), 'posted')).toEqual([inXuzhou()]);
  });

  it('counts each push of the job opened, once, the job placing those opened before it arrived', async () => {
    const memory = new FakeJoinMemory<PushOpeningFact>();
    await joinAndClaim(memory, opened('n1'), 'read-1');
    await joinAndClaim(memory, opened('n2', '2027-02-01T02:00:00.000Z'), 'read-2');
    expect(await joinAndClaim(memory, job(), 'posted')).toEqual([inXuzhou(), inXuzhou('2027-02-01')]);
    // A third after the job: counted by itself; the earlier ones again: nothing (their claims are the job's).
    expect(await joinAndClaim(memory, opened('n3'), 'read-3')).toEqual([inXuzhou()]);
    expect(await joinAndClaim(memory, opened('n1'), 'read-1')).toEqual([]);
  });

  it('counts once when both sides find each other at the same moment; the claimant’s redelivery again', async () => {
    const memory = new FakeJoinMemory<PushOpeningFact>();
    await memory.remember(job().slot, job().fact);
    await memory.remember(opened().slot, opened().fact);
    const byOpening = await joinAndClaim(memory, opened(), 'read');
    const byJob = await joinAndClaim(memory, job(), 'posted');
    expect([...byOpening, ...byJob]).toEqual([inXuzhou()]);
    expect(await joinAndClaim(memory, opened(), 'read')).toEqual([inXuzhou()]);
    expect(await joinAndClaim(memory, job(), 'posted')).toEqual([]);
  });

  it('counts nothing while the job is unknown, and nothing for another job’s opening', async () => {
    const memory = new FakeJoinMemory<PushOpeningFact>();
    expect(await joinAndClaim(memory, opened(), 'read')).toEqual([]);
    await joinAndClaim(
      memory,
      pushOpenedSide('job-2', { kind: 'opened', notificationId: 'n9', readAt: '2027-01-31T02:00:00.000Z' }),
      'other',
    );
    expect(await joinAndClaim(memory, job(), 'posted')).toEqual([inXuzhou()]);
  });
});
