import { TOPICS } from '@vetlink/contracts';
import { createKeyring, FieldCipher, reencryptCollection } from '@vetlink/persistence';
import { EventCollector, testEngines, uniqueName, waitFor } from '@vetlink/testing';
import { randomBytes } from 'node:crypto';
import { PROFILE_ENCRYPTED_FIELDS } from '../src/personal-data/encrypted-fields';
import { AppHarness, startApp } from './support/app-harness';
import { completeProfileBody, newIdentity } from './support/profile-bodies';

describe("a veteran's rights over their data (PIPL), against the real Kafka and FerretDB", () => {
  let harness: AppHarness;
  let events: EventCollector;

  beforeAll(async () => {
    harness = await startApp();
    events = await new EventCollector(testEngines.kafkaBrokers, [TOPICS.veteranProfiles]).start();
  });

  afterAll(async () => {
    await events?.stop();
    await harness?.close();
  });

  const asVeteran = (veteranId: string) => harness.bearer(veteranId, 'veteran');
  const officer = () => harness.bearer('officer-3', 'officer');

  async function createProfile(veteranId: string) {
    const identity = newIdentity('周明');
    await harness
      .http()
      .put('/profiles/me')
      .set('Authorization', asVeteran(veteranId))
      .send(completeProfileBody(identity))
      .expect(201);
    return identity;
  }

  it('records each consent decision with its time, and only real changes', async () => {
    const veteranId = uniqueName('veteran');
    await createProfile(veteranId);
    const preferences = (body: object) =>
      harness
        .http()
        .patch('/profiles/me/notification-preferences')
        .set('Authorization', asVeteran(veteranId))
        .send(body)
        .expect(200);
    await preferences({ channels: ['in-app', 'sms', 'email'] });
    await preferences({ quietHours: { start: '22:00', end: '07:00' } });
    await preferences({ weeklyDigest: false });

    const log = await harness
      .http()
      .get('/profiles/me/consents')
      .set('Authorization', asVeteran(veteranId))
      .expect(200);
    expect(
      log.body.items.map(({ purpose, granted, channels }: Record<string, unknown>) => [
        purpose,
        granted,
        channels,
      ]),
    ).toEqual([
      ['job-pushes', expect.any(Boolean), expect.any(Array)],
      ['weekly-digest', true, []],
      ['job-pushes', true, ['email', 'sms']],
      ['weekly-digest', false, []],
    ]);
    for (const entry of log.body.items) expect(Date.parse(entry.at)).not.toBeNaN();
  });

  it('lets an officer read the ID number and phone in clear only with a reason, which the veteran then reads', async () => {
    const veteranId = uniqueName('veteran');
    const identity = await createProfile(veteranId);
    const path = `/profiles/${veteranId}/identity-disclosures`;

    await harness.http().post(path).set('Authorization', officer()).send({}).expect(400);
    await harness
      .http()
      .post(path)
      .set('Authorization', asVeteran(veteranId))
      .send({ reason: '我自己看' })
      .expect(403);
    const disclosed = await harness
      .http()
      .post(path)
      .set('Authorization', officer())
      .send({ reason: '回访就业情况' })
      .expect(201);
    expect(disclosed.body).toMatchObject({ veteranId, idNumber: identity.idNumber, phone: identity.phone });

    const seen = await harness
      .http()
      .get('/profiles/me/identity-disclosures')
      .set('Authorization', asVeteran(veteranId))
      .expect(200);
    expect(seen.body.items).toEqual([
      {
        disclosureId: disclosed.body.disclosureId,
        officerId: 'officer-3',
        fields: ['idNumber', 'phone'],
        reason: '回访就业情况',
        at: disclosed.body.at,
      },
    ]);
    await harness
      .http()
      .get(path)
      .set('Authorization', asVeteran(uniqueName('veteran')))
      .expect(403);
    const raw = await harness.connection.collection('identity_disclosures').findOne({ veteranId });
    expect(JSON.stringify(raw)).not.toContain(identity.phone);
    expect(JSON.stringify(raw)).not.toContain(identity.idNumber);
  });

  it('exports everything kept about the veteran as a file', async () => {
    const veteranId = uniqueName('veteran');
    const identity = await createProfile(veteranId);
    await harness
      .http()
      .post(`/profiles/${veteranId}/identity-disclosures`)
      .set('Authorization', officer())
      .send({ reason: '核实身份' })
      .expect(201);

    const response = await harness
      .http()
      .get('/personal-data/me')
      .set('Authorization', asVeteran(veteranId))
      .expect(200);
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="vetlink-skills-profiles-personal-data-\d{4}-\d\d-\d\d\.json"$/,
    );
    expect(response.headers['cache-control']).toBe('no-store');
    const { service, veteranId: exported, sections } = response.body;
    expect({ service, exported }).toEqual({ service: 'skills-profiles', exported: veteranId });
    expect(sections.profile).toMatchObject({ veteranId, identity, consentLog: expect.any(Array) });
    expect(sections.profile.consentLog).toHaveLength(2);
    expect(sections.identityDisclosures).toEqual([
      expect.objectContaining({ reason: '核实身份', officerId: 'officer-3' }),
    ]);

    await harness.http().get('/personal-data/me').set('Authorization', officer()).expect(403);
  });

  it('erases the profile, leaves no personal data, announces it last, and refuses to bring it back', async () => {
    const veteranId = uniqueName('veteran');
    const identity = await createProfile(veteranId);
    await harness
      .http()
      .post(`/profiles/${veteranId}/identity-disclosures`)
      .set('Authorization', officer())
      .send({ reason: '核实身份' })
      .expect(201);

    await harness.http().delete('/profiles/me').set('Authorization', asVeteran(veteranId)).expect(204);
    await harness.http().delete('/profiles/me').set('Authorization', asVeteran(veteranId)).expect(204);

    const [erased] = await events.waitFor(
      (event) => event.key === veteranId && event.envelope.type === 'profiles.veteran-erased',
    );
    expect(erased.envelope.payload).toMatchObject({ veteranId, revision: 2 });
    const ofVeteran = events.events
      .filter((event) => event.key === veteranId)
      .map((event) => event.envelope.type);
    expect(ofVeteran[ofVeteran.length - 1]).toBe('profiles.veteran-erased');

    const raw = await harness.rawProfile(veteranId);
    const text = JSON.stringify(raw);
    for (const secret of [
      identity.fullName,
      identity.idNumber,
      identity.phone,
      'serviceRecord',
      'consentLog',
    ])
      expect(text).not.toContain(secret);

    await harness.http().get('/profiles/me').set('Authorization', asVeteran(veteranId)).expect(404);
    await harness.http().get(`/profiles/${veteranId}`).set('Authorization', officer()).expect(404);
    await harness
      .http()
      .post('/profiles/lookup')
      .set('Authorization', officer())
      .send({ idNumber: identity.idNumber, reason: '核实身份' })
      .expect(404);
    const again = await harness
      .http()
      .put('/profiles/me')
      .set('Authorization', asVeteran(veteranId))
      .send(completeProfileBody(identity))
      .expect(409);
    expect(again.body.message).toContain('erased');

    // The ID number is free again for the same person under a new account.
    await harness
      .http()
      .put('/profiles/me')
      .set('Authorization', asVeteran(uniqueName('veteran')))
      .send(completeProfileBody(identity))
      .expect(201);

    // This service's own holders heard the event too: the audit trail went with the profile.
    const exportAfter = await waitFor(
      async () => {
        const response = await harness
          .http()
          .get('/personal-data/me')
          .set('Authorization', asVeteran(veteranId))
          .expect(200);
        return response.body.sections.identityDisclosures.length === 0 ? response.body : undefined;
      },
      { what: 'the audit trail erased by the veteran-erased handler' },
    );
    expect(exportAfter.sections).toEqual({
      profile: null,
      identityDisclosures: [],
      pendingCourseCompletions: [],
    });
  });

  it('re-encrypts ID numbers and phones under a new key, as `nx run skills-profiles:reencrypt` does', async () => {
    const veteranId = uniqueName('veteran');
    const identity = await createProfile(veteranId);
    const old = harness.keyring;
    const rotated = createKeyring({
      currentKeyId: 'v2',
      currentKey: randomBytes(32),
      retiredKeys: new Map([['v1', old.keys.get('v1') as Buffer]]),
      blindIndexKeyId: 'v1',
    });
    const cipher = new FieldCipher(rotated);

    const profiles = harness.connection.collection('profiles');
    const count = await reencryptCollection(profiles, PROFILE_ENCRYPTED_FIELDS, cipher);
    expect(count.rewritten).toBeGreaterThanOrEqual(1);

    const raw = (await harness.rawProfile(veteranId)) as { identity: Record<string, string> };
    expect(cipher.isCurrent(raw.identity['encryptedIdNumber'])).toBe(true);
    expect(cipher.isCurrent(raw.identity['encryptedPhone'])).toBe(true);
    expect(cipher.decrypt(raw.identity['encryptedPhone'], `profiles.identity.phone:${veteranId}`)).toBe(
      identity.phone,
    );
    expect(cipher.decrypt(raw.identity['encryptedIdNumber'], `profiles.identity.idNumber:${veteranId}`)).toBe(
      identity.idNumber,
    );
    expect((await reencryptCollection(profiles, PROFILE_ENCRYPTED_FIELDS, cipher)).rewritten).toBe(0);
  });
});
