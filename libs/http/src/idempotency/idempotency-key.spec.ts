import { bodyHashOf, IDEMPOTENCY_KEY_PATTERN, idempotencyClaimId } from './idempotency-key';

describe('idempotency keys', () => {
  it('accepts UUIDs and order-number-like keys, refuses short, long and odd ones', () => {
    expect(IDEMPOTENCY_KEY_PATTERN.test('3f2b8c1e-6a4d-4f7e-9b1a-2c3d4e5f6a7b')).toBe(true);
    expect(IDEMPOTENCY_KEY_PATTERN.test('job:2026-12-05:0001')).toBe(true);
    for (const bad of ['short', 'x'.repeat(129), 'has space here', '键值键值键值键值'])
      expect(IDEMPOTENCY_KEY_PATTERN.test(bad)).toBe(false);
  });

  it('gives one claim per caller, route and key', () => {
    const claim = idempotencyClaimId('employer-1', 'POST /jobs', 'key-00000001');
    expect(idempotencyClaimId('employer-1', 'POST /jobs', 'key-00000001')).toBe(claim);
    expect(idempotencyClaimId('employer-2', 'POST /jobs', 'key-00000001')).not.toBe(claim);
    expect(idempotencyClaimId('employer-1', 'PUT /profiles/me', 'key-00000001')).not.toBe(claim);
  });

  it('tells bodies apart', () => {
    expect(bodyHashOf({ a: 1 })).toBe(bodyHashOf({ a: 1 }));
    expect(bodyHashOf({ a: 1 })).not.toBe(bodyHashOf({ a: 2 }));
  });
});
