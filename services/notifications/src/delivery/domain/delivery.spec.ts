import { ChannelRegistry, DeliveryChannel, deliveryIdOf } from './channel';
import { layoutEmail } from './email-layout';
import { classifyWebhookStatus, signWebhookBody, verifyWebhookSignature } from './webhook-signature';

describe('webhook signature', () => {
  const body = JSON.stringify({ deliveryId: 'n1-sms', text: '【vetlink】为您推荐：仓储物流主管' });

  it('signs the exact body with HMAC-SHA256, verifiable by the gateway', () => {
    const header = signWebhookBody(body, 'gateway-secret-0123456789abcdef0123');
    expect(header).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(body, 'gateway-secret-0123456789abcdef0123', header)).toBe(true);
    expect(verifyWebhookSignature(`${body} `, 'gateway-secret-0123456789abcdef0123', header)).toBe(false);
    expect(verifyWebhookSignature(body, 'another-secret-0123456789abcdef0123', header)).toBe(false);
  });

  it('retries what may pass later and gives up on what will not', () => {
    expect(classifyWebhookStatus(202)).toEqual({ ok: true });
    expect(classifyWebhookStatus(500)).toMatchObject({ ok: false, permanent: false });
    expect(classifyWebhookStatus(429)).toMatchObject({ ok: false, permanent: false });
    expect(classifyWebhookStatus(400)).toMatchObject({ ok: false, permanent: true });
  });
});

describe('e-mail layout', () => {
  const message = {
    title: '新岗位推荐：<仓储>',
    body: '第一行\n推荐理由：\n· 理由一\n· 理由二',
    short: '',
    link: 'https://x.cn/jobs/1?a=1&b=2',
  };

  it('has a text part and an escaped HTML part with the list and the unsubscribe link', () => {
    const email = layoutEmail(message, 'zh', 'https://api.x.cn/unsubscribe?token=t');
    expect(email.subject).toBe('新岗位推荐：<仓储>');
    expect(email.text).toContain('退订: https://api.x.cn/unsubscribe?token=t');
    expect(email.html).toContain('<h2>新岗位推荐：&#60;仓储&#62;</h2>');
    expect(email.html).toContain('<ul><li>理由一</li><li>理由二</li></ul>');
    expect(email.html).toContain('href="https://x.cn/jobs/1?a=1&#38;b=2"');
  });

  it('says why a critical message has no unsubscribe link', () => {
    expect(layoutEmail(message, 'en', null).text).toContain('cannot be turned off');
  });

  it('carries the files of the message as they were rendered, and none when it has none', () => {
    expect(layoutEmail(message, 'zh', null).attachments).toEqual([]);
    const invite = {
      filename: 'mentoring-session.ics',
      contentType: 'text/calendar; method=REQUEST',
      content: 'x',
    };
    expect(layoutEmail({ ...message, attachments: [invite] }, 'zh', null).attachments).toEqual([invite]);
  });
});

describe('channel registry', () => {
  const adapter = (channel: DeliveryChannel['channel'], configured = true): DeliveryChannel => ({
    channel,
    configured,
    send: async () => ({}),
  });

  it('refuses to start with a channel that has no adapter, or two', () => {
    expect(() => new ChannelRegistry([adapter('in-app')], ['in-app', 'email'])).toThrow(/email/);
    expect(() => new ChannelRegistry([adapter('in-app'), adapter('in-app')], ['in-app'])).toThrow(
      /two adapters/,
    );
  });

  it('knows which channels this deployment can use', () => {
    const registry = new ChannelRegistry(
      [adapter('in-app'), adapter('email'), adapter('sms', false)],
      ['in-app', 'email', 'sms'],
    );
    expect([...registry.configured()]).toEqual(['in-app', 'email']);
  });

  it('derives job ids from notification and channel, never with a colon', () => {
    expect(deliveryIdOf('0f3a', 'in-app')).toBe('0f3a-in-app');
    expect(() => deliveryIdOf('a:b', 'email')).toThrow(/':'/);
  });
});
