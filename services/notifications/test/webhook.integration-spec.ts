import { jobMatched } from '@vetlink/contracts';
import { waitFor } from '@vetlink/testing';
import { verifyWebhookSignature } from '../src/delivery/domain/webhook-signature';
import { notificationIdOf } from '../src/notifications/use-cases/notify';
import { AppHarness, startApp } from './support/app-harness';
import { freshMatch, newVeteranId } from './support/fixtures';
import { GatewayRequest, WebhookGateway } from './support/webhook-gateway';

const SMS_SECRET = 'sms-gateway-secret-0123456789abcdef';
const WECHAT_SECRET = 'wechat-gateway-secret-0123456789abcdef';
const BACKOFF_MS = 200;
const ATTEMPTS = 4;
const TIMEOUT_MS = 300;

interface DeliveryView {
  channel: string;
  status: string;
  attempts: { attempt: number; at: string; outcome: string; detail: string | null }[];
}

describe('outgoing webhooks to SMS and WeChat gateways', () => {
  let harness: AppHarness;
  let sms: WebhookGateway;
  let wechat: WebhookGateway;
  const recipientOf = (request: GatewayRequest) => JSON.parse(request.body).recipientId as string;

  beforeAll(async () => {
    sms = await WebhookGateway.start((request) =>
      recipientOf(request).startsWith('sms-broken') ? 500 : 202,
    );
    wechat = await WebhookGateway.start((request) =>
      recipientOf(request) === 'wx-slow' ? { status: 202, delayMs: 1500 } : 202,
    );
    harness = await startApp({
      sms: { url: sms.url, secret: SMS_SECRET, timeoutMs: TIMEOUT_MS },
      wechat: { url: wechat.url, secret: WECHAT_SECRET, timeoutMs: TIMEOUT_MS },
      service: { DELIVERY_MAX_ATTEMPTS: ATTEMPTS, DELIVERY_BACKOFF_MS: BACKOFF_MS },
    });
  });

  afterAll(async () => {
    await harness?.close();
    await sms?.stop();
    await wechat?.stop();
  });

  async function veteran(contacts: { sms?: string; wechat?: string }): Promise<string> {
    const veteranId = newVeteranId();
    const me = harness.bearer(veteranId);
    await harness.http().patch('/contact-points/me').set('authorization', me).send(contacts).expect(200);
    await harness
      .http()
      .patch('/preferences/me')
      .set('authorization', me)
      .send({ channels: Object.keys(contacts) })
      .expect(200);
    return veteranId;
  }

  async function push(veteranId: string, jobId = 'job-1'): Promise<string> {
    const match = freshMatch(veteranId, harness.clock.now(), { jobId });
    await harness.publish(jobMatched, match);
    return notificationIdOf('job-matched', match.matchId);
  }

  const deliveries = async (veteranId: string, notificationId: string): Promise<DeliveryView[]> => {
    const response = await harness
      .http()
      .get(`/notifications/${notificationId}`)
      .set('authorization', harness.bearer(veteranId));
    return response.status === 200 ? response.body.deliveries : [];
  };
  const waitForStatus = (
    veteranId: string,
    notificationId: string,
    channel: string,
    status: string,
    timeoutMs = 20_000,
  ) =>
    waitFor(
      async () =>
        (await deliveries(veteranId, notificationId)).find(
          (delivery) => delivery.channel === channel && delivery.status === status,
        ),
      {
        timeoutMs,
        what: `${channel} ${status}`,
      },
    );

  it('posts a signed body to the gateway with the recipient id, the short text and the delivery id', async () => {
    const veteranId = await veteran({ sms: 'sms-ok-1', wechat: 'wx-ok-1' });
    const notificationId = await push(veteranId);
    await waitForStatus(veteranId, notificationId, 'sms', 'delivered');
    await waitForStatus(veteranId, notificationId, 'wechat', 'delivered');
    const [request] = sms.for(`${notificationId}-sms`);
    expect(
      verifyWebhookSignature(request!.body, SMS_SECRET, request!.headers['x-vetlink-signature'] as string),
    ).toBe(true);
    expect(
      verifyWebhookSignature(request!.body, WECHAT_SECRET, request!.headers['x-vetlink-signature'] as string),
    ).toBe(false);
    expect(JSON.parse(request!.body)).toMatchObject({
      deliveryId: `${notificationId}-sms`,
      notificationId,
      channel: 'sms',
      recipientId: 'sms-ok-1',
      type: 'job-matched',
      language: 'zh',
      title: '新岗位推荐：仓储物流主管',
      link: 'https://vetlink.example.cn/jobs/job-1',
    });
    expect(JSON.parse(request!.body).text).toMatch(
      /^【vetlink】为您推荐：仓储物流主管（南京顺达物流有限公司，月薪 6,000–9,000 元）/,
    );
    expect(wechat.for(`${notificationId}-wechat`)).toHaveLength(1);
  });

  it('retries a gateway answering 500 with growing waits, marks it failed after the last attempt, and holds nobody else up', async () => {
    const unlucky = await veteran({ sms: 'sms-broken-1', wechat: 'wx-ok-2' });
    const failing = await push(unlucky);
    const other = await veteran({ sms: 'sms-ok-3' });
    const fine = await push(other);

    // Others are delivered while the broken gateway is still being retried.
    const otherSms = await waitForStatus(other, fine, 'sms', 'delivered');
    const unluckyWechat = await waitForStatus(unlucky, failing, 'wechat', 'delivered');
    expect(
      (await deliveries(unlucky, failing)).find((delivery) => delivery.channel === 'in-app')?.status,
    ).toBe('delivered');

    const failed = await waitForStatus(unlucky, failing, 'sms', 'failed');
    expect(failed.attempts.map((attempt) => [attempt.attempt, attempt.outcome, attempt.detail])).toEqual(
      [1, 2, 3, 4].map((attempt) => [attempt, 'failed', 'gateway answered 500']),
    );
    expect(new Date(otherSms.attempts[0]!.at).getTime()).toBeLessThan(
      new Date(failed.attempts[ATTEMPTS - 1]!.at).getTime(),
    );
    expect(new Date(unluckyWechat.attempts[0]!.at).getTime()).toBeLessThan(
      new Date(failed.attempts[1]!.at).getTime(),
    );

    // Exponential backoff with jitter of 20%: waits of about 200, 400, 800 ms, each longer than the last.
    const hits = sms.for(`${failing}-sms`).map((request) => request.at);
    expect(hits).toHaveLength(ATTEMPTS);
    const gaps = hits.slice(1).map((at, index) => at - hits[index]!);
    gaps.forEach((gap, index) => expect(gap).toBeGreaterThanOrEqual(BACKOFF_MS * 2 ** index * 0.8 - 20));
    expect(gaps[2]!).toBeGreaterThan(gaps[0]!);
    await new Promise((resolve) => setTimeout(resolve, BACKOFF_MS * 8));
    expect(sms.for(`${failing}-sms`)).toHaveLength(ATTEMPTS);
  });

  it('gives up on a gateway that does not answer within the time-out, attempt by attempt', async () => {
    const veteranId = await veteran({ wechat: 'wx-slow' });
    const notificationId = await push(veteranId);
    const failed = await waitForStatus(veteranId, notificationId, 'wechat', 'failed');
    expect(failed.attempts).toHaveLength(ATTEMPTS);
    expect(failed.attempts[0]!.detail).toBe(`gateway did not answer within ${TIMEOUT_MS} ms`);
  });

  it('skips a channel the user chose but has no contact point for, keeping the inbox', async () => {
    const veteranId = newVeteranId();
    await harness
      .http()
      .patch('/preferences/me')
      .set('authorization', harness.bearer(veteranId))
      .send({ channels: ['sms', 'email'] })
      .expect(200);
    const notificationId = await push(veteranId);
    await waitForStatus(veteranId, notificationId, 'in-app', 'delivered');
    const all = await deliveries(veteranId, notificationId);
    expect(all.map((delivery) => [delivery.channel, delivery.status, delivery.attempts[0]?.detail])).toEqual(
      expect.arrayContaining([
        ['email', 'skipped', 'channel-not-configured'],
        ['sms', 'skipped', 'no-contact'],
      ]),
    );
  });
});
