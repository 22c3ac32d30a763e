import { backoffDelayMs } from './retry-policy';

describe('backoffDelayMs', () => {
  const policy = { attempts: 6, initialDelayMs: 100, maxDelayMs: 1000 };

  it('doubles the ceiling each retry, between half and all of it', () => {
    expect(backoffDelayMs(policy, 1, () => 0)).toBe(50);
    expect(backoffDelayMs(policy, 1, () => 1)).toBe(100);
    expect(backoffDelayMs(policy, 3, () => 1)).toBe(400);
  });

  it('never exceeds the maximum delay', () => {
    expect(backoffDelayMs(policy, 10, () => 1)).toBe(1000);
  });
});
