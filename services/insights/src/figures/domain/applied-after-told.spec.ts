import {
  applicationSide,
  tellingSide,
  type AppliedFact,
  type EngagementFact,
  type ToldFact,
} from './applied-after-told';
import type { Contribution } from './contribution';
import { joinAndClaim } from './join';
import { FakeJoinMemory } from './join-memory.fake';

const SUBMITTED_AT = '2027-05-10T02:00:00.000Z';
const at = (hours: number) => new Date(Date.parse(SUBMITTED_AT) + hours * 3600_000).toISOString();

const applied = (overrides: Partial<AppliedFact> = {}): AppliedFact => ({
  kind: 'applied',
  applicationId: 'app-1',
  submittedAt: SUBMITTED_AT,
  cityId: 'xuzhou',
  districtId: 'xuzhou-gulou',
  ...overrides,
});
const told = (
  hoursFromApplication: number,
  via: ToldFact['via'] = 'push',
  notificationId = `n-${via}`,
): ToldFact => ({
  kind: 'told',
  notificationId,
  via,
  toldAt: at(hoursFromApplication),
});

const application = (fact = applied()) => applicationSide('v1', 'job-1', fact);
const telling = (fact: ToldFact) => tellingSide('v1', 'job-1', fact);

const countedIn = (figure: string, cityId = 'xuzhou', districtId = 'xuzhou-gulou'): Contribution => ({
  figure: figure as Contribution['figure'],
  day: '2027-05-10',
  cityId,
  districtId,
  amount: 1,
});

/** Everything the events counted, in the order given, each as an event of its own id. */
async function countAll(
  memory: FakeJoinMemory<EngagementFact>,
  sides: [ReturnType<typeof application>, string][],
) {
  const counted: Contribution[] = [];
  for (const [side, eventId] of sides) counted.push(...(await joinAndClaim(memory, side, eventId)));
  return counted;
}

describe('applied after told (push or digest before the application)', () => {
  it('counts an application told by push before it once, on its day and in its job’s place, whichever arrives first', async () => {
    const pushFirst = await countAll(new FakeJoinMemory(), [
      [telling(told(-5)), 'told-event'],
      [application(), 'application-event'],
    ]);
    const applicationFirst = await countAll(new FakeJoinMemory(), [
      [application(), 'application-event'],
      [telling(told(-5)), 'told-event'],
    ]);
    const expected = [countedIn('applications-after-told'), countedIn('applications-after-push')];
    expect(pushFirst).toEqual(expected);
    expect(applicationFirst).toEqual(expected);
  });

  it('counts nothing for an application without a telling, nor for a telling after it (either order)', async () => {
    expect(await countAll(new FakeJoinMemory(), [[application(), 'a']])).toEqual([]);
    expect(
      await countAll(new FakeJoinMemory(), [
        [application(), 'a'],
        [telling(told(1)), 't'],
      ]),
    ).toEqual([]);
    expect(
      await countAll(new FakeJoinMemory(), [
        [telling(told(1)), 't'],
        [application(), 'a'],
      ]),
    ).toEqual([]);
    // Told at the very instant of the application: not before it.
    expect(
      await countAll(new FakeJoinMemory(), [
        [telling(told(0)), 't'],
        [application(), 'a'],
      ]),
    ).toEqual([]);
  });

  it('counts once when both sides find each other at the same moment, and once again only for the claimant’s redelivery', async () => {
    const memory = new FakeJoinMemory<EngagementFact>();
    // Both wrote their fact before either read: each sees the other.
    await memory.remember(application().slot, applied());
    await memory.remember(telling(told(-5)).slot, told(-5));
    const byTelling = await joinAndClaim(memory, telling(told(-5)), 'told-event');
    const byApplication = await joinAndClaim(memory, application(), 'application-event');
    expect([...byTelling, ...byApplication]).toEqual([
      countedIn('applications-after-told'),
      countedIn('applications-after-push'),
    ]);
    // Redeliveries: the claimant counts again (its tally skips the repeat), the other side nothing.
    expect(await joinAndClaim(memory, telling(told(-5)), 'told-event')).toEqual(byTelling);
    expect(await joinAndClaim(memory, application(), 'application-event')).toEqual([]);
  });

  it('counts an application told both ways once in total and once per way, in any order', async () => {
    const push = telling(told(-48, 'push'));
    const digest = telling(told(-2, 'digest'));
    const orders: [ReturnType<typeof application>, string][][] = [
      [
        [push, 'p'],
        [digest, 'd'],
        [application(), 'a'],
      ],
      [
        [application(), 'a'],
        [digest, 'd'],
        [push, 'p'],
      ],
      [
        [digest, 'd'],
        [application(), 'a'],
        [push, 'p'],
      ],
    ];
    for (const order of orders) {
      const counted = await countAll(new FakeJoinMemory(), order);
      expect(counted.map((c) => c.figure).sort()).toEqual([
        'applications-after-digest',
        'applications-after-push',
        'applications-after-told',
      ]);
    }
  });

  it('counts a digest before and a push after as after a digest only', async () => {
    const counted = await countAll(new FakeJoinMemory(), [
      [telling(told(3, 'push')), 'p'],
      [application(), 'a'],
      [telling(told(-3, 'digest')), 'd'],
    ]);
    expect(counted).toEqual([countedIn('applications-after-told'), countedIn('applications-after-digest')]);
  });

  it('keeps an application without a place under unknown, and each application of the veteran to the job apart', async () => {
    const memory = new FakeJoinMemory<EngagementFact>();
    const counted = await countAll(memory, [
      [application(applied({ applicationId: 'old', cityId: undefined, districtId: undefined })), 'a-old'],
      [application(applied({ applicationId: 'new' })), 'a-new'],
      [telling(told(-1)), 't'],
    ]);
    expect(counted).toEqual([
      countedIn('applications-after-told', 'unknown', 'unknown'),
      countedIn('applications-after-push', 'unknown', 'unknown'),
      countedIn('applications-after-told'),
      countedIn('applications-after-push'),
    ]);
  });

  it('joins a veteran’s telling of one job with nothing of another job or veteran', async () => {
    const memory = new FakeJoinMemory<EngagementFact>();
    await joinAndClaim(memory, tellingSide('v1', 'job-2', told(-5)), 't-other-job');
    await joinAndClaim(memory, tellingSide('v2', 'job-1', told(-5)), 't-other-veteran');
    expect(await joinAndClaim(memory, application(), 'a')).toEqual([]);
  });
});
