import type { RememberedCompletion, RememberedHire } from './hired-after-course';
import { hiredWithinWindow } from './hired-after-course';
import { joinAndClaim } from './join';
import { FakeJoinMemory } from './join-memory.fake';
import { completionSide, hireSide, pairedClaimId, type OutcomeFact } from './pairing';

type MemoryOfOutcomes = FakeJoinMemory<OutcomeFact>;

const pairCompletion = (memory: MemoryOfOutcomes, completion: RememberedCompletion, eventId: string) =>
  joinAndClaim(memory, completionSide(completion), eventId);
const pairHire = (memory: MemoryOfOutcomes, hire: RememberedHire, eventId: string) =>
  joinAndClaim(memory, hireSide(hire), eventId);

const DAY_MS = 24 * 3600_000;
const COMPLETED_AT = '2027-05-10T02:00:00.000Z';
const after = (days: number, hours = 0) =>
  new Date(Date.parse(COMPLETED_AT) + days * DAY_MS + hours * 3600_000).toISOString();

const completion: RememberedCompletion = {
  veteranId: 'v1',
  enrolmentId: 'en-1',
  courseId: 'c-forklift',
  courseTitle: '叉车司机培训',
  cityId: 'xuzhou',
  completedAt: COMPLETED_AT,
};
const hire = (hiredAt: string, applicationId = 'app-1'): RememberedHire => ({
  veteranId: 'v1',
  applicationId,
  hiredAt,
});

describe('completion → hire within 90 days', () => {
  it('pairs a hire 0 to 90 days after the completion, not before it nor after 90 days', () => {
    expect(hiredWithinWindow(COMPLETED_AT, after(89))).toBe(true);
    expect(hiredWithinWindow(COMPLETED_AT, after(0))).toBe(true);
    expect(hiredWithinWindow(COMPLETED_AT, after(90))).toBe(true);
    expect(hiredWithinWindow(COMPLETED_AT, after(90, 1))).toBe(false);
    expect(hiredWithinWindow(COMPLETED_AT, after(91))).toBe(false);
    expect(hiredWithinWindow(COMPLETED_AT, after(0, -1))).toBe(false);
  });

  it('counts a hire at day 89 in the course’s city on the hire’s day, whichever arrives first', async () => {
    const hireFirst = new FakeJoinMemory<OutcomeFact>();
    expect(await pairHire(hireFirst, hire(after(89)), 'hire-event')).toEqual([]);
    const fromCompletion = await pairCompletion(hireFirst, completion, 'completion-event');

    const completionFirst = new FakeJoinMemory<OutcomeFact>();
    expect(await pairCompletion(completionFirst, completion, 'completion-event')).toEqual([]);
    const fromHire = await pairHire(completionFirst, hire(after(89)), 'hire-event');

    const pair = {
      figure: 'course-completers-hired-90d',
      day: '2027-08-07',
      cityId: 'xuzhou',
      districtId: 'unknown',
      amount: 1,
      course: { id: 'c-forklift', title: '叉车司机培训' },
    };
    expect(fromCompletion).toEqual([pair]);
    expect(fromHire).toEqual([pair]);
  });

  it('does not count a hire at day 91, nor one before the completion', async () => {
    for (const hiredAt of [after(91), after(-3)]) {
      const memory = new FakeJoinMemory<OutcomeFact>();
      expect(await pairHire(memory, hire(hiredAt), 'h')).toEqual([]);
      expect(await pairCompletion(memory, completion, 'c')).toEqual([]);
      expect(memory.claims.size).toBe(0);
    }
  });

  it('counts the pair once when both sides find each other and when each event comes again', async () => {
    const memory = new FakeJoinMemory<OutcomeFact>();
    // Two instances at once: both wrote themselves before reading, so both see the other.
    const side = hireSide(hire(after(10)));
    await memory.remember(side.slot, side.fact);
    const fromCompletion = await pairCompletion(memory, completion, 'c');
    const fromHire = await pairHire(memory, hire(after(10)), 'h');
    expect([...fromCompletion, ...fromHire]).toHaveLength(1);
    // A redelivery of the winner counts again (its tally skips it); of the loser, never.
    expect(await pairCompletion(memory, completion, 'c')).toHaveLength(1);
    expect(await pairHire(memory, hire(after(10)), 'h')).toEqual([]);
  });

  it('counts a completion once however many hires follow it; a hire once per course completed before it', async () => {
    const memory = new FakeJoinMemory<OutcomeFact>();
    await pairCompletion(memory, completion, 'c1');
    expect(await pairHire(memory, hire(after(20), 'app-1'), 'h1')).toHaveLength(1);
    expect(await pairHire(memory, hire(after(30), 'app-2'), 'h2')).toEqual([]);
    await pairCompletion(
      memory,
      { ...completion, enrolmentId: 'en-2', courseId: 'c-crane', completedAt: after(25) },
      'c2',
    );
    // The second course's completion pairs with the hire on day 30 (day 5 after it), the first hire was before it.
    expect(memory.claims.get(pairedClaimId({ ...completion, enrolmentId: 'en-2' }))).toBe('c2');
    expect(memory.claims.size).toBe(2);
  });
});
