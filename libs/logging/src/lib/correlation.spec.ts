import { correlationIdFrom } from './correlation';

describe('correlationIdFrom', () => {
  it('keeps a well-formed caller id', () => {
    expect(correlationIdFrom('req-2026-11-28-abc')).toBe('req-2026-11-28-abc');
  });

  it('replaces a missing or malformed id with a fresh uuid', () => {
    expect(correlationIdFrom(undefined)).toMatch(/^[0-9a-f-]{36}$/);
    expect(correlationIdFrom('bad id\n{"level":"fatal"}')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
