import { SHORT_TEXT_LIMIT } from '../../templates/domain/template';
import { resetCodeMessages, stillValid } from './reset-code-message';

const facts = {
  code: '042917',
  expiresAt: '2026-12-07T08:15:00.000Z',
  portalBaseUrl: 'https://vetlink.example.cn',
};

describe('the password-reset code message', () => {
  const messages = resetCodeMessages(facts);

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

  it('holds no other run of six digits, so a reader (or a test) finds the code unambiguously', () => {
    for (const message of [messages.zh, messages.en])
      expect(`${message.title}\n${message.body}\n${message.short}`.match(/\d{6}/g)).toEqual([
        '042917',
        '042917',
      ]);
  });

  it('fits an SMS', () => {
    expect([...messages.zh.short].length).toBeLessThanOrEqual(SHORT_TEXT_LIMIT);
    expect([...messages.en.short].length).toBeLessThanOrEqual(SHORT_TEXT_LIMIT);
  });

  it('is sent only while the code works', () => {
    expect(stillValid(facts.expiresAt, new Date('2026-12-07T08:14:59Z'))).toBe(true);
    expect(stillValid(facts.expiresAt, new Date('2026-12-07T08:15:00Z'))).toBe(false);
  });
});
