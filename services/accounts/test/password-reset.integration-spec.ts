import { ACCOUNT_TOPICS, passwordResetSealContext, TOPICS } from '@vetlink/contracts';
import { FieldCipher } from '@vetlink/persistence';
import { CollectedEvent, uniqueName } from '@vetlink/testing';
import {
  InstanceProcess,
  ServiceUnderTest,
  startInstanceProcess,
  startServiceForTest,
} from '@vetlink/testing/service';
import request from 'supertest';
import { AppModule } from '../src/app.module';
import { loadAccountsConfig } from '../src/config';
import { SERVICE_NAME } from '../src/service-name';
import { environment, newKeys } from './support/environment';

const PASSWORD = 'lotus pond 1949 spring';
const NEW_PASSWORD = 'plum blossom 2026 winter';
const REQUESTS_PER_LOGIN = 3;

describe('accounts: password reset by a one-time code, on the real FerretDB, Redis and Kafka', () => {
  let service: ServiceUnderTest;
  let env: Record<string, string>;
  let cipher: FieldCipher;
  let replica: InstanceProcess;

  const http = () => service.http();
  const email = () => `${uniqueName('vet')}@example.cn`.toLowerCase();
  const mobile = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const randomAddress = () => `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

  const signUp = (login: Record<string, string>) =>
    http()
      .post('/accounts/veterans')
      .send({ ...login, password: PASSWORD })
      .expect(201);
  const signIn = (login: string, password: string) =>
    http().post('/auth/sign-in').set('x-forwarded-for', randomAddress()).send({ login, password });
  const askForCode = (login: string, address = randomAddress()) =>
    http().post('/auth/password-reset/requests').set('x-forwarded-for', address).send({ login });
  const reset = (body: { login: string; code: string; newPassword: string }, target = http()) =>
    target.post('/auth/password-reset').set('x-forwarded-for', randomAddress()).send(body);

  /** The code notifications would send: read off the event and unsealed with the platform's key. */
  async function codeSentTo(accountId: string, after = 0): Promise<{ code: string; event: CollectedEvent }> {
    const events = await service.events!.waitFor(
      (event) =>
        event.envelope.type === 'accounts.password-reset-requested' && event.envelope.key === accountId,
      after + 1,
    );
    const event = events[after] as CollectedEvent;
    const code = cipher.decrypt(
      event.envelope.payload.sealedCode,
      passwordResetSealContext(event.envelope.payload.requestId),
    );
    return { code, event };
  }

  beforeAll(async () => {
    const keys = newKeys();
    service = await startServiceForTest(
      (kit) => {
        env = environment(kit, keys, { requestsPerLogin: REQUESTS_PER_LOGIN });
        const config = loadAccountsConfig(env);
        cipher = new FieldCipher(config.personalData.keyring);
        return AppModule.register(config, { consumerGroup: kit.consumerGroup });
      },
      { name: SERVICE_NAME, consumes: [TOPICS.veteranProfiles], collects: [ACCOUNT_TOPICS.passwordResets] },
    );
    replica = await startInstanceProcess({
      script: 'services/accounts/test/support/accounts-instance.ts',
      serviceName: SERVICE_NAME,
      consumedTopics: [TOPICS.veteranProfiles],
      config: env,
      index: 1,
    });
  }, 180_000);

  afterAll(async () => {
    await replica?.stop();
    await service?.close();
  });

  it('sends a code to the mobile number asked with, sealed in the event; the database keeps neither the code nor the number', async () => {
    const number = mobile();
    const { body } = await signUp({ mobile: number });
    await askForCode(`+86 ${number}`).expect(202);

    const { code, event } = await codeSentTo(body.userId);
    const { payload } = event.envelope;
    expect(code).toMatch(/^\d{6}$/);
    expect(payload).toMatchObject({ accountId: body.userId, channel: 'sms' });
    expect(cipher.decrypt(payload.sealedAddress, passwordResetSealContext(payload.requestId))).toBe(number);
    expect(Date.parse(payload.expiresAt) - Date.parse(payload.requestedAt)).toBe(15 * 60_000);
    const message = JSON.stringify(event);
    expect(message).not.toContain(number);
    expect(message).not.toContain(code);

    const stored = await service.connection
      .collection('password_reset_requests')
      .find({ accountId: body.userId })
      .toArray();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(code);
    expect(JSON.stringify(stored)).not.toContain(number);
  });

  it('answers 202 for a login without an account and sends nothing; a malformed login is 400 naming the field', async () => {
    const before = await service.connection.collection('password_reset_requests').countDocuments();
    await askForCode(email()).expect(202);
    await askForCode('13900000000').expect(202);
    expect(await service.connection.collection('password_reset_requests').countDocuments()).toBe(before);
    const malformed = await askForCode('not a login').expect(400);
    expect(JSON.stringify(malformed.body)).toContain('login');
  });

  it('sets the new password with the code: every device is signed out, the old password stops working, the code works once', async () => {
    const login = email();
    const { body } = await signUp({ email: login });
    const session = (await signIn(login, PASSWORD).expect(200)).body;
    await askForCode(login.toUpperCase()).expect(202);
    const { code } = await codeSentTo(body.userId);

    const wrong = await reset({
      login,
      code: code === '000000' ? '111111' : '000000',
      newPassword: NEW_PASSWORD,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.issues).toEqual([expect.objectContaining({ field: 'code' })]);
    const weak = await reset({ login, code, newPassword: 'short' });
    expect(weak.status).toBe(400);
    expect(JSON.stringify(weak.body)).toContain('newPassword');

    await reset({ login, code, newPassword: NEW_PASSWORD }).expect(204);
    await http().post('/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
    await signIn(login, PASSWORD).expect(401);
    await signIn(login, NEW_PASSWORD).expect(200);
    const again = await reset({ login, code, newPassword: 'another passphrase 77' });
    expect(again.status).toBe(400);
    expect(again.body.issues).toEqual([expect.objectContaining({ field: 'code' })]);
  });

  it('refuses the right code after five wrong ones, and a newer code replaces the older', async () => {
    const login = email();
    const { body } = await signUp({ email: login });
    await askForCode(login).expect(202);
    const first = await codeSentTo(body.userId);
    const wrongCode = first.code === '000000' ? '111111' : '000000';
    for (let attempt = 0; attempt < 5; attempt++)
      await reset({ login, code: wrongCode, newPassword: NEW_PASSWORD }).expect(400);
    await reset({ login, code: first.code, newPassword: NEW_PASSWORD }).expect(400);

    await askForCode(login).expect(202);
    const second = await codeSentTo(body.userId, 1);
    await askForCode(login).expect(202);
    const third = await codeSentTo(body.userId, 2);
    if (second.code !== third.code)
      await reset({ login, code: second.code, newPassword: NEW_PASSWORD }).expect(400);
    await reset({ login, code: third.code, newPassword: NEW_PASSWORD }).expect(204);
    await signIn(login, NEW_PASSWORD).expect(200);
  });

  it('lets one of eight concurrent uses of a code through, across two replicas', async () => {
    const login = email();
    const { body } = await signUp({ email: login });
    await askForCode(login).expect(202);
    const { code } = await codeSentTo(body.userId);
    const passwords = Array.from({ length: 8 }, (_, index) => `racing passphrase number ${index}`);
    const answers = await Promise.all(
      passwords.map((newPassword, index) =>
        reset({ login, code, newPassword }, index % 2 === 0 ? http() : request(replica.url)),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([204, 400, 400, 400, 400, 400, 400, 400]);
    const winner = passwords[answers.findIndex((answer) => answer.status === 204)] as string;
    await signIn(login, winner).expect(200);
  });

  it('limits codes per login, whether or not the login has an account (429 with Retry-After)', async () => {
    for (const login of [email(), mobile()]) {
      for (let asked = 0; asked < REQUESTS_PER_LOGIN; asked++) await askForCode(login).expect(202);
      const refused = await askForCode(login).expect(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    }
  });

  it('lifts a sign-in lock: the locked person resets the password and signs in', async () => {
    const login = email();
    const { body } = await signUp({ email: login });
    for (let failure = 0; failure < 3; failure++) await signIn(login, 'not the password at all');
    await signIn(login, PASSWORD).expect(429);
    await askForCode(login).expect(202);
    const { code } = await codeSentTo(body.userId);
    await reset({ login, code, newPassword: NEW_PASSWORD }).expect(204);
    await signIn(login, NEW_PASSWORD).expect(200);
  });
});
