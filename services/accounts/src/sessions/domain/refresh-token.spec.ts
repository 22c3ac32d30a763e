import {
  digestSecret,
  newRefreshToken,
  parseRefreshToken,
  RefreshTokenRecord,
  refreshRefusal,
} from './refresh-token';

const now = new Date('2026-12-01T00:00:00Z');
const fresh = newRefreshToken();
const record: RefreshTokenRecord = {
  id: fresh.id,
  accountId: 'vet-1',
  familyId: 'family-1',
  secretDigest: digestSecret(fresh.secret),
  issuedAt: new Date('2026-11-30T00:00:00Z'),
  expiresAt: new Date('2026-12-30T00:00:00Z'),
};
const fine = { now, familyRevoked: false, replaced: false, accountActive: true };

describe('refresh tokens', () => {
  it('parse back into their id and secret, and refuse anything else', () => {
    expect(parseRefreshToken(fresh.text)).toEqual({ id: fresh.id, secret: fresh.secret });
    expect(parseRefreshToken(`${fresh.text}x`)).toBeUndefined();
    expect(parseRefreshToken('rt1..')).toBeUndefined();
  });

  it('may be exchanged while unexpired, unrevoked, not exchanged before and issued after the last sign-out everywhere', () => {
    expect(refreshRefusal(record, fresh.secret, fine)).toBeUndefined();
  });

  it.each([
    ['unknown', undefined, fresh.secret, fine],
    ['unknown', record, newRefreshToken().secret, fine],
    ['revoked', record, fresh.secret, { ...fine, familyRevoked: true }],
    ['reused', record, fresh.secret, { ...fine, replaced: true }],
    ['expired', record, fresh.secret, { ...fine, now: new Date('2026-12-31T00:00:00Z') }],
    ['account-disabled', record, fresh.secret, { ...fine, accountActive: false }],
    ['revoked', record, fresh.secret, { ...fine, sessionsValidFrom: new Date('2026-11-30T12:00:00Z') }],
  ] as const)('are refused as %s', (refusal, token, secret, state) => {
    expect(refreshRefusal(token, secret, state)).toBe(refusal);
  });
});
