import { AccessTokenVerifier } from '@vetlink/auth';
import { createKeyring } from '@vetlink/persistence';
import { uniqueName } from '@vetlink/testing';
import { ServiceUnderTest, startServiceForTest } from '@vetlink/testing/service';
import { createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { LoginIdentifier, parseLoginIdentifier } from '../src/accounts/domain/login-identifier';
import { CreateAccount } from '../src/accounts/use-cases/create-account';
import { AppModule } from '../src/app.module';
import { AccountsConfig } from '../src/config';
import { DEFAULT_THROTTLE_RULES } from '../src/sessions/domain/sign-in-throttle';
import { SERVICE_NAME } from '../src/service-name';
import { SigningKey } from '../src/tokens/signing-key';

const PASSWORD = 'lotus pond 1949 spring';

describe('accounts: sign-up, sign-in, refresh tokens and invitations, on the real FerretDB and Redis', () => {
  let service: ServiceUnderTest;
  let verifier: AccessTokenVerifier;

  const email = () => `${uniqueName('vet')}@example.cn`.toLowerCase();
  const mobile = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const http = () => service.http();

  async function signUp(body: Record<string, string>, path = '/accounts/veterans') {
    return http().post(path).send(body);
  }
  /** Each sign-in from an address of its own unless told, so that only the address test meets that throttle. */
  async function signIn(login: string, password = PASSWORD, address = randomAddress()) {
    return http().post('/auth/sign-in').set('x-forwarded-for', address).send({ login, password });
  }
  const randomAddress = () => `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  async function signedIn(login: string, password = PASSWORD) {
    const answer = await signIn(login, password);
    expect(answer.status).toBe(200);
    return answer.body as {
      accessToken: string;
      refreshToken: string;
      userId: string;
      organisationId?: string;
    };
  }

  beforeAll(async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const signingKey = SigningKey.fromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
    const publicKey = createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
    service = await startServiceForTest(
      (kit) => {
        const config: AccountsConfig = {
          service: {
            ...kit.service,
            ACCESS_TOKEN_LIFETIME_SECONDS: 600,
            REFRESH_TOKEN_LIFETIME_DAYS: 30,
            SIGN_IN_FAILURES_BEFORE_LOCK: 3,
            SIGN_IN_LOCK_SECONDS: 900,
            SIGN_IN_ATTEMPTS_PER_ADDRESS: 1000,
            REDIS_KEY_PREFIX: kit.redisPrefix,
          } as AccountsConfig['service'],
          auth: { ...kit.auth, publicKey },
          personalData: { keyring: createKeyring({ currentKeyId: 'v1', currentKey: randomBytes(32) }) },
          signingKey,
          throttle: { ...DEFAULT_THROTTLE_RULES, failuresBeforeLock: 3, attemptsPerAddress: 8 },
        };
        return AppModule.register(config, { consumerGroup: kit.consumerGroup });
      },
      { name: SERVICE_NAME },
    );
    verifier = new AccessTokenVerifier({ ...service.kit.auth, publicKey });
  });

  afterAll(async () => {
    await service?.close();
  });

  it('signs a veteran up by e-mail and in with the address in another case; the token verifies with the JWKS key', async () => {
    const address = email();
    const created = await signUp({ email: address, password: PASSWORD });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ userId: expect.stringMatching(/^vet-/), role: 'veteran' });

    const session = await signedIn(address.toUpperCase());
    expect(await verifier.verify(session.accessToken)).toMatchObject({
      userId: created.body.userId,
      role: 'veteran',
    });

    const jwks = await http().get('/.well-known/jwks.json').expect(200);
    const fromJwks = createPublicKey({ key: jwks.body.keys[0], format: 'jwk' }).export({
      type: 'spki',
      format: 'pem',
    });
    const jwksVerifier = new AccessTokenVerifier({ ...service.kit.auth, publicKey: fromJwks.toString() });
    expect(await jwksVerifier.verify(session.accessToken)).toMatchObject({ userId: created.body.userId });

    const me = await http()
      .get('/accounts/me')
      .set('authorization', `Bearer ${session.accessToken}`)
      .expect(200);
    expect(me.body).toMatchObject({
      userId: created.body.userId,
      logins: [{ kind: 'email', value: address }],
    });
  });

  it('keeps the address encrypted: the login document holds neither the address nor the password', async () => {
    const number = mobile();
    await signUp({ mobile: `+86 ${number}`, password: PASSWORD }).then((answer) =>
      expect(answer.status).toBe(201),
    );
    const logins = await service.connection.collection('logins').find({}).toArray();
    const accounts = await service.connection.collection('accounts').find({}).toArray();
    const stored = JSON.stringify([logins, accounts]);
    expect(stored).not.toContain(number);
    expect(stored).not.toContain(PASSWORD);
    expect(accounts.every((account) => String(account['passwordHash']).startsWith('$argon2id$'))).toBe(true);
  });

  it('lets exactly one of five concurrent sign-ups with one mobile number through (409 for the rest)', async () => {
    const number = mobile();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => signUp({ mobile: number, password: PASSWORD })),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409, 409, 409]);
  });

  it('refuses bad input with 400 naming the field, and writes nothing', async () => {
    const before = await service.connection.collection('logins').countDocuments();
    const weak = await signUp({ email: email(), password: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.message).toMatch(/password: must be at least 10/);
    const both = await signUp({ email: email(), mobile: mobile(), password: PASSWORD });
    expect(both.status).toBe(400);
    expect((await signUp({ email: 'not-an-address', password: PASSWORD })).body.message).toMatch(/email/);
    expect(await service.connection.collection('logins').countDocuments()).toBe(before);
  });

  it('answers an unknown login and a wrong password alike, and locks the account after 3 failures with a clear message', async () => {
    const address = email();
    await signUp({ email: address, password: PASSWORD });
    const unknown = await signIn(email(), PASSWORD);
    const wrong = await signIn(address, 'wrong password here');
    expect([unknown.status, wrong.status]).toEqual([401, 401]);
    expect(unknown.body.message).toBe(wrong.body.message);

    await signIn(address, 'wrong password here');
    const locking = await signIn(address, 'wrong password here');
    expect(locking.status).toBe(429);
    expect(locking.body.message).toMatch(/locked after repeated failed sign-ins; try again in 15 minutes/);
    const evenRight = await signIn(address, PASSWORD);
    expect(evenRight.status).toBe(429);
    expect(Number(evenRight.headers['retry-after'])).toBeGreaterThan(800);
  });

  it('throttles sign-ins per address, whoever they are for', async () => {
    const attacker = `203.0.113.${Math.floor(Math.random() * 200) + 1}`;
    const statuses: number[] = [];
    for (let i = 0; i < 9; i += 1) statuses.push((await signIn(email(), PASSWORD, attacker)).status);
    expect(statuses.slice(0, 8).every((status) => status === 401)).toBe(true);
    expect(statuses[8]).toBe(429);
    // Another address is not affected.
    expect((await signIn(email(), PASSWORD, '198.51.100.7')).status).toBe(401);
  });

  it('rotates refresh tokens: each works once; a second use revokes the chain', async () => {
    const address = email();
    await signUp({ email: address, password: PASSWORD });
    const first = await signedIn(address);
    const second = await http().post('/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    expect(await verifier.verify(second.body.accessToken)).toMatchObject({ userId: first.userId });

    const replay = await http().post('/auth/refresh').send({ refreshToken: first.refreshToken });
    expect(replay.status).toBe(401);
    expect(replay.body.message).toMatch(/used already/);
    // The thief's replay signed the chain out, the owner's newer token included.
    expect((await http().post('/auth/refresh').send({ refreshToken: second.body.refreshToken })).status).toBe(
      401,
    );
  });

  it('lets one of two concurrent exchanges of one refresh token win', async () => {
    const address = email();
    await signUp({ email: address, password: PASSWORD });
    const session = await signedIn(address);
    const answers = await Promise.all(
      [1, 2, 3].map(() => http().post('/auth/refresh').send({ refreshToken: session.refreshToken })),
    );
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
    expect(answers.filter((answer) => answer.status === 401)).toHaveLength(2);
  });

  it('signs out one device, every device, and everywhere on a password change', async () => {
    const address = email();
    await signUp({ email: address, password: PASSWORD });
    const phone = await signedIn(address);
    const laptop = await signedIn(address);

    await http().post('/auth/sign-out').send({ refreshToken: phone.refreshToken }).expect(204);
    expect((await http().post('/auth/refresh').send({ refreshToken: phone.refreshToken })).status).toBe(401);
    const laptopNext = await http()
      .post('/auth/refresh')
      .send({ refreshToken: laptop.refreshToken })
      .expect(200);

    await http()
      .post('/auth/sign-out-everywhere')
      .set('authorization', `Bearer ${laptopNext.body.accessToken}`)
      .expect(204);
    expect(
      (await http().post('/auth/refresh').send({ refreshToken: laptopNext.body.refreshToken })).status,
    ).toBe(401);

    const again = await signedIn(address);
    const newPassword = 'plum blossom 2026 winter';
    await http()
      .put('/accounts/me/password')
      .set('authorization', `Bearer ${again.accessToken}`)
      .send({ currentPassword: PASSWORD, newPassword })
      .expect(204);
    expect((await http().post('/auth/refresh').send({ refreshToken: again.refreshToken })).status).toBe(401);
    expect((await signIn(address, PASSWORD)).status).toBe(401);
    await signedIn(address, newPassword);
  });

  it('registers an organisation whose administrator invites a member, who accepts once and acts for it', async () => {
    const adminEmail = email();
    const registered = await http()
      .post('/organisations')
      .send({ organisationName: '南京顺达物流有限公司', email: adminEmail, password: PASSWORD })
      .expect(201);
    const { organisationId } = registered.body;
    const admin = await signedIn(adminEmail);
    expect(admin.organisationId).toBe(organisationId);

    const memberEmail = email();
    const invitation = await http()
      .post(`/organisations/${organisationId}/invitations`)
      .set('authorization', `Bearer ${admin.accessToken}`)
      .send({ email: memberEmail })
      .expect(201);
    const accepted = await http()
      .post('/invitations/accept')
      .send({ invitationCode: invitation.body.invitationCode, password: PASSWORD })
      .expect(201);
    expect(accepted.body).toMatchObject({ role: 'employer', organisationId });
    expect(
      (
        await http()
          .post('/invitations/accept')
          .send({ invitationCode: invitation.body.invitationCode, password: PASSWORD })
      ).status,
    ).toBe(409);

    await http()
      .post(`/organisations/${organisationId}/invitations`)
      .set('authorization', `Bearer ${admin.accessToken}`)
      .send({ mobile: '13912345678' })
      .expect(201);
    const listed = await http()
      .get(`/organisations/${organisationId}/invitations`)
      .set('authorization', `Bearer ${admin.accessToken}`)
      .expect(200);
    expect(listed.body.items).toEqual([
      expect.objectContaining({ kind: 'mobile', contact: '139****5678', status: 'pending' }),
      expect.objectContaining({
        invitationId: invitation.body.invitationId,
        kind: 'email',
        contact: `${memberEmail[0]}***${memberEmail.slice(memberEmail.indexOf('@'))}`,
        status: 'accepted',
        acceptedAt: expect.any(String),
      }),
    ]);

    const member = await signedIn(memberEmail);
    expect(await verifier.verify(member.accessToken)).toMatchObject({ role: 'employer', organisationId });
    const listedByMember = await http()
      .get(`/organisations/${organisationId}/invitations`)
      .set('authorization', `Bearer ${member.accessToken}`);
    expect(listedByMember.status).toBe(403);
    // A member is not the administrator; another organisation's administrator cannot invite here.
    const byMember = await http()
      .post(`/organisations/${organisationId}/invitations`)
      .set('authorization', `Bearer ${member.accessToken}`)
      .send({ email: email() });
    expect(byMember.status).toBe(403);
    const otherAdminEmail = email();
    await http()
      .post('/organisations')
      .send({ organisationName: '徐州矿机', email: otherAdminEmail, password: PASSWORD });
    const otherAdmin = await signedIn(otherAdminEmail);
    const intoOther = await http()
      .post(`/organisations/${organisationId}/invitations`)
      .set('authorization', `Bearer ${otherAdmin.accessToken}`)
      .send({ email: email() });
    expect(intoOther.status).toBe(403);
  });

  it("makes training-provider staff as an administrator does (CreateAccount), scoped to the provider: the token's org is the provider id", async () => {
    const login = email();
    const made = await service.app.get(CreateAccount).execute({
      role: 'training-provider',
      login: parseLoginIdentifier(login) as LoginIdentifier,
      password: PASSWORD,
      organisationId: 'provider-nj-tech-1',
    });
    expect(made.id).toMatch(/^prov-/);
    const staff = await signedIn(login);
    expect(staff.organisationId).toBe('provider-nj-tech-1');
    expect(await verifier.verify(staff.accessToken)).toMatchObject({
      userId: made.id,
      role: 'training-provider',
      organisationId: 'provider-nj-tech-1',
    });
    const me = await http().get('/accounts/me').set('authorization', `Bearer ${staff.accessToken}`);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ role: 'training-provider' });
  });

  it('refuses tokens it did not sign, and alg none', async () => {
    const forged = service.bearer({ userId: 'vet-x', role: 'veteran' });
    expect((await http().get('/accounts/me').set('authorization', forged)).status).toBe(401);
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(
      JSON.stringify({ sub: 'vet-x', role: 'veteran', exp: Math.floor(Date.now() / 1000) + 60 }),
    ).toString('base64url')}.`;
    expect((await http().get('/accounts/me').set('authorization', `Bearer ${none}`)).status).toBe(401);
  });
});
