import { AccountLogin, loginOfKind, loginView } from './account-login';

const email: AccountLogin = { id: 'ix-1', kind: 'email', value: 'wang@example.cn' };
const mobile: AccountLogin = {
  id: 'ix-2',
  kind: 'mobile',
  value: '13912345678',
  verifiedAt: new Date('2026-12-07T08:00:00Z'),
};

describe('an account login as its owner sees it', () => {
  it('is unverified until a code proved the address, then says since when', () => {
    expect(loginView(email)).toEqual({ kind: 'email', value: 'wang@example.cn', verified: false });
    expect(loginView(mobile)).toEqual({
      kind: 'mobile',
      value: '13912345678',
      verified: true,
      verifiedAt: '2026-12-07T08:00:00.000Z',
    });
  });

  it('is found by its kind, or not at all', () => {
    expect(loginOfKind([email, mobile], 'mobile')).toBe(mobile);
    expect(loginOfKind([email], 'mobile')).toBeUndefined();
  });
});
