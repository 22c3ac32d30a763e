import { AdjustableClock } from '@vetlink/clock';
import { ACCOUNT_TOPICS, loginVerificationSealContext, TOPICS } from '@vetlink/contracts';
import { FieldCipher } from '@vetlink/persistence';
import { CollectedEvent, uniqueName } from '@vetlink/testing';
import { ServiceUnderTest, startServiceForTest } from '@vetlink/testing/service';
import { AppModule } from '../src/app.module';
import { loadAccountsConfig } from '../src/config';
import { SERVICE_NAME } from '../src/service-name';
import { environment, newKeys } from './support/environment';

const PASSWORD = 'lotus pond 1949 spring';
const REQUESTS_PER_LOGIN = 3;

describe('accounts: a signed-in person verifies their login with a one-time code, on the real FerretDB, Redis and Kafka', () => {
  let service: ServiceUnderTest;
  let cipher: FieldCipher;
  const clock = new AdjustableClock();

  const http = () => service.http();
  const email = () => `${uniqueName('vet')}@example.cn`.toLowerCase();
  const mobile = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const randomAddress = () => `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

  /** A veteran signed up with this login, and their access token. */
  async function veteran(login: { email: string } | { mobile: string }) {
    const { body } = await http()
      .post('/accounts/veterans')
      .send({ ...login, password: PASSWORD })
      .expect(201);
    const signedIn = await http()
      .post('/auth/sign-in')
      .set('x-forwarded-for', randomAddress())
      .send({ login: Object.values(login)[0], password: PASSWORD })
      .expect(200);
    return { userId: body.userId as string, token: signedIn.body.accessToken as string };
  }
  const askForCode = (token: string, kind: string) =>
    http()
      .post('/accounts/me/login-verifications')
      .auth(token, { type: 'bearer' })
      .set('x-forwarded-for', randomAddress())
      .send({ kind });
  const confirm = (token: string, kind: string, code: string) =>
    http()
      .post('/accounts/me/login-verifications/confirm')
      .auth(token, { type: 'bearer' })
      .set('x-forwarded-for', randomAddress())
      .send({ kind, code });
  const me = async (token: string) =>
    (await http().get('/accounts/me').auth(token, { type: 'bearer' }).expect(200)).body;
  const otherThan = (code: string) => (code === '000000' ? '111111' : '000000');

  /** The code notifications would send: read off the event and unsealed with the platform's key. */
  async function codeSentTo(accountId: string, after = 0): Promise<{ code: string; event: CollectedEvent }> {
    const events = await service.events!.waitFor(
      (event) =>
        event.envelope.type === 'accounts.login-verification-requested' && event.envelope.key === accountId,
      after + 1,
    );
    const event = events[after] as CollectedEvent;
    const code = cipher.decrypt(
      event.envelope.payload.sealedCode,
      loginVerificationSealContext(event.envelope.payload.requestId),
    );
    return { code, event };
  }

  beforeAll(async () => {
    const keys = newKeys();
    service = await startServiceForTest(
      (kit) => {
        const config = loadAccountsConfig(environment(kit, keys, { requestsPerLogin: REQUESTS_PER_LOGIN }));
        cipher = new FieldCipher(config.personalData.keyring);
        return AppModule.register(config, { consumerGroup: kit.consumerGroup, clock });
      },
      {
        name: SERVICE_NAME,
        consumes: [TOPICS.veteranProfiles],
        collects: [ACCOUNT_TOPICS.loginVerifications],
      },
    );
  }, 180_000);

  afterEach(() => clock.reset());

  afterAll(async () => {
    await service?.close();
  });

  it('verifies an e-mail address with the code sent to it, sealed in the event; the code works once', async () => {
    const address = email();
    const { userId, token } = await veteran({ email: address });
    expect((await me(token)).logins).toEqual([{ kind: 'email', value: address, verified: false }]);

    const asked = await askForCode(token, 'email').expect(202);
    const { code, event } = await codeSentTo(userId);
    const { payload } = event.envelope;
    expect(code).toMatch(/^\d{6}$/);
    expect(payload).toMatchObject({ accountId: userId, channel: 'email', expiresAt: asked.body.expiresAt });
    expect(asked.body.kind).toBe('email');
    expect(cipher.decrypt(payload.sealedAddress, loginVerificationSealContext(payload.requestId))).toBe(
      address,
    );
    expect(Date.parse(payload.expiresAt) - Date.parse(payload.requestedAt)).toBe(15 * 60_000);
    expect(JSON.stringify(event)).not.toContain(address);
    expect(JSON.stringify(event)).not.toContain(code);
    const stored = await service.connection
      .collection('login_verification_requests')
      .find({ accountId: userId })
      .toArray();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(code);

    const wrong = await confirm(token, 'email', otherThan(code)).expect(400);
    expect(wrong.body.issues).toEqual([expect.objectContaining({ field: 'code' })]);
    const verified = await confirm(token, 'email', code).expect(200);
    expect(verified.body).toEqual({
      kind: 'email',
      value: address,
      verified: true,
      verifiedAt: expect.any(String),
    });
    expect((await me(token)).logins).toEqual([verified.body]);
    const again = await confirm(token, 'email', code).expect(400);
    expect(again.body.issues).toEqual([expect.objectContaining({ field: 'code' })]);
  });

  it('sends a mobile number its code by SMS and verifies it', async () => {
    const number = mobile();
    const { userId, token } = await veteran({ mobile: number });
    await askForCode(token, 'mobile').expect(202);
    const { code, event } = await codeSentTo(userId);
    expect(event.envelope.payload.channel).toBe('sms');
    expect(JSON.stringify(event)).not.toContain(number);
    await confirm(token, 'mobile', code.replace(/(\d{3})/, '$1 ')).expect(200);
    expect((await me(token)).logins).toEqual([
      { kind: 'mobile', value: number, verified: true, verifiedAt: expect.any(String) },
    ]);
  });

  it('answers 400 naming `kind` for a kind of login the account does not have, and sends nothing', async () => {
    const { token } = await veteran({ email: email() });
    const asked = await askForCode(token, 'mobile').expect(400);
    expect(asked.body.issues).toEqual([expect.objectContaining({ field: 'kind' })]);
    const confirmed = await confirm(token, 'mobile', '123456').expect(400);
    expect(confirmed.body.issues).toEqual([expect.objectContaining({ field: 'kind' })]);
    const malformed = await askForCode(token, 'fax').expect(400);
    expect(JSON.stringify(malformed.body)).toContain('kind');
    await http().post('/accounts/me/login-verifications').send({ kind: 'email' }).expect(401);
  });

  it('refuses the right code after five wrong ones, and a newer code replaces the older', async () => {
    const { userId, token } = await veteran({ email: email() });
    await askForCode(token, 'email').expect(202);
    const first = await codeSentTo(userId);
    for (let attempt = 0; attempt < 5; attempt++)
      await confirm(token, 'email', otherThan(first.code)).expect(400);
    await confirm(token, 'email', first.code).expect(400);

    await askForCode(token, 'email').expect(202);
    const second = await codeSentTo(userId, 1);
    await askForCode(token, 'email').expect(202);
    const third = await codeSentTo(userId, 2);
    if (second.code !== third.code) await confirm(token, 'email', second.code).expect(400);
    await confirm(token, 'email', third.code).expect(200);
  });

  it('refuses a code after its 15 minutes', async () => {
    const { userId, token } = await veteran({ email: email() });
    clock.setTo(new Date(Date.now() - 16 * 60_000));
    await askForCode(token, 'email').expect(202);
    const { code } = await codeSentTo(userId);
    clock.reset();
    const late = await confirm(token, 'email', code).expect(400);
    expect(late.body.issues).toEqual([expect.objectContaining({ field: 'code' })]);
    expect((await me(token)).logins[0].verified).toBe(false);
  });

  it('limits codes per login (429 with Retry-After)', async () => {
    const { token } = await veteran({ mobile: mobile() });
    for (let asked = 0; asked < REQUESTS_PER_LOGIN; asked++) await askForCode(token, 'mobile').expect(202);
    const refused = await askForCode(token, 'mobile').expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });
});
