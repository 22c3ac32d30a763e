import { loginKey, parseLoginIdentifier } from './login-identifier';

describe('login identifiers', () => {
  it('compares e-mail addresses without regard to case or surrounding spaces', () => {
    expect(parseLoginIdentifier('  Wang.Wei@Example.CN ')).toEqual({
      kind: 'email',
      value: 'wang.wei@example.cn',
    });
  });

  it('reads mobile numbers with +86, spaces or dashes as the same 11 digits', () => {
    for (const text of ['13812345678', '+86 138 1234 5678', '0086-138-1234-5678', '138-1234-5678'])
      expect(parseLoginIdentifier(text)).toEqual({ kind: 'mobile', value: '13812345678' });
  });

  it('refuses what is neither', () => {
    for (const text of ['', 'wang', '12812345678', '1381234567', 'a@b', '@example.cn'])
      expect(parseLoginIdentifier(text)).toBeUndefined();
  });

  it('keeps the kinds apart in the key that is indexed', () => {
    expect(loginKey({ kind: 'email', value: 'x@y.cn' })).not.toBe(
      loginKey({ kind: 'mobile', value: 'x@y.cn' }),
    );
  });
});
