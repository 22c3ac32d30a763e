import { SHORT_TEXT_LIMIT } from '../../templates/domain/template';
import { codeMessages, CodeFacts, CodePurpose, stillValid } from './code-message';

const facts: CodeFacts = {
  code: '042917',
  expiresAt: '2026-12-07T08:15:00.000Z',
  channel: 'email',
  portalBaseUrl: 'https://vetlink.example.cn',
};
const PURPOSES: CodePurpose[] = ['password-reset', 'login-verification'];
const every = (purpose: CodePurpose) =>
  (['email', 'sms'] as const).flatMap((channel) => {
    const messages = codeMessages(purpose, { ...facts, channel });
    return [messages.zh, messages.en];
  });

describe('the password-reset code message', () => {
  const messages = codeMessages('password-reset', facts);

  it('carries the code, its expiry in Beijing time and the reset page, in both languages', () => {
    for (const message of [messages.zh, messages.en]) {
      expect(message.body).toContain('042917');
      expect(message.body).toContain('16:15');
      expect(message.short).toContain('042917');
      expect(message.link).toBe('https://vetlink.example.cn/reset-password');
    }
    expect(messages.zh.body).toContain('如果不是您本人操作');
    expect(messages.en.body).toContain('If you did not ask for it');
  });
});

describe('the login-verification code message', () => {
  it('says what it verifies, the code and until when it works, in both languages, with no link', () => {
    const byEmail = codeMessages('login-verification', facts);
    const bySms = codeMessages('login-verification', { ...facts, channel: 'sms' });
    expect(byEmail.zh.title).toBe('vetlink 邮箱地址验证码');
    expect(bySms.zh.short).toContain('手机号码验证码 042917');
    expect(byEmail.en.body).toContain('confirm that this e-mail address is yours');
    expect(bySms.en.short).toContain('to verify your mobile number');
    for (const message of every('login-verification')) {
      expect(message.body).toContain('042917');
      expect(message.body).toContain('16:15');
      expect(message.link).toBeNull();
    }
    expect(byEmail.zh.body).not.toContain('密码');
    expect(byEmail.en.body).not.toContain('password');
  });
});

describe('every code message', () => {
  it('holds no other run of six digits, so a reader (or a test) finds the code unambiguously', () => {
    for (const purpose of PURPOSES)
      for (const message of every(purpose))
        expect(`${message.title}\n${message.body}\n${message.short}`.match(/\d{6}/g)).toEqual([
          '042917',
          '042917',
        ]);
  });

  it('fits an SMS', () => {
    for (const purpose of PURPOSES)
      for (const message of every(purpose))
        expect([...message.short].length).toBeLessThanOrEqual(SHORT_TEXT_LIMIT);
  });

  it('is sent only while the code works', () => {
    expect(stillValid(facts.expiresAt, new Date('2026-12-07T08:14:59Z'))).toBe(true);
    expect(stillValid(facts.expiresAt, new Date('2026-12-07T08:15:00Z'))).toBe(false);
  });
});
