import { courseCompleted, PayloadOf, TOPICS } from '@vetlink/contracts';
import { EventCollector, testEngines, uniqueName, waitFor } from '@vetlink/testing';
import { AppHarness, startApp } from './support/app-harness';
import { completeProfileBody, newIdentity } from './support/profile-bodies';

type CourseCompleted = PayloadOf<typeof courseCompleted>;

/** The forklift course, completed: what trainings publishes when an officer records it. */
function forkliftCompletion(veteranId: string, overrides: Partial<CourseCompleted> = {}): CourseCompleted {
  return {
    enrolmentId: uniqueName('enrolment'),
    runId: 'run-forklift-2026-11',
    courseId: 'course-forklift',
    veteranId,
    courseTitle: '叉车司机培训',
    cityId: 'nanjing',
    startsOn: '2026-11-02',
    endsOn: '2026-11-21',
    trainingId: 'forklift-course',
    skillIds: ['forklift-operation', 'light-vehicle-driving'],
    certificateIds: ['forklift-licence'],
    attendancePercent: 95,
    recordedBy: 'officer-5',
    completedAt: '2026-11-21T09:00:00.000Z',
    ...overrides,
  };
}

describe('courses completed (trainings.course-completed) credited to profiles, against the real Kafka and FerretDB', () => {
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
    await harness
      .http()
      .put('/profiles/me')
      .set('Authorization', asVeteran(veteranId))
      .send(completeProfileBody(newIdentity('陈立')))
      .expect(201);
  }

  async function myProfile(veteranId: string) {
    const response = await harness.http().get('/profiles/me').set('Authorization', asVeteran(veteranId));
    return response.body;
  }

  async function complete(payload: CourseCompleted) {
    await harness.handled(await harness.publish(courseCompleted, payload));
  }

  const updatesOf = (veteranId: string) =>
    events.events.filter(
      (event) => event.key === veteranId && event.envelope.type === 'profiles.profile-updated',
    );

  const courseSource = (payload: CourseCompleted) => ({
    kind: 'course',
    courseId: payload.courseId,
    runId: payload.runId,
    enrolmentId: payload.enrolmentId,
    courseTitle: payload.courseTitle,
  });

  it('adds the verified skills, certificate and training with the course as provenance, and tells matching', async () => {
    const veteranId = uniqueName('veteran');
    await createProfile(veteranId);
    const payload = forkliftCompletion(veteranId);
    await complete(payload);

    const profile = await myProfile(veteranId);
    expect(profile.revision).toBe(2);
    expect(profile.skills).toEqual([
      // Declared at 4 before the course: the higher level stays, now verified by the course.
      {
        skillId: 'light-vehicle-driving',
        level: 4,
        verified: true,
        verifiedBy: 'officer-5',
        verifiedAt: payload.completedAt,
        verification: {
          verifiedBy: 'officer-5',
          verifiedAt: payload.completedAt,
          source: courseSource(payload),
        },
      },
      {
        skillId: 'forklift-operation',
        level: 3,
        verified: true,
        verifiedBy: 'officer-5',
        verifiedAt: payload.completedAt,
        verification: {
          verifiedBy: 'officer-5',
          verifiedAt: payload.completedAt,
          source: courseSource(payload),
        },
      },
    ]);
    expect(profile.certificateIds).toEqual(['driving-licence-c1', 'forklift-licence']);
    expect(profile.earnedCertificates).toEqual([
      {
        certificateId: 'forklift-licence',
        courseId: payload.courseId,
        runId: payload.runId,
        enrolmentId: payload.enrolmentId,
        courseTitle: payload.courseTitle,
        certifiedAt: payload.completedAt,
      },
    ]);
    expect(profile.trainingIds).toEqual(['drone-flight-control', 'forklift-course']);
    expect(profile.courseCompletions).toEqual([
      {
        courseId: payload.courseId,
        runId: payload.runId,
        enrolmentId: payload.enrolmentId,
        courseTitle: payload.courseTitle,
        trainingId: 'forklift-course',
        skillIds: payload.skillIds,
        certificateIds: payload.certificateIds,
        attendancePercent: 95,
        recordedBy: 'officer-5',
        completedAt: payload.completedAt,
      },
    ]);

    // Employers see that the course vouches for it, without the officers' names.
    const masked = await harness
      .http()
      .get(`/profiles/${veteranId}`)
      .set('Authorization', harness.bearer('employer-1', 'employer'))
      .expect(200);
    expect(masked.body.skills[1]).toEqual({
      skillId: 'forklift-operation',
      level: 3,
      verified: true,
      verification: { verifiedAt: payload.completedAt, source: courseSource(payload) },
    });
    expect(masked.body.earnedCertificates).toEqual(profile.earnedCertificates);

    const [updated] = await events.waitFor(
      (event) => event.key === veteranId && event.envelope.type === 'profiles.profile-updated',
    );
    const snapshot = updated.envelope.payload;
    expect(snapshot.revision).toBe(2);
    expect(snapshot.changedFields).toEqual(
      expect.arrayContaining(['declaredSkills', 'certificateIds', 'trainingIds']),
    );
    expect(snapshot.declaredSkills).toEqual([
      { skillId: 'light-vehicle-driving', level: 4, verified: true },
      { skillId: 'forklift-operation', level: 3, verified: true },
    ]);
    expect(snapshot.certificateIds).toContain('forklift-licence');
  });

  it('credits an enrolment once: a second completion of it changes nothing and publishes nothing', async () => {
    const veteranId = uniqueName('veteran');
    await createProfile(veteranId);
    const payload = forkliftCompletion(veteranId);
    await complete(payload);
    await complete({ ...payload, certificateIds: ['electrician-licence'], recordedBy: 'officer-9' });

    const profile = await myProfile(veteranId);
    expect(profile.revision).toBe(2);
    expect(profile.certificateIds).not.toContain('electrician-licence');
    expect(profile.courseCompletions).toHaveLength(1);

    // A later change of the veteran's own is the next event of their key: nothing came in between.
    await harness
      .http()
      .patch('/profiles/me/job-seeking-status')
      .set('Authorization', asVeteran(veteranId))
      .send({ status: 'open' })
      .expect(200);
    await events.waitFor((event) => event.key === veteranId && event.envelope.payload.revision === 3);
    expect(updatesOf(veteranId).map((event) => event.envelope.payload.revision)).toEqual([2, 3]);
  });

  it("keeps the course's record when an officer withdraws the skill's verification, and does not credit it again", async () => {
    const veteranId = uniqueName('veteran');
    await createProfile(veteranId);
    const payload = forkliftCompletion(veteranId);
    await complete(payload);
    await harness
      .http()
      .patch(`/profiles/${veteranId}/skills/forklift-operation/verification`)
      .set('Authorization', officer())
      .send({ verified: false })
      .expect(200);
    await complete({ ...payload });

    const profile = await myProfile(veteranId);
    const forklift = profile.skills.find(
      (skill: { skillId: string }) => skill.skillId === 'forklift-operation',
    );
    expect(forklift).toMatchObject({ verified: false, verification: null });
    expect(profile.courseCompletions).toHaveLength(1);
    expect(profile.revision).toBe(3);
  });

  it('keeps a completion of a veteran without a profile and credits it when they create one', async () => {
    const veteranId = uniqueName('veteran');
    const payload = forkliftCompletion(veteranId);
    await complete(payload);
    const pending = harness.connection.collection<{ _id: string }>('pending_course_completions');
    expect(await pending.findOne({ _id: payload.enrolmentId })).toMatchObject({ veteranId });

    const exported = await harness
      .http()
      .get('/personal-data/me')
      .set('Authorization', asVeteran(veteranId))
      .expect(200);
    expect(exported.body.sections.pendingCourseCompletions).toEqual([
      expect.objectContaining({ enrolmentId: payload.enrolmentId, courseTitle: payload.courseTitle }),
    ]);

    await createProfile(veteranId);
    const profile = await waitFor(
      async () => {
        const body = await myProfile(veteranId);
        return body.courseCompletions?.length ? body : undefined;
      },
      { what: 'the pending completion credited to the new profile' },
    );
    expect(profile.revision).toBe(2);
    expect(profile.certificateIds).toContain('forklift-licence');
    expect(await pending.findOne({ _id: payload.enrolmentId })).toBeNull();
    const [updated] = await events.waitFor(
      (event) => event.key === veteranId && event.envelope.type === 'profiles.profile-updated',
    );
    expect(updated.envelope.payload.changedFields).toEqual(
      expect.arrayContaining(['declaredSkills', 'certificateIds', 'trainingIds']),
    );
  });

  it('exports the course provenance, forgets it on erasure, and keeps nothing of an erased veteran', async () => {
    const veteranId = uniqueName('veteran');
    await createProfile(veteranId);
    const payload = forkliftCompletion(veteranId);
    await complete(payload);

    const exported = await harness
      .http()
      .get('/personal-data/me')
      .set('Authorization', asVeteran(veteranId))
      .expect(200);
    expect(exported.body.sections.profile.courseCompletions).toEqual([
      expect.objectContaining({ enrolmentId: payload.enrolmentId, courseTitle: payload.courseTitle }),
    ]);
    expect(exported.body.sections.profile.earnedCertificates).toHaveLength(1);

    await harness.http().delete('/profiles/me').set('Authorization', asVeteran(veteranId)).expect(204);
    const later = forkliftCompletion(veteranId);
    await complete(later);

    const raw = JSON.stringify(await harness.rawProfile(veteranId));
    expect(raw).not.toContain('courseCompletions');
    expect(raw).not.toContain(payload.courseTitle);
    const pending = harness.connection.collection<{ _id: string }>('pending_course_completions');
    expect(await pending.findOne({ _id: later.enrolmentId })).toBeNull();
  });
});
