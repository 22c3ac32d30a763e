import { TOPICS } from '@vetlink/contracts';
import { CollectedEvent, EventCollector, testEngines, uniqueName, waitFor } from '@vetlink/testing';
import { AppHarness, startApp } from './support/app-harness';
import { completeProfileBody, IdentityBody, newIdentity, newIdNumber } from './support/profile-bodies';

describe('skills-profiles against the real Kafka and FerretDB', () => {
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

  async function createProfile(veteranId: string, identity: IdentityBody = newIdentity()) {
    const body = completeProfileBody(identity);
    await harness
      .http()
      .put('/profiles/me')
      .set('Authorization', asVeteran(veteranId))
      .send(body)
      .expect(201);
    return body;
  }

  function eventsOf(veteranId: string, type: string, count = 1): Promise<CollectedEvent[]> {
    return events.waitFor((event) => event.key === veteranId && event.envelope.type === type, count);
  }

  /** Once the relay has published everything, the profile carries no pending events. */
  function outboxDrained(veteranId: string) {
    return waitFor(async () => {
      const raw = await harness.rawProfile(veteranId);
      return raw && !(raw['pendingEvents'] as unknown[] | undefined)?.length ? raw : undefined;
    });
  }

  describe('creating a profile', () => {
    const veteranId = uniqueName('veteran');
    let identity: IdentityBody;
    let created: CollectedEvent;

    beforeAll(async () => {
      identity = newIdentity('王建国');
      const response = await harness
        .http()
        .put('/profiles/me')
        .set('Authorization', asVeteran(veteranId))
        .set('x-correlation-id', `it-create-${veteranId}`)
        .send(
          completeProfileBody({
            ...identity,
            phone: `+86 ${identity.phone.slice(0, 3)} ${identity.phone.slice(3)}`,
          }),
        )
        .expect(201);
      expect(response.headers['etag']).toBe('"1"');
      expect(response.body).toMatchObject({
        view: 'full',
        veteranId,
        revision: 1,
        identity,
        jobSeekingStatus: 'actively-looking',
      });
      [created] = await eventsOf(veteranId, 'profiles.profile-created');
    });

    it('emits profiles.profile-created, keyed by the veteran, with the matching snapshot', () => {
      expect(created.key).toBe(veteranId);
      expect(created.envelope).toMatchObject({
        version: 1,
        producer: 'skills-profiles',
        correlationId: `it-create-${veteranId}`,
      });
      expect(created.envelope.payload).toMatchObject({
        veteranId,
        revision: 1,
        displayName: '王**',
        residence: {
          cityId: 'nanjing',
          districtId: 'nanjing-jiangning',
          lat: 31.95,
          lng: 118.84,
          precision: 'exact',
        },
        serviceRecord: {
          branch: 'army',
          specialtyIds: ['wheeled-vehicle-driver'],
          rankId: 'sergeant',
          roleIds: ['squad-leader'],
        },
        declaredSkills: [{ skillId: 'light-vehicle-driving', level: 4, verified: false }],
        certificateIds: ['driving-licence-c1'],
        trainingIds: ['drone-flight-control'],
        desiredOccupationIds: ['truck-driver'],
        minimumMonthlySalary: 6000,
        jobSeekingStatus: 'actively-looking',
        notificationPreferences: { channels: ['in-app'], weeklyDigest: true },
        completeness: 100,
      });
      expect(created.envelope.payload.derivedSkills).toContainEqual(
        expect.objectContaining({
          skillId: 'drone-piloting',
          from: [{ kind: 'training', id: 'drone-flight-control' }],
        }),
      );
      expect(created.envelope.payload.derivedOccupations.length).toBeGreaterThan(0);
    });

    it('puts neither the ID number nor the phone anywhere in the message', () => {
      const bytes = JSON.stringify(created);
      expect(bytes).not.toContain(identity.idNumber);
      expect(bytes).not.toContain(identity.phone);
      expect(bytes).not.toMatch(/idNumber|"phone"/);
      expect(bytes).not.toContain('建国');
    });

    it('stores the ID number and phone only as ciphertext', async () => {
      const raw = await outboxDrained(veteranId);
      const stored = JSON.stringify(raw);
      expect(stored).not.toContain(identity.idNumber);
      expect(stored).not.toContain(identity.phone);
      const storedIdentity = raw['identity'] as Record<string, string>;
      expect(storedIdentity['encryptedIdNumber']).toMatch(/^v1:[\w-]+:[\w-]+:[\w-]+$/);
      expect(storedIdentity['encryptedPhone']).toMatch(/^v1:[\w-]+:[\w-]+:[\w-]+$/);
      expect(storedIdentity['idNumberIndex']).toMatch(/^v1:[\w-]{43}$/);
      expect(storedIdentity).not.toHaveProperty('idNumber');
      expect(storedIdentity).not.toHaveProperty('phone');
    });

    it('gives the owner everything, unmasked, and never the outbox', async () => {
      const response = await harness
        .http()
        .get('/profiles/me')
        .set('Authorization', asVeteran(veteranId))
        .expect(200);
      expect(response.body).toMatchObject({ view: 'full', identity });
      expect(response.body).not.toHaveProperty('pendingEvents');
      expect(response.headers['etag']).toBe('"1"');
    });

    it('gives an officer everything but the ID number and phone, which are masked', async () => {
      const response = await harness
        .http()
        .get(`/profiles/${veteranId}`)
        .set('Authorization', harness.bearer('officer-1', 'officer'))
        .expect(200);
      expect(response.body).toMatchObject({ view: 'officer', notificationPreferences: expect.any(Object) });
      expect(response.body.identity).toEqual({
        fullName: identity.fullName,
        idNumberMasked: `${identity.idNumber.slice(0, 4)}**********${identity.idNumber.slice(-4)}`,
        phoneMasked: `${identity.phone.slice(0, 3)}****${identity.phone.slice(-4)}`,
      });
    });

    it('gives employers and mentors a masked profile without contact or home coordinates', async () => {
      for (const role of ['employer', 'mentor'] as const) {
        const response = await harness
          .http()
          .get(`/profiles/${veteranId}`)
          .set('Authorization', harness.bearer(`${role}-1`, role))
          .expect(200);
        expect(response.body.view).toBe('masked');
        expect(response.body.identity).toEqual({
          displayName: '王**',
          idNumberMasked: `${identity.idNumber.slice(0, 4)}**********${identity.idNumber.slice(-4)}`,
          phoneMasked: `${identity.phone.slice(0, 3)}****${identity.phone.slice(-4)}`,
        });
        expect(response.body.residence).toEqual({ cityId: 'nanjing', districtId: 'nanjing-jiangning' });
        const text = JSON.stringify(response.body);
        expect(text).not.toContain(identity.idNumber);
        expect(text).not.toContain(identity.phone);
        expect(text).not.toContain('notificationPreferences');
      }
    });

    it('refuses another veteran the profile, its civilian view and its completeness', async () => {
      const other = asVeteran(uniqueName('other-veteran'));
      await harness.http().get(`/profiles/${veteranId}`).set('Authorization', other).expect(403);
      await harness
        .http()
        .get(`/profiles/${veteranId}/civilian-view`)
        .set('Authorization', other)
        .expect(403);
      await harness.http().get(`/profiles/${veteranId}/completeness`).set('Authorization', other).expect(403);
    });

    it('writes nothing when the same profile is saved again', async () => {
      const body = completeProfileBody(identity);
      const response = await harness
        .http()
        .put('/profiles/me')
        .set('Authorization', asVeteran(veteranId))
        .send(body)
        .expect(200);
      expect(response.body.revision).toBe(1);
      expect((await harness.rawProfile(veteranId))?.['revision']).toBe(1);
    });
  });

  describe('one profile per person', () => {
    it('refuses a second profile with the same ID number, however it is typed, and writes nothing', async () => {
      const first = newIdentity();
      await createProfile(uniqueName('veteran'), first);
      const impostor = uniqueName('veteran');
      const spaced = `${first.idNumber.slice(0, 6)} ${first.idNumber.slice(6, 14)} ${first.idNumber.slice(14).toLowerCase()}`;
      const response = await harness
        .http()
        .put('/profiles/me')
        .set('Authorization', asVeteran(impostor))
        .send(completeProfileBody({ ...newIdentity(), idNumber: spaced }))
        .expect(409);
      expect(response.body.message).toMatch(/ID number already exists/);
      expect(response.body.message).not.toContain(first.idNumber);
      expect(await harness.rawProfile(impostor)).toBeNull();
      await harness.http().get('/profiles/me').set('Authorization', asVeteran(impostor)).expect(404);
    });

    it('refuses moving an existing profile onto a number another profile holds', async () => {
      const taken = newIdentity();
      await createProfile(uniqueName('veteran'), taken);
      const veteranId = uniqueName('veteran');
      await createProfile(veteranId);
      await harness
        .http()
        .patch('/profiles/me')
        .set('Authorization', asVeteran(veteranId))
        .send({ identity: { idNumber: taken.idNumber } })
        .expect(409);
      expect((await harness.rawProfile(veteranId))?.['revision']).toBe(1);
    });
  });

  describe('changing a profile', () => {
    it('emits profiles.profile-updated with the new snapshot and the fields that changed', async () => {
      const veteranId = uniqueName('veteran');
      await createProfile(veteranId);
      const response = await harness
        .http()
        .patch('/profiles/me')
        .set('Authorization', asVeteran(veteranId))
        .send({ trainingIds: ['drone-flight-control', 'crayfish-cooking-course'] })
        .expect(200);
      expect(response.body.revision).toBe(2);
      const [updated] = await eventsOf(veteranId, 'profiles.profile-updated');
      expect(updated!.envelope.payload).toMatchObject({
        veteranId,
        revision: 2,
        trainingIds: ['drone-flight-control', 'crayfish-cooking-course'],
      });
      expect(updated!.envelope.payload.changedFields).toEqual(
        expect.arrayContaining(['trainingIds', 'derivedSkills']),
      );
      expect(updated!.envelope.payload.changedFields).not.toContain('residence');
    });

    it('keeps what the veteran typed and the taxonomy does not know, shows it and tells matching', async () => {
      const veteranId = uniqueName('veteran');
      const body = completeProfileBody();
      const saved = await harness
        .http()
        .put('/profiles/me')
        .set('Authorization', asVeteran(veteranId))
        .send({
          ...body,
          serviceRecord: { ...body.serviceRecord, specialties: ['雷达技术员', '汽车驾驶员'] },
          preferences: { ...body.preferences, desiredOccupations: ['食堂主管'] },
          trainings: ['无人机航拍剪辑'],
        })
        .expect(201);
      expect(saved.body.termResolution.kept).toEqual(
        expect.arrayContaining([
          { field: 'serviceRecord.specialties', text: '雷达技术员' },
          { field: 'preferences.desiredOccupations', text: '食堂主管' },
        ]),
      );
      const mine = await harness
        .http()
        .get('/profiles/me')
        .set('Authorization', asVeteran(veteranId))
        .expect(200);
      expect(mine.body.serviceRecord.specialtyTexts).toEqual(['雷达技术员']);
      expect(mine.body.preferences.desiredOccupationTexts).toEqual(['食堂主管']);
      const [created] = await eventsOf(veteranId, 'profiles.profile-created');
      expect(created!.envelope.payload.typedTerms).toEqual(
        expect.arrayContaining([
          { source: 'specialty', text: '雷达技术员' },
          { source: 'desired', text: '食堂主管' },
        ]),
      );
      // A section written again replaces its typed terms: the desired occupation is now one the taxonomy knows.
      await harness
        .http()
        .patch('/profiles/me')
        .set('Authorization', asVeteran(veteranId))
        .send({ preferences: { ...body.preferences, desiredOccupations: ['叉车司机'] } })
        .expect(200);
      const [updated] = await eventsOf(veteranId, 'profiles.profile-updated');
      expect(updated!.envelope.payload.changedFields).toContain('typedTerms');
      expect(updated!.envelope.payload.typedTerms).not.toContainEqual({
        source: 'desired',
        text: '食堂主管',
      });
      expect(updated!.envelope.payload.typedTerms).toContainEqual({
        source: 'specialty',
        text: '雷达技术员',
      });
    });

    it('emits profiles.job-seeking-status-changed (and profile-updated) when the status changes', async () => {
      const veteranId = uniqueName('veteran');
      await createProfile(veteranId);
      await harness
        .http()
        .patch('/profiles/me/job-seeking-status')
        .set('Authorization', asVeteran(veteranId))
        .send({ status: 'employed' })
        .expect(200);
      const [changed] = await eventsOf(veteranId, 'profiles.job-seeking-status-changed');
      expect(changed!.envelope.payload).toMatchObject({
        veteranId,
        revision: 2,
        previousStatus: 'actively-looking',
        status: 'employed',
      });
      const [updated] = await eventsOf(veteranId, 'profiles.profile-updated');
      expect(updated!.envelope.payload).toMatchObject({
        jobSeekingStatus: 'employed',
        changedFields: ['jobSeekingStatus'],
      });
    });

    it('changes notification preferences setting by setting', async () => {
      const veteranId = uniqueName('veteran');
      await createProfile(veteranId);
      const response = await harness
        .http()
        .patch('/profiles/me/notification-preferences')
        .set('Authorization', asVeteran(veteranId))
        .send({ channels: ['in-app', 'wechat'], quietHours: { start: '21:30', end: '07:00' } })
        .expect(200);
      expect(response.body.notificationPreferences).toEqual({
        channels: ['in-app', 'wechat'],
        weeklyDigest: true,
        quietHours: { start: '21:30', end: '07:00', timeZone: 'Asia/Shanghai' },
      });
      const [updated] = await eventsOf(veteranId, 'profiles.profile-updated');
      expect(updated!.envelope.payload.changedFields).toEqual(['notificationPreferences']);
    });

    it('re-encrypts a new phone number and tells no other service about it', async () => {
      const veteranId = uniqueName('veteran');
      await createProfile(veteranId);
      await eventsOf(veteranId, 'profiles.profile-created');
      const before = await outboxDrained(veteranId);
      await harness
        .http()
        .patch('/profiles/me')
        .set('Authorization', asVeteran(veteranId))
        .send({ identity: { phone: '13700001234' } })
        .expect(200);
      const after = await harness.rawProfile(veteranId);
      expect(after).toMatchObject({ revision: 2 });
      expect(after?.['pendingEvents']).toHaveLength(0);
      expect((after?.['identity'] as Record<string, string>)['encryptedPhone']).not.toBe(
        (before['identity'] as Record<string, string>)['encryptedPhone'],
      );
      expect(JSON.stringify(after)).not.toContain('13700001234');
    });

    it('answers 409 to a change based on a revision that is no longer current (If-Match)', async () => {
      const veteranId = uniqueName('veteran');
      await createProfile(veteranId);
      await harness
        .http()
        .patch('/profiles/me')
        .set('Authorization', asVeteran(veteranId))
        .set('If-Match', '"1"')
        .send({ trainingIds: [] })
        .expect(200);
      const stale = await harness
        .http()
        .patch('/profiles/me')
        .set('Authorization', asVeteran(veteranId))
        .set('If-Match', '"1"')
        .send({ certificateIds: [] })
        .expect(409);
      expect(stale.body.message).toMatch(/revision 2, not 1/);
      const raw = await harness.rawProfile(veteranId);
      expect(raw).toMatchObject({ revision: 2, certificateIds: ['driving-licence-c1'] });
    });

    it('never loses a change when several arrive at once: each one either lands or gets a 409', async () => {
      const veteranId = uniqueName('veteran');
      await createProfile(veteranId);
      const changes = [
        { trainingIds: ['crayfish-cooking-course'] },
        { certificateIds: ['driving-licence-b2'] },
        { education: { level: 'associate' } },
        { residence: { cityId: 'suqian' } },
        { skills: [{ skillId: 'drone-piloting', level: 3 }] },
      ];
      const responses = await Promise.all(
        changes.map((change) =>
          harness.http().patch('/profiles/me').set('Authorization', asVeteran(veteranId)).send(change),
        ),
      );
      expect(
        responses.map((response) => response.status).every((status) => status === 200 || status === 409),
      ).toBe(true);
      const landed = changes.filter((_, index) => responses[index]!.status === 200);
      expect(landed.length).toBeGreaterThan(0);
      const profile = (
        await harness.http().get('/profiles/me').set('Authorization', asVeteran(veteranId)).expect(200)
      ).body;
      expect(profile.revision).toBe(1 + landed.length);
      for (const change of landed) {
        const [section, value] = Object.entries(change)[0]!;
        expect(profile[section]).toMatchObject(value as object);
      }
    });
  });

  describe('bad input is refused with a 400 naming the field, and nothing is written', () => {
    const validIdentity = newIdentity();
    const cases: [string, (body: ReturnType<typeof completeProfileBody>) => unknown, string][] = [
      [
        'a malformed ID number',
        (body) => ({ ...body, identity: { ...body.identity, idNumber: `${newIdNumber().slice(0, 17)}Z` } }),
        'identity.idNumber',
      ],
      [
        'an ID number with a wrong check character',
        (body) => ({ ...body, identity: { ...body.identity, idNumber: wrongCheck(newIdNumber()) } }),
        'identity.idNumber',
      ],
      [
        'a landline instead of a mobile',
        (body) => ({ ...body, identity: { ...body.identity, phone: '025-84561234' } }),
        'identity.phone',
      ],
      [
        'a latitude out of range',
        (body) => ({ ...body, residence: { ...body.residence, lat: 95 } }),
        'residence.lat',
      ],
      [
        'an unknown skill id',
        (body) => ({ ...body, skills: [{ skillId: 'rocket-science', level: 3 }] }),
        'skills.0.skillId',
      ],
      [
        'an unknown military specialty id',
        (body) => ({ ...body, serviceRecord: { ...body.serviceRecord, specialtyIds: ['space-marine'] } }),
        'serviceRecord.specialtyIds.0',
      ],
      [
        'a discharge date in the future',
        (body) => ({ ...body, serviceRecord: { ...body.serviceRecord, dischargeDate: '2099-01-01' } }),
        'serviceRecord.dischargeDate',
      ],
      [
        'a district of another city',
        (body) => ({ ...body, residence: { ...body.residence, districtId: 'suzhou-kunshan' } }),
        'residence.districtId',
      ],
      [
        'a skill level of 6',
        (body) => ({ ...body, skills: [{ skillId: 'light-vehicle-driving', level: 6 }] }),
        'skills.0.level',
      ],
      [
        'a self-verified skill',
        (body) => ({ ...body, skills: [{ skillId: 'light-vehicle-driving', level: 4, verified: true }] }),
        'skills.0',
      ],
    ];

    it.each(cases)('%s', async (_, spoil, field) => {
      const veteranId = uniqueName('veteran');
      const response = await harness
        .http()
        .put('/profiles/me')
        .set('Authorization', asVeteran(veteranId))
        .send(spoil(completeProfileBody(validIdentity)) as object)
        .expect(400);
      expect(response.body.issues.map((issue: { field: string }) => issue.field)).toContain(field);
      expect(JSON.stringify(response.body)).not.toContain(validIdentity.phone);
      expect(await harness.rawProfile(veteranId)).toBeNull();
    });

    it('leaves an existing profile untouched by a bad update', async () => {
      const veteranId = uniqueName('veteran');
      await createProfile(veteranId);
      await harness
        .http()
        .patch('/profiles/me')
        .set('Authorization', asVeteran(veteranId))
        .send({
          trainingIds: ['crayfish-cooking-course'],
          residence: { cityId: 'nanjing', lat: 32, lng: 300 },
        })
        .expect(400);
      expect(await harness.rawProfile(veteranId)).toMatchObject({
        revision: 1,
        trainingIds: ['drone-flight-control'],
      });
    });

    it('refuses a malformed If-Match', async () => {
      const response = await harness
        .http()
        .put('/profiles/me')
        .set('Authorization', asVeteran(uniqueName('veteran')))
        .set('If-Match', 'yesterday')
        .send(completeProfileBody())
        .expect(400);
      expect(response.body.issues[0].field).toBe('If-Match');
    });
  });

  describe('roles', () => {
    it('lets only veterans write a profile of their own', async () => {
      await harness
        .http()
        .put('/profiles/me')
        .set('Authorization', harness.bearer('employer-1', 'employer'))
        .send(completeProfileBody())
        .expect(403);
      await harness.http().put('/profiles/me').send(completeProfileBody()).expect(401);
    });

    it('has no route by which a veteran could write into another veteran’s profile', async () => {
      const veteranId = uniqueName('veteran');
      await createProfile(veteranId);
      const other = asVeteran(uniqueName('veteran'));
      await harness
        .http()
        .put(`/profiles/${veteranId}`)
        .set('Authorization', other)
        .send(completeProfileBody())
        .expect(404);
      await harness
        .http()
        .patch(`/profiles/${veteranId}/skills/light-vehicle-driving/verification`)
        .set('Authorization', other)
        .send({ verified: true })
        .expect(403);
      expect((await harness.rawProfile(veteranId))?.['revision']).toBe(1);
    });
  });

  describe('skill verification by officers', () => {
    it('marks a declared skill verified, announces it, and drops it when the veteran changes the level', async () => {
      const veteranId = uniqueName('veteran');
      await createProfile(veteranId);
      const officer = harness.bearer('officer-7', 'officer');
      const verified = await harness
        .http()
        .patch(`/profiles/${veteranId}/skills/light-vehicle-driving/verification`)
        .set('Authorization', officer)
        .send({ verified: true })
        .expect(200);
      expect(verified.body.skills).toEqual([
        expect.objectContaining({
          skillId: 'light-vehicle-driving',
          level: 4,
          verified: true,
          verifiedBy: 'officer-7',
        }),
      ]);
      const [updated] = await eventsOf(veteranId, 'profiles.profile-updated');
      expect(updated!.envelope.payload).toMatchObject({
        changedFields: ['declaredSkills'],
        declaredSkills: [{ skillId: 'light-vehicle-driving', level: 4, verified: true }],
      });

      const relevelled = await harness
        .http()
        .patch('/profiles/me')
        .set('Authorization', asVeteran(veteranId))
        .send({ skills: [{ skillId: 'light-vehicle-driving', level: 5 }] })
        .expect(200);
      expect(relevelled.body.skills[0]).toMatchObject({ level: 5, verified: false });
    });

    it('answers 404 for a skill the veteran has not declared, 400 for an unknown one', async () => {
      const veteranId = uniqueName('veteran');
      await createProfile(veteranId);
      const officer = harness.bearer('officer-7', 'officer');
      await harness
        .http()
        .patch(`/profiles/${veteranId}/skills/drone-piloting/verification`)
        .set('Authorization', officer)
        .send({ verified: true })
        .expect(404);
      await harness
        .http()
        .patch(`/profiles/${veteranId}/skills/rocket-science/verification`)
        .set('Authorization', officer)
        .send({ verified: true })
        .expect(400);
    });
  });

  describe("officers' search", () => {
    const officer = () => harness.bearer('officer-1', 'officer');

    it('filters and pages through profiles, newest first', async () => {
      const ids = [uniqueName('cook'), uniqueName('cook'), uniqueName('cook')];
      for (const veteranId of ids) {
        await harness
          .http()
          .put('/profiles/me')
          .set('Authorization', asVeteran(veteranId))
          .send({
            ...completeProfileBody(),
            trainingIds: ['huaiyang-cuisine-course'],
            residence: { cityId: 'yangzhou' },
          })
          .expect(201);
      }
      const first = await harness
        .http()
        .get('/profiles')
        .query({ trainingId: 'huaiyang-cuisine-course', cityId: 'yangzhou', limit: 2 })
        .set('Authorization', officer())
        .expect(200);
      expect(first.body.items.map((item: { veteranId: string }) => item.veteranId)).toEqual([ids[2], ids[1]]);
      expect(first.body.items[0]).toMatchObject({ cityId: 'yangzhou', branch: 'army', completeness: 100 });
      expect(JSON.stringify(first.body)).not.toMatch(/idNumber|phone/);
      const second = await harness
        .http()
        .get('/profiles')
        .query({
          trainingId: 'huaiyang-cuisine-course',
          cityId: 'yangzhou',
          limit: 2,
          cursor: first.body.nextCursor,
        })
        .set('Authorization', officer())
        .expect(200);
      expect(second.body.items.map((item: { veteranId: string }) => item.veteranId)).toEqual([ids[0]]);
      expect(second.body.nextCursor).toBeUndefined();
    });

    it('refuses listing to anyone but officers, and a forged cursor', async () => {
      await harness
        .http()
        .get('/profiles')
        .set('Authorization', harness.bearer('employer-1', 'employer'))
        .expect(403);
      const response = await harness
        .http()
        .get('/profiles')
        .query({ cursor: 'forged' })
        .set('Authorization', officer())
        .expect(400);
      expect(response.body.issues[0].field).toBe('cursor');
    });

    it('finds the profile of an ID number through its blind index, with a reason that is audited', async () => {
      const veteranId = uniqueName('veteran');
      const identity = newIdentity();
      const reason = '核实创业贷款申请';
      await createProfile(veteranId, identity);
      const found = await harness
        .http()
        .post('/profiles/lookup')
        .set('Authorization', officer())
        .send({ idNumber: identity.idNumber, reason })
        .expect(200);
      expect(found.body).toMatchObject({ veteranId, view: 'officer' });
      expect(found.body.identity.fullName).toBe(identity.fullName);
      expect(JSON.stringify(found.body)).not.toContain(identity.phone);
      const refusedWithoutReason = await harness
        .http()
        .post('/profiles/lookup')
        .set('Authorization', officer())
        .send({ idNumber: identity.idNumber })
        .expect(400);
      expect(JSON.stringify(refusedWithoutReason.body)).toContain('reason');
      await harness
        .http()
        .post('/profiles/lookup')
        .set('Authorization', officer())
        .send({ idNumber: newIdNumber(), reason })
        .expect(404);
      await harness
        .http()
        .post('/profiles/lookup')
        .set('Authorization', harness.bearer('employer-1', 'employer'))
        .send({ idNumber: identity.idNumber, reason })
        .expect(403);
      const audit = await harness
        .http()
        .get('/profiles/me/identity-disclosures')
        .set('Authorization', asVeteran(veteranId))
        .expect(200);
      expect(audit.body.items).toEqual([
        expect.objectContaining({ officerId: 'officer-1', fields: ['idNumber'], reason }),
      ]);
    });
  });

  describe('retries with an Idempotency-Key', () => {
    it('answers a repeated PUT with the first answer, once', async () => {
      const veteranId = uniqueName('veteran');
      const body = completeProfileBody(newIdentity());
      const put = () =>
        harness
          .http()
          .put('/profiles/me')
          .set('Authorization', asVeteran(veteranId))
          .set('Idempotency-Key', `profile-${veteranId}`)
          .send(body);
      const first = await put().expect(201);
      const again = await put().expect(201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body).toEqual(first.body);
      const raw = await harness.rawProfile(veteranId);
      expect(raw?.['revision']).toBe(1);
    });
  });

  describe('civilian view and completeness', () => {
    it('shows a profile in civilian terms to the veteran and to employers', async () => {
      const veteranId = uniqueName('veteran');
      await createProfile(veteranId);
      for (const bearer of [asVeteran(veteranId), harness.bearer('employer-1', 'employer')]) {
        const path =
          bearer === asVeteran(veteranId)
            ? '/profiles/me/civilian-view'
            : `/profiles/${veteranId}/civilian-view`;
        const view = (await harness.http().get(path).set('Authorization', bearer).expect(200)).body;
        expect(view.skills[0]).toMatchObject({
          skillId: 'light-vehicle-driving',
          source: 'declared-and-derived',
          level: 4,
        });
        expect(view.skills).toContainEqual(
          expect.objectContaining({
            skillId: 'drone-piloting',
            source: 'derived',
            derivedFrom: [expect.objectContaining({ id: 'drone-flight-control' })],
          }),
        );
        expect(view.occupations.length).toBeGreaterThan(0);
      }
    });

    it('tells the veteran what to fill in next, and keeps that from employers', async () => {
      const veteranId = uniqueName('veteran');
      await harness
        .http()
        .put('/profiles/me')
        .set('Authorization', asVeteran(veteranId))
        .send({ identity: newIdentity(), residence: { cityId: 'huaian' } })
        .expect(201);
      const completeness = (
        await harness
          .http()
          .get('/profiles/me/completeness')
          .set('Authorization', asVeteran(veteranId))
          .expect(200)
      ).body;
      expect(completeness.score).toBe(20);
      expect(completeness.missing[0]).toMatchObject({
        item: 'military-specialties',
        field: 'serviceRecord.specialtyIds',
      });
      await harness
        .http()
        .get(`/profiles/${veteranId}/completeness`)
        .set('Authorization', harness.bearer('officer-1', 'officer'))
        .expect(200);
      await harness
        .http()
        .get(`/profiles/${veteranId}/completeness`)
        .set('Authorization', harness.bearer('employer-1', 'employer'))
        .expect(403);
    });
  });
});

function wrongCheck(idNumber: string): string {
  const check = idNumber[17] === '0' ? '1' : '0';
  return `${idNumber.slice(0, 17)}${check}`;
}
