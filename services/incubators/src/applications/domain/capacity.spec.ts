import { capacityPlan, overAllocationMessage } from './capacity';

describe('capacityPlan', () => {
  it('retires the numbers above the new count when lowering', () => {
    expect(capacityPlan(5, 2)).toEqual({ retire: [3, 4, 5], reopenUpTo: 2 });
  });

  it('retires nothing and reopens up to the new count when raising or keeping it', () => {
    expect(capacityPlan(2, 6)).toEqual({ retire: [], reopenUpTo: 6 });
    expect(capacityPlan(4, 4)).toEqual({ retire: [], reopenUpTo: 4 });
  });

  it('retires every number when lowered to none', () => {
    expect(capacityPlan(3, 0)).toEqual({ retire: [1, 2, 3], reopenUpTo: 0 });
  });
});

describe('overAllocationMessage', () => {
  it('names each allocated number above the new count with its holder, in order', () => {
    expect(
      overAllocationMessage('workstation', 2, [
        { number: 5, applicationId: 'b' },
        { number: 3, applicationId: 'a' },
      ]),
    ).toBe(
      'cannot lower workstations to 2: workstation 3 to application a, workstation 5 to application b are allocated; free them first',
    );
  });

  it('speaks of one in the singular', () => {
    expect(overAllocationMessage('seat', 1, [{ number: 2, applicationId: 'a' }])).toBe(
      'cannot lower seats to 1: seat 2 to application a is allocated; free it first',
    );
  });
});
