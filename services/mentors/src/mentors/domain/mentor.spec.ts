import { IllegalTransitionError } from '@vetlink/http';
import { averageOf, missingPlace, nextStatus } from './mentor';

describe('a mentor through verification', () => {
  it('goes applied → verified → suspended → verified, or applied → rejected', () => {
    expect(nextStatus('applied', 'verify')).toBe('verified');
    expect(nextStatus('verified', 'suspend')).toBe('suspended');
    expect(nextStatus('suspended', 'reactivate')).toBe('verified');
    expect(nextStatus('applied', 'reject')).toBe('rejected');
  });

  it('refuses other steps, naming the current status', () => {
    expect(() => nextStatus('rejected', 'verify')).toThrow(IllegalTransitionError);
    expect(() => nextStatus('applied', 'suspend')).toThrow('the mentor is applied: cannot suspend');
  });

  it('needs an address to meet in person and a link to meet online', () => {
    expect(missingPlace({ modes: ['online', 'in-person'] }).map((issue) => issue.field)).toEqual([
      'address',
      'meetingLink',
    ]);
    expect(missingPlace({ modes: ['online'], meetingLink: 'https://meet.example.cn/x' })).toEqual([]);
  });

  it('averages ratings to two decimals', () => {
    expect(averageOf([5, 4, 4])).toBe(4.33);
    expect(averageOf([])).toBeUndefined();
  });
});
