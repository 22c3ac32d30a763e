import {
  capacityChangeClaimId,
  changeClaimId,
  runCancelledClaimId,
  seatClaimId,
  seatTryOrder,
  veteranClaimId,
  waitClaimId,
} from './claims';
import { Enrolment, inLineOrder } from './enrolment';
import { completionRefusal, withdrawalRefusal } from './enrolment-rules';

const at = new Date('2026-12-06T10:00:00+08:00');
const enrolment = (fields: Partial<Enrolment> = {}): Enrolment => ({
  id: 'e1',
  runId: 'run-1',
  courseId: 'course-1',
  veteranId: 'v1',
  status: 'enrolled',
  seatNo: 3,
  sequence: 0,
  enrolledAt: at,
  updatedAt: at,
  ...fields,
});
const run = { startsOn: '2027-01-04' };

describe('enrolment rules', () => {
  it('names the claims as the issue says: <runId>:<seatNo> and <runId>:wait:<n>', () => {
    expect(seatClaimId('run-1', 7)).toBe('run-1:7');
    expect(waitClaimId('run-1', 2)).toBe('run-1:wait:2');
    expect(veteranClaimId('run-1', 'v1')).toBe('run-1:veteran:v1');
    expect(changeClaimId('e1', 4)).toBe('e1:change:4');
  });

  it("keeps a run's cancellation and capacity changes out of its seats' `_id` range (<runId>:0 … <runId>::)", () => {
    for (const id of [runCancelledClaimId('run-1'), capacityChangeClaimId('run-1', 3)]) {
      expect(id >= 'run-1:0' && id < 'run-1::').toBe(false);
    }
    expect(capacityChangeClaimId('run-1', 3)).toBe('run-1:capacity:3');
  });

  it('tries every seat once, from a random one', () => {
    expect(seatTryOrder(5, () => 0)).toEqual([1, 2, 3, 4, 5]);
    expect(seatTryOrder(5, () => 0.6)).toEqual([4, 5, 1, 2, 3]);
    expect(seatTryOrder(1, () => 0.99)).toEqual([1]);
  });

  it('keeps the line in place order, leaving out those not in it', () => {
    const line = inLineOrder([
      enrolment({ id: 'a', status: 'waitlisted', waitlistPosition: 3 }),
      enrolment({ id: 'b', status: 'enrolled' }),
      enrolment({ id: 'c', status: 'waitlisted', waitlistPosition: 1 }),
      enrolment({ id: 'd', status: 'cancelled', waitlistPosition: 2 }),
    ]);
    expect(line.map((entry) => entry.id)).toEqual(['c', 'a']);
  });

  it('lets a seat or a place in line go before the first day only', () => {
    expect(withdrawalRefusal(enrolment(), run, at)).toBeUndefined();
    expect(withdrawalRefusal(enrolment({ status: 'waitlisted' }), run, at)).toBeUndefined();
    expect(withdrawalRefusal(enrolment(), run, new Date('2027-01-04T00:00:00+08:00'))).toMatch(
      /started on 2027-01-04/,
    );
    expect(withdrawalRefusal(enrolment({ status: 'cancelled' }), run, at)).toBe('the enrolment is cancelled');
  });

  it('records completion for an enrolled veteran once the run started, and once', () => {
    const started = new Date('2027-01-10T09:00:00+08:00');
    expect(completionRefusal(enrolment(), run, started)).toBeUndefined();
    expect(completionRefusal(enrolment(), run, at)).toMatch(/starts on 2027-01-04/);
    expect(completionRefusal(enrolment({ status: 'waitlisted' }), run, started)).toMatch(/waitlisted/);
    expect(completionRefusal(enrolment({ status: 'completed' }), run, started)).toBe(
      'completion was already recorded',
    );
  });
});
