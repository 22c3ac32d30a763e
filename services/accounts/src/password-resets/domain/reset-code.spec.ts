import {
  newResetCode,
  readResetCode,
  RESET_CODE_MAX_ATTEMPTS,
  resetCodeExpiry,
  resetRefusal,
} from './reset-code';
import { DEFAULT_RESET_LIMITS, waitSeconds } from './reset-throttle';

const now = new Date('2026-12-07T08:00:00Z');
const request = { codeDigest: 'digest-of-the-code', expiresAt: resetCodeExpiry(now) };
const fine = { now, attempt: 0, used: false };

describe('password-reset codes', () => {
  it('are six digits, leading zeros kept, and not all the same', () => {
    const codes = Array.from({ length: 200 }, newResetCode);
    expect(codes.every((code) => /^\d{6}$/.test(code))).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(190);
  });

  it('read what a person typed with spaces, and refuse anything but six digits', () => {
    expect(readResetCode(' 012 345 ')).toBe('012345');
    for (const text of ['', '12345', '1234567', '12345a', '１２３４５６'])
      expect(readResetCode(text)).toBeUndefined();
  });

  it('work for 15 minutes', () => {
    expect(resetCodeExpiry(now).toISOString()).toBe('2026-12-07T08:15:00.000Z');
    expect(resetRefusal(request, 'digest-of-the-code', fine)).toBeUndefined();
    expect(
      resetRefusal(request, 'digest-of-the-code', { ...fine, now: new Date('2026-12-07T08:14:59Z') }),
    ).toBeUndefined();
    expect(resetRefusal(request, 'digest-of-the-code', { ...fine, now: request.expiresAt })).toBe('expired');
  });

  it('are refused when wrong, used, asked for by nobody, or after the fifth try even when right', () => {
    expect(resetRefusal(request, 'digest-of-another', fine)).toBe('wrong-code');
    expect(resetRefusal(request, 'digest-of-the-code', { ...fine, used: true })).toBe('used');
    expect(resetRefusal(undefined, 'digest-of-the-code', fine)).toBe('no-request');
    expect(
      resetRefusal(request, 'digest-of-the-code', { ...fine, attempt: RESET_CODE_MAX_ATTEMPTS - 1 }),
    ).toBeUndefined();
    expect(resetRefusal(request, 'digest-of-the-code', { ...fine, attempt: undefined })).toBe(
      'too-many-attempts',
    );
    expect(resetRefusal(request, 'digest-of-the-code', { ...fine, attempt: RESET_CODE_MAX_ATTEMPTS })).toBe(
      'too-many-attempts',
    );
  });
});

describe('password-reset limits', () => {
  it('make the caller wait out the window only once the count passes the limit', () => {
    expect(
      waitSeconds(DEFAULT_RESET_LIMITS.requestsPerLogin, DEFAULT_RESET_LIMITS.requestsPerLogin, 600),
    ).toBe(0);
    expect(
      waitSeconds(DEFAULT_RESET_LIMITS.requestsPerLogin + 1, DEFAULT_RESET_LIMITS.requestsPerLogin, 600),
    ).toBe(600);
    expect(waitSeconds(9, 5, -1)).toBe(1);
  });
});
