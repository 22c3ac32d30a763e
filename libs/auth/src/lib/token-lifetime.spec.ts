import { lifetimeProblem } from './token-lifetime';

const rules = { maxLifetimeSeconds: 900, clockSkewSeconds: 30 };
const now = 1_800_000_000;

describe('lifetimeProblem', () => {
  it('accepts a token within the maximum lifetime', () => {
    expect(lifetimeProblem({ iat: now - 10, exp: now + 890 }, now, rules)).toBeUndefined();
  });

  it('refuses a token without exp, or with a non-numeric one', () => {
    expect(lifetimeProblem({ iat: now }, now, rules)).toMatch(/no expiry/);
    expect(lifetimeProblem({ iat: now, exp: '9999999999' }, now, rules)).toMatch(/no expiry/);
  });

  it('refuses a lifetime above the maximum, allowing the clock skew', () => {
    expect(lifetimeProblem({ iat: now, exp: now + 900 + 30 }, now, rules)).toBeUndefined();
    expect(lifetimeProblem({ iat: now, exp: now + 900 + 31 }, now, rules)).toMatch(/longer than allowed/);
  });

  it('measures the lifetime from now when the token has no iat', () => {
    expect(lifetimeProblem({ exp: now + 600 }, now, rules)).toBeUndefined();
    expect(lifetimeProblem({ exp: now + 86_400 }, now, rules)).toMatch(/longer than allowed/);
  });

  it('refuses a token issued in the future beyond the skew, accepts one within it', () => {
    expect(lifetimeProblem({ iat: now + 20, exp: now + 600 }, now, rules)).toBeUndefined();
    expect(lifetimeProblem({ iat: now + 120, exp: now + 600 }, now, rules)).toMatch(/future/);
    expect(lifetimeProblem({ iat: 'yesterday', exp: now + 600 }, now, rules)).toMatch(/malformed iat/);
  });

  it('refuses an expired token and one used before its nbf, each beyond the skew', () => {
    expect(lifetimeProblem({ iat: now - 600, exp: now - 29 }, now, rules)).toBeUndefined();
    expect(lifetimeProblem({ iat: now - 600, exp: now - 30 }, now, rules)).toMatch(/expired/);
    expect(lifetimeProblem({ iat: now, exp: now + 600, nbf: now + 30 }, now, rules)).toBeUndefined();
    expect(lifetimeProblem({ iat: now, exp: now + 600, nbf: now + 31 }, now, rules)).toMatch(/not valid yet/);
    expect(lifetimeProblem({ iat: now, exp: now + 600, nbf: 'soon' }, now, rules)).toMatch(/malformed nbf/);
  });
});
