import { blocks, capacityPrefixOf, claimPlan, reschedulePlan } from './claims';

const limits = { upcomingPerVeteran: 2, maxPerDay: 4, maxPerWeek: 10 };
const request = (start: string, end: string, blockedFrom = start, blockedUntil = end) => ({
  mentorId: 'm1',
  veteranId: 'v1',
  start: new Date(start),
  end: new Date(end),
  blockedFrom: new Date(blockedFrom),
  blockedUntil: new Date(blockedUntil),
  limits,
});

describe('booking claims', () => {
  it("claims the mentor's busy blocks (buffers included) and the veteran's session blocks", () => {
    const plan = claimPlan(
      request('2026-12-07T01:00:00Z', '2026-12-07T02:00:00Z', '2026-12-07T00:45:00Z', '2026-12-07T02:15:00Z'),
    );
    expect(plan.exact.filter((id) => id.startsWith('mentor:'))).toHaveLength(6);
    expect(plan.exact.filter((id) => id.startsWith('veteran:'))).toEqual([
      'veteran:v1:2026-12-07T01:00:00.000Z',
      'veteran:v1:2026-12-07T01:15:00.000Z',
      'veteran:v1:2026-12-07T01:30:00.000Z',
      'veteran:v1:2026-12-07T01:45:00.000Z',
    ]);
    expect(plan.capacities.map((capacity) => [capacity.prefix, capacity.limit])).toEqual([
      ['upcoming:v1', 2],
      ['pair:v1:m1', 1],
      ['mentor-day:m1:2026-12-07', 4],
      ['mentor-week:m1:2026-W50', 10],
    ]);
  });

  it('makes overlapping but not identical sessions share a block', () => {
    const a = claimPlan(request('2026-12-07T01:00:00Z', '2026-12-07T02:00:00Z'));
    const b = claimPlan(request('2026-12-07T01:30:00Z', '2026-12-07T02:30:00Z'));
    expect(a.exact.filter((id) => b.exact.includes(id)).length).toBeGreaterThan(0);
  });

  it('counts a block as busy when any part of it is', () => {
    expect(blocks(new Date('2026-12-07T01:10:00Z'), new Date('2026-12-07T01:16:00Z'))).toEqual([
      new Date('2026-12-07T01:00:00Z'),
      new Date('2026-12-07T01:15:00Z'),
    ]);
  });

  it('reschedules by keeping the shared blocks and places, claiming the rest, releasing the old', () => {
    const old = claimPlan(request('2026-12-07T01:00:00Z', '2026-12-07T02:00:00Z'));
    const held = [...old.exact, ...old.capacities.map((capacity) => `${capacity.prefix}:0`)];
    const next = claimPlan(request('2026-12-07T01:30:00Z', '2026-12-07T02:30:00Z'));
    const plan = reschedulePlan(held, next);
    expect(plan.claimExact).toEqual([
      'mentor:m1:2026-12-07T02:00:00.000Z',
      'mentor:m1:2026-12-07T02:15:00.000Z',
      'veteran:v1:2026-12-07T02:00:00.000Z',
      'veteran:v1:2026-12-07T02:15:00.000Z',
    ]);
    expect(plan.claimCapacities).toEqual([]);
    expect(plan.release).toEqual([
      'mentor:m1:2026-12-07T01:00:00.000Z',
      'mentor:m1:2026-12-07T01:15:00.000Z',
      'veteran:v1:2026-12-07T01:00:00.000Z',
      'veteran:v1:2026-12-07T01:15:00.000Z',
    ]);
    const nextDay = reschedulePlan(held, claimPlan(request('2026-12-08T01:00:00Z', '2026-12-08T02:00:00Z')));
    expect(nextDay.claimCapacities.map((capacity) => capacity.prefix)).toEqual(['mentor-day:m1:2026-12-08']);
    expect(nextDay.release).toContain('mentor-day:m1:2026-12-07:0');
  });

  it('tells a capacity place from a time block', () => {
    expect(capacityPrefixOf('upcoming:v1:1')).toBe('upcoming:v1');
    expect(capacityPrefixOf('mentor:m1:2026-12-07T01:00:00.000Z')).toBeUndefined();
  });
});
