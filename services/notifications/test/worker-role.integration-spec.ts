import { jobMatched } from '@vetlink/contracts';
import { createKafka } from '@vetlink/messaging';
import { testEngines, waitFor } from '@vetlink/testing';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { notificationIdOf } from '../src/notifications/use-cases/notify';
import { SERVICE_NAME } from '../src/service-name';
import { AppHarness, startApp } from './support/app-harness';
import { freshMatch, newVeteranId } from './support/fixtures';
import { WebhookGateway } from './support/webhook-gateway';
import { freePort, startWorkerProcess, stopped } from './support/worker-process';

const SMS_SECRET = 'sms-gateway-secret-0123456789abcdef';
/** The group a process started from main.ts would consume in (the harness's API uses a test group). */
const PRODUCTION_GROUP = `${SERVICE_NAME}.notify`;

describe('PROCESS_ROLE: an api process queues deliveries, a worker process delivers them', () => {
  const keys = { personalData: randomBytes(32), unsubscribe: randomBytes(32) };
  const admin = createKafka({ clientId: 'it-worker-role', brokers: testEngines.kafkaBrokers }).admin();
  let harness: AppHarness;
  let sms: WebhookGateway;
  let worker: ChildProcess | undefined;

  beforeAll(async () => {
    sms = await WebhookGateway.start(() => 202);
    harness = await startApp({
      sms: { url: sms.url, secret: SMS_SECRET, timeoutMs: 2000 },
      service: { PROCESS_ROLE: 'api', DELIVERY_BACKOFF_MS: 200 },
      keys,
    });
    await admin.connect();
  });

  afterAll(async () => {
    if (worker) await stopped(worker);
    await admin.disconnect();
    await harness?.close();
    await sms?.stop();
  });

  const members = async (group = PRODUCTION_GROUP) =>
    (await admin.describeGroups([group])).groups[0]?.members.length ?? 0;

  it('delivers an SMS the api queued, serves no API and consumes no event', async () => {
    const veteranId = newVeteranId();
    const me = harness.bearer(veteranId);
    await harness
      .http()
      .patch('/contact-points/me')
      .set('authorization', me)
      .send({ sms: 'sms-w-1' })
      .expect(200);
    await harness
      .http()
      .patch('/preferences/me')
      .set('authorization', me)
      .send({ channels: ['sms'] })
      .expect(200);
    const match = freshMatch(veteranId, harness.clock.now(), { jobId: 'job-w-1' });
    const notificationId = notificationIdOf('job-matched', match.matchId);
    await harness.handled(await harness.publish(jobMatched, match));
    // The api runs no delivery workers: the SMS waits in its queue until a worker comes.
    expect(sms.for(`${notificationId}-sms`)).toHaveLength(0);
    const membersBefore = await members();

    const port = await freePort();
    worker = startWorkerProcess(
      { ...harness.world, port },
      {
        PII_ENCRYPTION_KEY: keys.personalData.toString('base64'),
        UNSUBSCRIBE_SIGNING_KEY: keys.unsubscribe.toString('base64'),
        SMS_WEBHOOK_URL: sms.url,
        SMS_WEBHOOK_SECRET: SMS_SECRET,
        PORTAL_BASE_URL: 'https://vetlink.example.cn',
      },
    );
    const base = `http://127.0.0.1:${port}`;
    await waitFor(async () => (await fetch(`${base}/health/ready`).catch(() => undefined))?.ok, {
      timeoutMs: 60_000,
      what: 'the worker ready on its PORT',
    });

    const [request] = await waitFor(
      () => {
        const requests = sms.for(`${notificationId}-sms`);
        return requests.length > 0 ? requests : undefined;
      },
      { timeoutMs: 20_000, what: 'the SMS posted by the worker' },
    );
    expect(JSON.parse(request!.body)).toMatchObject({
      recipientId: 'sms-w-1',
      channel: 'sms',
      notificationId,
    });
    await waitFor(
      async () => {
        const response = await harness
          .http()
          .get(`/notifications/${notificationId}`)
          .set('authorization', me);
        return response.body.deliveries?.find(
          (delivery: { channel: string; status: string }) =>
            delivery.channel === 'sms' && delivery.status === 'delivered',
        );
      },
      { what: 'the delivery recorded as delivered' },
    );

    // No API on the worker's port (probes and /metrics only), and it joined no consumer group.
    expect((await fetch(`${base}/inbox`)).status).toBe(404);
    expect((await fetch(`${base}/metrics`)).status).toBe(200);
    expect(await members()).toBe(membersBefore);
    // The check sees consumers: the api's own group has its member.
    expect(await members(harness.groupId)).toBeGreaterThan(0);
  }, 120_000);
});
