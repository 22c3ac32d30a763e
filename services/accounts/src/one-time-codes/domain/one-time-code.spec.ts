import { newCode, readCode, CODE_MAX_ATTEMPTS, codeExpiry, codeRefusal } from './one-time-code';
import { addressThrottledMessage, DEFAULT_CODE_LIMITS, waitSeconds } from './code-limits';

const now = new Date('2026-12-07T08:00:00Z');
const request = { codeDigest: 'digest-of-the-code', expiresAt: codeExpiry(now) };
const fine = { now, attempt: 0, used: false };

describe('one-time codes', () => {
  it('are six digits, leading zeros kept, and not all the same', () => {
    const codes = Array.from({ length: 200 }, newCode);
    expect(codes.every((code) => /^\d{6}$/.test(code))).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(190);
  });

  it('read what a person typed with spaces, and refuse anything but six digits', () => {
    expect(readCode(' 012 345 ')).toBe('012345');
    for (const text of ['', '12345', '1234567', '12345a', '１２３４５６'])
      expect(readCode(text)).toBeUndefined();
  });

  it('work for 15 minutes', () => {
    expect(codeExpiry(now).toISOString()).toBe('2026-12-07T08:15:00.000Z');
    expect(codeRefusal(request, 'digest-of-the-code', fine)).toBeUndefined();
    expect(
      codeRefusal(request, 'digest-of-the-code', { ...fine, now: new Date('2026-12-07T08:14:59Z') }),
    ).toBeUndefined();
    expect(codeRefusal(request, 'digest-of-the-code', { ...fine, now: request.expiresAt })).toBe('expired');
  });

  it('are refused when wrong, used, asked for by nobody, or after the fifth try even when right', () => {
    expect(codeRefusal(request, 'digest-of-another', fine)).toBe('wrong-code');
    expect(codeRefusal(request, 'digest-of-the-code', { ...fine, used: true })).toBe('used');
    expect(codeRefusal(undefined, 'digest-of-the-code', fine)).toBe('no-request');
    expect(
      codeRefusal(request, 'digest-of-the-code', { ...fine, attempt: CODE_MAX_ATTEMPTS - 1 }),
    ).toBeUndefined();
    expect(codeRefusal(request, 'digest-of-the-code', { ...fine, attempt: undefined })).toBe(
      'too-many-attempts',
    );
    expect(codeRefusal(request, 'digest-of-the-code', { ...fine, attempt: CODE_MAX_ATTEMPTS })).toBe(
      'too-many-attempts',
    );
  });
});

describe('one-time-code limits', () => {
  it('make the caller wait out the window only once the count passes the limit', () => {
    expect(waitSeconds(DEFAULT_CODE_LIMITS.requestsPerLogin, DEFAULT_CODE_LIMITS.requestsPerLogin, 600)).toBe(
      0,
    );
    expect(
      waitSeconds(DEFAULT_CODE_LIMITS.requestsPerLogin + 1, DEFAULT_CODE_LIMITS.requestsPerLogin, 600),
    ).toBe(600);
    expect(waitSeconds(9, 5, -1)).toBe(1);
  });

  it('say what the address was trying, in whole minutes', () => {
    expect(addressThrottledMessage('password-reset', 61)).toBe(
      'too many password-reset attempts from this address; try again in 2 minutes',
    );
    expect(addressThrottledMessage('login-verification', 30)).toBe(
      'too many login-verification attempts from this address; try again in 1 minute',
    );
  });
});
