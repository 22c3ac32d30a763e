import {
  channelOf,
  noLoginOfKind,
  verificationDigestContext,
  verificationSubject,
} from './login-verification';

describe('login verification', () => {
  it('binds a code to one login of one account, and its digest to its request', () => {
    expect(verificationSubject('acc-1', 'ix-email')).toBe('acc-1|ix-email');
    expect(verificationSubject('acc-1', 'ix-email')).not.toBe(verificationSubject('acc-1', 'ix-mobile'));
    expect(verificationDigestContext('req-1')).not.toBe(verificationDigestContext('req-2'));
  });

  it('sends e-mail addresses their code by e-mail and mobile numbers by SMS', () => {
    expect(channelOf('email')).toBe('email');
    expect(channelOf('mobile')).toBe('sms');
  });

  it('names the missing kind of login', () => {
    expect(noLoginOfKind('email')).toContain('e-mail address');
    expect(noLoginOfKind('mobile')).toContain('mobile number');
  });
});
