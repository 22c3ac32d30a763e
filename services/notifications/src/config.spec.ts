import { randomBytes } from 'node:crypto';
import { ConfigError } from '@vetlink/config';
import { loadNotificationsConfig } from './config';

describe('notifications configuration', () => {
  const pem = '-----BEGIN PUBLIC KEY-----\nx\n-----END PUBLIC KEY-----';
  const base = {
    AUTH_JWT_PUBLIC_KEY: pem,
    PII_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    UNSUBSCRIBE_SIGNING_KEY: randomBytes(32).toString('base64'),
  };

  it('starts with in-app delivery only when no gateway is configured', () => {
    const config = loadNotificationsConfig(base);
    expect(config.channels).toEqual({ email: null, sms: null, wechat: null });
    expect(config.service.JOB_PUSH_DAILY_CAP).toBe(5);
    expect(config.service.MONGODB_DATABASE).toBe('vetlink-notifications');
  });

  it('runs API, event consumer and delivery workers in one process unless PROCESS_ROLE says api or worker', () => {
    expect(loadNotificationsConfig(base).service.PROCESS_ROLE).toBe('all');
    expect(loadNotificationsConfig({ ...base, PROCESS_ROLE: 'api' }).service.PROCESS_ROLE).toBe('api');
    expect(() => loadNotificationsConfig({ ...base, PROCESS_ROLE: 'both' })).toThrow(/PROCESS_ROLE/);
  });

  it('starts a worker without the access-token key: it serves no API', () => {
    const config = loadNotificationsConfig({
      ...base,
      AUTH_JWT_PUBLIC_KEY: undefined,
      PROCESS_ROLE: 'worker',
    });
    expect(config.service.PROCESS_ROLE).toBe('worker');
    expect(config.auth).toBeNull();
    expect(() => loadNotificationsConfig({ ...base, AUTH_JWT_PUBLIC_KEY: undefined })).toThrow(ConfigError);
  });

  it('refuses DELIVERY_WORKERS, naming PROCESS_ROLE, rather than ignore it', () => {
    for (const value of ['on', 'off']) {
      expect(() => loadNotificationsConfig({ ...base, DELIVERY_WORKERS: value })).toThrow(
        /DELIVERY_WORKERS: was replaced by PROCESS_ROLE/,
      );
    }
  });

  it('reads SMTP and webhook gateways', () => {
    const config = loadNotificationsConfig({
      ...base,
      SMTP_HOST: 'smtp.example.cn',
      SMTP_PORT: '465',
      SMTP_SECURE: 'true',
      SMTP_USER: 'mailer',
      SMTP_PASSWORD: 'pw',
      MAIL_FROM: 'vetlink <noreply@vetlink.example.cn>',
      SMS_WEBHOOK_URL: 'https://sms.example.cn/send/',
      SMS_WEBHOOK_SECRET: 's'.repeat(32),
    });
    expect(config.channels.email).toMatchObject({
      host: 'smtp.example.cn',
      port: 465,
      secure: true,
      auth: { user: 'mailer', pass: 'pw' },
    });
    expect(config.channels.sms).toEqual({
      url: 'https://sms.example.cn/send',
      secret: 's'.repeat(32),
      timeoutMs: 5000,
    });
    expect(config.channels.wechat).toBeNull();
  });

  it('names every missing or malformed setting at once, without echoing secrets', () => {
    const load = () =>
      loadNotificationsConfig({
        ...base,
        UNSUBSCRIBE_SIGNING_KEY: undefined,
        NODE_ENV: 'production',
        SMTP_HOST: 'smtp.example.cn',
        SMTP_USER: 'mailer',
        WECHAT_WEBHOOK_URL: 'http://wechat.example.cn/hook',
        WECHAT_WEBHOOK_SECRET: 'too-short-secret',
        JOB_PUSH_DAILY_CAP: '0',
      });
    expect(load).toThrow(/MAIL_FROM: is required when SMTP_HOST is set/);
    expect(load).toThrow(/SMTP_PASSWORD/);
    expect(load).toThrow(/WECHAT_WEBHOOK_SECRET/);
    expect(load).toThrow(/UNSUBSCRIBE_SIGNING_KEY: is required/);
    expect(load).toThrow(/JOB_PUSH_DAILY_CAP/);
    expect(load).not.toThrow(/too-short-secret/);
  });

  it('refuses a plain-http gateway in production', () => {
    expect(() =>
      loadNotificationsConfig({
        ...base,
        NODE_ENV: 'production',
        SMS_WEBHOOK_URL: 'http://sms.example.cn',
        SMS_WEBHOOK_SECRET: 's'.repeat(32),
      }),
    ).toThrow(/SMS_WEBHOOK_URL: must be https in production/);
  });

  it('requires the personal-data key that encrypts contact points', () => {
    expect(() => loadNotificationsConfig({ AUTH_JWT_PUBLIC_KEY: pem })).toThrow(/PII_ENCRYPTION_KEY/);
  });
});
