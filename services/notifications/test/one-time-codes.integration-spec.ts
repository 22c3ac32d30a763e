import { AdjustableClock } from '@vetlink/clock';
import {
  ACCOUNT_TOPICS,
  loginVerificationRequested,
  loginVerificationSealContext,
  passwordResetRequested,
  passwordResetSealContext,
} from '@vetlink/contracts';
import { createKeyring, FieldCipher } from '@vetlink/persistence';
import { startServiceForTest } from '@vetlink/testing/service';
import { randomBytes, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { AppHarness, HarnessOptions, moduleForTest, serviceOptionsForTest } from './support/app-harness';
import { emailThrough } from './support/fixtures';
import { SmtpServerProcess } from './support/smtp-server-process';
import { WebhookGateway } from './support/webhook-gateway';

const SMS_SECRET = 'an sms gateway secret of at least 32 characters';

describe('one-time codes from accounts (password resets, login verifications), sent by e-mail and SMS at once', () => {
  let smtp: SmtpServerProcess;
  let sms: WebhookGateway;
  let harness: AppHarness;
  const personalData = randomBytes(32);
  // The platform's personal-data key, which accounts seals the address and the code with.
  const cipher = new FieldCipher(createKeyring({ currentKeyId: 'v1', currentKey: personalData }));
  const logs: string[] = [];

  beforeAll(async () => {
    smtp = await SmtpServerProcess.start();
    sms = await WebhookGateway.start(() => 200);
    const options: HarnessOptions = {
      email: emailThrough(smtp.port),
      sms: { url: sms.url, secret: SMS_SECRET, timeoutMs: 2000 },
      service: { LOG_LEVEL: 'debug' },
      keys: { personalData, unsubscribe: randomBytes(32) },
      logDestination: new Writable({
        write(chunk, _encoding, done) {
          logs.push(chunk.toString());
          done();
        },
      }),
    };
    const clock = new AdjustableClock();
    const serviceOptions = serviceOptionsForTest(options);
    const service = await startServiceForTest(moduleForTest(options, clock), {
      ...serviceOptions,
      consumes: [
        ...(serviceOptions.consumes ?? []),
        ACCOUNT_TOPICS.passwordResets,
        ACCOUNT_TOPICS.loginVerifications,
      ],
    });
    harness = new AppHarness(service, clock);
  });

  afterAll(async () => {
    await harness?.close();
    await sms?.stop();
    await smtp?.stop();
  });

  /** What accounts publishes when someone asks for a code with this address (sealed as that event's). */
  function requested(
    channel: 'email' | 'sms',
    address: string,
    code: string,
    minutesLeft = 15,
    sealContext = passwordResetSealContext,
  ) {
    const requestId = randomUUID();
    const now = harness.clock.now();
    return {
      requestId,
      accountId: `vet-${randomUUID()}`,
      channel,
      sealedAddress: cipher.encrypt(address, sealContext(requestId)),
      sealedCode: cipher.encrypt(code, sealContext(requestId)),
      requestedAt: new Date(now.getTime() - (15 - minutesLeft) * 60_000).toISOString(),
      expiresAt: new Date(now.getTime() + minutesLeft * 60_000).toISOString(),
    };
  }

  it('e-mails the code to the address it was asked for, with no unsubscribe link, and keeps it nowhere', async () => {
    const address = `reset-${randomUUID().slice(0, 8)}@example.cn`;
    const payload = requested('email', address, '048213');
    const envelope = await harness.publish(passwordResetRequested, payload);

    const [mail] = await smtp.waitForMessages(address, 1);
    expect(mail!.parsed.subject).toBe('vetlink 密码重置验证码');
    expect(mail!.parsed.text).toContain('您的验证码是 048213');
    expect(mail!.parsed.text).toContain('https://vetlink.example.cn/reset-password');
    expect(mail!.parsed.text).toContain('这是关于您账户、预约或申请的重要通知，无法退订。');
    expect(mail!.parsed.text).not.toMatch(/退订: http/);
    expect(mail!.raw).not.toMatch(/List-Unsubscribe/i);

    await harness.handled(envelope);
    expect((await harness.inbox(payload.accountId)).items).toEqual([]);
    const collections = await harness.connection.db!.listCollections().toArray();
    const stored = await Promise.all(
      collections.map(({ name }) => harness.connection.collection(name).find({}).toArray()),
    );
    expect(JSON.stringify(stored)).not.toContain('048213');
    expect(logs.join('')).not.toContain('048213');
    expect(logs.join('')).not.toContain(address);
    expect(logs.join('')).toContain(payload.requestId);
  });

  it('sends the code to the mobile number through the SMS gateway, in one short signed message', async () => {
    const payload = requested('sms', '13912345678', '770142');
    await harness.publish(passwordResetRequested, payload);
    const deliveryId = `password-reset-${payload.requestId}-sms`;
    const [request] = await waitForRequests(() => sms.for(deliveryId));
    const body = JSON.parse(request!.body);
    expect(body).toMatchObject({ recipientId: '13912345678', type: 'password-reset-code', critical: true });
    expect(body.text).toContain('770142');
    expect(request!.headers['x-vetlink-signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(logs.join('')).not.toContain('770142');
  });

  it('sends nothing for a code that expired before the event was read, or that is sealed with another key', async () => {
    const address = `late-${randomUUID().slice(0, 8)}@example.cn`;
    const stale = requested('email', address, '555123', 0);
    const envelope = await harness.publish(passwordResetRequested, stale);
    await harness.handled(envelope);
    // Sealed with a key this deployment does not hold (another platform's): dropped, not retried.
    const foreign = new FieldCipher(createKeyring({ currentKeyId: 'v1', currentKey: randomBytes(32) }));
    const unreadable = requested('email', address, '555124');
    const sealed = passwordResetSealContext(unreadable.requestId);
    unreadable.sealedAddress = foreign.encrypt(address, sealed);
    unreadable.sealedCode = foreign.encrypt('555124', sealed);
    await harness.handled(await harness.publish(passwordResetRequested, unreadable));
    const fresh = `sentinel-${randomUUID().slice(0, 8)}@example.cn`;
    await harness.publish(passwordResetRequested, requested('email', fresh, '600321'));
    await smtp.waitForMessages(fresh, 1);
    expect((await smtp.messages()).filter((mail) => mail.envelope.to.includes(address))).toEqual([]);
  });

  it('e-mails a login-verification code in its own message, saying what it verifies and until when, kept nowhere', async () => {
    const address = `verify-${randomUUID().slice(0, 8)}@example.cn`;
    const payload = requested('email', address, '315062', 15, loginVerificationSealContext);
    const envelope = await harness.publish(loginVerificationRequested, payload);

    const [mail] = await smtp.waitForMessages(address, 1);
    expect(mail!.parsed.subject).toBe('vetlink 邮箱地址验证码');
    expect(mail!.parsed.text).toContain('您的验证码是 315062');
    expect(mail!.parsed.text).toContain('以确认这个邮箱地址是您本人的');
    expect(mail!.parsed.text).not.toContain('reset-password');
    expect(mail!.raw).not.toMatch(/List-Unsubscribe/i);

    await harness.handled(envelope);
    expect((await harness.inbox(payload.accountId)).items).toEqual([]);
    const collections = await harness.connection.db!.listCollections().toArray();
    const stored = await Promise.all(
      collections.map(({ name }) => harness.connection.collection(name).find({}).toArray()),
    );
    expect(JSON.stringify(stored)).not.toContain('315062');
    expect(logs.join('')).not.toContain('315062');
    expect(logs.join('')).not.toContain(address);
  });

  it('sends a login-verification code to the mobile number through the SMS gateway', async () => {
    const payload = requested('sms', '13987654321', '902714', 15, loginVerificationSealContext);
    await harness.publish(loginVerificationRequested, payload);
    const [request] = await waitForRequests(() => sms.for(`login-verification-${payload.requestId}-sms`));
    const body = JSON.parse(request!.body);
    expect(body).toMatchObject({
      recipientId: '13987654321',
      type: 'login-verification-code',
      critical: true,
    });
    expect(body.text).toContain('手机号码验证码 902714');
    expect(logs.join('')).not.toContain('902714');
  });
});

async function waitForRequests<T>(read: () => T[], timeoutMs = 20_000): Promise<T[]> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = read();
    if (found.length > 0) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('no request reached the gateway');
}
