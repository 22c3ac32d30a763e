import { maskEmailAddress } from './email-address';

describe('e-mail addresses', () => {
  it('are masked to the first letter and the domain', () => {
    expect(maskEmailAddress('zhangwei@example.com')).toBe('z***@example.com');
    expect(maskEmailAddress('@example.com')).toBe('***');
    expect(maskEmailAddress('no-at-sign')).toBe('***');
  });
});
