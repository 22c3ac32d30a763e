import { decide, windowStart } from './rate-limits';

const limits = { perUserPerMinute: 10, perAddressPerMinute: 100 };

describe('rate limits', () => {
  it('let requests through up to the limit, and name the limit that refuses', () => {
    expect(decide(limits, { user: 10, address: 50, resetSeconds: 30 })).toMatchObject({
      allowed: true,
      remaining: 0,
      limit: 10,
    });
    expect(decide(limits, { user: 11, address: 50, resetSeconds: 30 })).toMatchObject({
      allowed: false,
      by: 'user',
    });
    expect(decide(limits, { address: 101, resetSeconds: 30 })).toMatchObject({
      allowed: false,
      by: 'address',
      limit: 100,
    });
    expect(decide(limits, { user: 1, address: 101, resetSeconds: 30 })).toMatchObject({
      allowed: false,
      by: 'address',
    });
  });

  it('count in one-minute windows and say when the window ends', () => {
    expect(windowStart(60_000 * 5 + 15_500)).toEqual({ window: 5, resetSeconds: 45 });
  });
});
