import { passwordProblem } from './password-policy';

describe('password policy', () => {
  it('accepts a long passphrase without composition rules', () => {
    expect(passwordProblem('correct horse battery staple', 'password')).toBeUndefined();
  });

  it.each([
    ['short1', 'at least 10'],
    ['aaaaaaaaaaaa', 'too few different'],
    ['1234567890abc', 'too easy'],
    ['x'.repeat(60) + 'abcdefghijklmnopqrstuvwxyz'.repeat(3), 'at most 128'],
  ])('refuses %s (%s), naming the field', (password, reason) => {
    expect(passwordProblem(password, 'newPassword')).toEqual({
      field: 'newPassword',
      message: expect.stringContaining(reason),
    });
  });

  it('refuses a password that contains the login', () => {
    expect(passwordProblem('my13812345678pw', 'password', '13812345678')?.message).toMatch(/mobile/);
  });
});
