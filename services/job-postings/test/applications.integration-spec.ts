import { TOPICS, veteranErased } from '@vetlink/contracts';
import { EventCollector } from '@vetlink/testing';
import { Types } from 'mongoose';
import { CompleteHire } from '../src/applications/use-cases/complete-hire';
import { Actors, http, jobEventCollector, postedJob, registeredEmployer } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

describe('applications: applying once, moving through stages, hiring', () => {
  let service: TestApp;
  let actors: Actors;
  let events: EventCollector;

  beforeAll(async () => {
    service = await startTestApp();
    actors = new Actors(service);
    events = await jobEventCollector();
  });

  afterAll(async () => {
    await events?.stop();
    await service?.close();
  });

  const applicationsOf = (jobId: string) =>
    service.connection.collection('applications').countDocuments({ jobId });
  const moveTo = (applicationId: string, stage: string, token: string) =>
    http(service).post(`/applications/${applicationId}/stage`).set('authorization', token).send({ stage });

  it('takes one application per veteran and job, and announces it', async () => {
    const { organisationId, token } = await registeredEmployer(service, actors);
    const jobId = await postedJob(service, token);
    const veteran = actors.veteran('veteran-dup');

    const first = await http(service)
      .post(`/jobs/${jobId}/applications`)
      .set('authorization', veteran)
      .send({ coverLetter: '曾任警卫班长，持保安员证。' })
      .expect(201);
    expect(first.body).toMatchObject({
      jobId,
      employerId: organisationId,
      veteranId: 'veteran-dup',
      stage: 'applied',
    });
    const again = await http(service)
      .post(`/jobs/${jobId}/applications`)
      .set('authorization', veteran)
      .send({})
      .expect(409);
    expect(again.body.message).toMatch(/already applied/);
    const racing = await Promise.all(
      [1, 2, 3].map(() =>
        http(service).post(`/jobs/${jobId}/applications`).set('authorization', veteran).send({}),
      ),
    );
    expect(racing.map((response) => response.status)).toEqual([409, 409, 409]);
    expect(await applicationsOf(jobId)).toBe(1);

    const [submitted] = await events.waitFor(
      (event) =>
        event.envelope.type === 'jobs.application-submitted' && event.envelope.payload.jobId === jobId,
    );
    expect(submitted?.topic).toBe(TOPICS.jobApplications);
    expect(submitted?.key).toBe(first.body.id);
    expect(submitted?.envelope.payload).toEqual({
      applicationId: first.body.id,
      jobId,
      employerId: organisationId,
      veteranId: 'veteran-dup',
      jobTitle: '安保队长',
      submittedAt: first.body.submittedAt,
      cityId: 'nanjing',
      districtId: 'nanjing-jianye',
    });
  });

  it('takes applications only for open jobs, from veterans', async () => {
    const { token } = await registeredEmployer(service, actors);
    const draftJob = await postedJob(service, token, {}, { publish: false });
    await http(service)
      .post(`/jobs/${draftJob}/applications`)
      .set('authorization', actors.veteran('v-x'))
      .send({})
      .expect(404);
    const pausedJob = await postedJob(service, token);
    await http(service).post(`/jobs/${pausedJob}/pause`).set('authorization', token).expect(200);
    const paused = await http(service)
      .post(`/jobs/${pausedJob}/applications`)
      .set('authorization', actors.veteran('v-x'))
      .send({})
      .expect(409);
    expect(paused.body.message).toBe('the job is paused: only open jobs take applications');
    await http(service)
      .post(`/jobs/${pausedJob}/applications`)
      .set('authorization', token)
      .send({})
      .expect(403);
    await http(service)
      .post(`/jobs/${new Types.ObjectId().toHexString()}/applications`)
      .set('authorization', actors.veteran('v-x'))
      .send({})
      .expect(404);
  });

  it('moves applications to hired, records each hire, and fills the job at its headcount', async () => {
    const { organisationId, token } = await registeredEmployer(service, actors);
    const jobId = await postedJob(service, token, { headcount: 2 });
    const applicationIds: string[] = [];
    for (const veteranId of ['veteran-a', 'veteran-b', 'veteran-c']) {
      const applied = await http(service)
        .post(`/jobs/${jobId}/applications`)
        .set('authorization', actors.veteran(veteranId))
        .send({})
        .expect(201);
      applicationIds.push(applied.body.id);
    }
    const [first, second, third] = applicationIds as [string, string, string];

    for (const stage of ['viewed', 'interview', 'offer']) {
      for (const id of [first, second, third]) await moveTo(id, stage, token).expect(200);
    }
    const skipped = await moveTo(first, 'viewed', token).expect(409);
    expect(skipped.body.message).toBe(
      'the application is offer: cannot move it to viewed (only possible when it is applied)',
    );

    const hired = await moveTo(first, 'hired', token).expect(200);
    expect(hired.body.stage).toBe('hired');
    expect(hired.body.history.map((change: { to: string }) => change.to)).toEqual([
      'viewed',
      'interview',
      'offer',
      'hired',
    ]);
    const halfway = await http(service).get(`/jobs/${jobId}`).set('authorization', token).expect(200);
    expect(halfway.body).toMatchObject({ status: 'open', hiredCount: 1 });

    await moveTo(second, 'hired', token).expect(200);
    const filled = await http(service).get(`/jobs/${jobId}`).set('authorization', token).expect(200);
    expect(filled.body).toMatchObject({ status: 'filled', hiredCount: 2, closeReason: 'filled' });

    const noRoom = await moveTo(third, 'hired', token).expect(409);
    expect(noRoom.body.message).toMatch(/the job is filled with all 2 position\(s\) taken/);
    await moveTo(third, 'rejected', token).expect(200);

    const hires = await events.waitFor(
      (event) => event.envelope.type === 'jobs.veteran-hired' && event.envelope.payload.jobId === jobId,
      2,
    );
    expect(hires.map((event) => event.key).sort()).toEqual([first, second].sort());
    expect(hires[0]?.envelope.payload).toMatchObject({
      jobId,
      employerId: organisationId,
      employerName: '南京顺达安保服务有限公司',
      occupationId: 'security-team-leader',
      employmentType: 'full-time',
      cityId: 'nanjing',
      districtId: 'nanjing-jianye',
      salary: { min: 6000, max: 8500 },
      veteranPriority: true,
    });
    const changes = await events.waitFor(
      (event) => event.envelope.type === 'jobs.application-stage-changed' && event.envelope.key === first,
      4,
    );
    expect(changes.map((event) => [event.envelope.payload.from, event.envelope.payload.to])).toEqual([
      ['applied', 'viewed'],
      ['viewed', 'interview'],
      ['interview', 'offer'],
      ['offer', 'hired'],
    ]);
    expect(changes[3]?.envelope.payload.changedBy).toBe('employer');
    const [filledEvent] = await events.waitFor(
      (event) => event.envelope.type === 'jobs.job-closed' && event.envelope.key === jobId,
    );
    expect(filledEvent?.envelope.payload).toMatchObject({ reason: 'filled', employerId: organisationId });
  });

  it('gives the last opening to exactly one of two hires made at the same moment', async () => {
    const { token } = await registeredEmployer(service, actors);
    const jobId = await postedJob(service, token, { headcount: 1 });
    const offers: string[] = [];
    for (const veteranId of ['veteran-r1', 'veteran-r2']) {
      const applied = await http(service)
        .post(`/jobs/${jobId}/applications`)
        .set('authorization', actors.veteran(veteranId))
        .send({})
        .expect(201);
      for (const stage of ['viewed', 'interview', 'offer'])
        await moveTo(applied.body.id, stage, token).expect(200);
      offers.push(applied.body.id);
    }
    const responses = await Promise.all(offers.map((id) => moveTo(id, 'hired', token)));
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
    const job = await http(service).get(`/jobs/${jobId}`).set('authorization', token).expect(200);
    expect(job.body).toMatchObject({ status: 'filled', hiredCount: 1 });
  });

  it('finishes a hire that was recorded on the application but never counted on its job', async () => {
    const { token } = await registeredEmployer(service, actors);
    const jobId = await postedJob(service, token, { headcount: 3 });
    const applied = await http(service)
      .post(`/jobs/${jobId}/applications`)
      .set('authorization', actors.veteran('veteran-crash'))
      .send({})
      .expect(201);
    const applicationId = applied.body.id as string;
    // What a crash between the two writes of a hire leaves behind: hired, marked pending, not counted.
    await service.connection
      .collection<{ _id: string }>('applications')
      .updateOne({ _id: applicationId }, { $set: { stage: 'hired', hirePending: true } });

    const completeHire = service.app.get(CompleteHire);
    expect(await completeHire.completePending()).toBe(1);
    expect(await completeHire.completePending()).toBe(0);
    await completeHire.execute({ id: applicationId, jobId });
    const job = await http(service).get(`/jobs/${jobId}`).set('authorization', token).expect(200);
    expect(job.body.hiredCount).toBe(1);
  });

  it('lets the veteran withdraw until the application is decided, and nobody else', async () => {
    const { token } = await registeredEmployer(service, actors);
    const jobId = await postedJob(service, token);
    const veteran = actors.veteran('veteran-w');
    const applied = await http(service)
      .post(`/jobs/${jobId}/applications`)
      .set('authorization', veteran)
      .send({})
      .expect(201);
    const id = applied.body.id as string;

    await http(service)
      .post(`/applications/${id}/withdraw`)
      .set('authorization', actors.veteran('veteran-other'))
      .expect(404);
    await http(service).post(`/applications/${id}/withdraw`).set('authorization', token).expect(403);
    await moveTo(id, 'viewed', veteran).expect(403);
    const withdrawn = await http(service)
      .post(`/applications/${id}/withdraw`)
      .set('authorization', veteran)
      .expect(200);
    expect(withdrawn.body.stage).toBe('withdrawn');
    const twice = await http(service)
      .post(`/applications/${id}/withdraw`)
      .set('authorization', veteran)
      .expect(409);
    expect(twice.body.message).toMatch(/the application is withdrawn/);
    const [event] = await events.waitFor(
      (collected) => collected.envelope.type === 'jobs.application-stage-changed' && collected.key === id,
    );
    expect(event?.envelope.payload).toMatchObject({ from: 'applied', to: 'withdrawn', changedBy: 'veteran' });
  });

  it("keeps each party to its own applications: employer B never sees employer A's applicants", async () => {
    const employerA = await registeredEmployer(service, actors);
    const employerB = await registeredEmployer(service, actors);
    const jobOfA = await postedJob(service, employerA.token);
    const jobOfB = await postedJob(service, employerB.token);
    const applied = await http(service)
      .post(`/jobs/${jobOfA}/applications`)
      .set('authorization', actors.veteran('veteran-p'))
      .send({})
      .expect(201);
    await http(service)
      .post(`/jobs/${jobOfB}/applications`)
      .set('authorization', actors.veteran('veteran-q'))
      .send({})
      .expect(201);

    await http(service).get(`/jobs/${jobOfA}/applications`).set('authorization', employerB.token).expect(403);
    await http(service)
      .get(`/applications/${applied.body.id}`)
      .set('authorization', employerB.token)
      .expect(404);
    await moveTo(applied.body.id, 'viewed', employerB.token).expect(404);
    const listedForB = await http(service)
      .get('/applications')
      .query({ jobId: jobOfA })
      .set('authorization', employerB.token)
      .expect(200);
    expect(listedForB.body.items).toEqual([]);

    const applicantsOfA = await http(service)
      .get(`/jobs/${jobOfA}/applications`)
      .set('authorization', employerA.token)
      .expect(200);
    expect(applicantsOfA.body.items.map((item: { veteranId: string }) => item.veteranId)).toEqual([
      'veteran-p',
    ]);
    await http(service)
      .get(`/jobs/${jobOfA}/applications`)
      .set('authorization', actors.officer())
      .expect(200);
    await http(service)
      .get(`/jobs/${jobOfA}/applications`)
      .set('authorization', actors.veteran('veteran-p'))
      .expect(403);

    const mine = await http(service)
      .get('/applications')
      .set('authorization', actors.veteran('veteran-p'))
      .expect(200);
    expect(mine.body.items.map((item: { jobId: string }) => item.jobId)).toEqual([jobOfA]);
    await http(service)
      .get(`/applications/${applied.body.id}`)
      .set('authorization', actors.veteran('veteran-q'))
      .expect(404);
  });

  it("exports a veteran's applications, and on erasure keeps them for the employer and the counts without saying whose", async () => {
    const { token } = await registeredEmployer(service, actors);
    const jobId = await postedJob(service, token);
    const veteranId = `veteran-erased-${Date.now()}`;
    const veteran = actors.veteran(veteranId);
    const applied = await http(service)
      .post(`/jobs/${jobId}/applications`)
      .set('authorization', veteran)
      .send({ coverLetter: '请联系我，我在南京。' })
      .expect(201);
    const exported = await http(service).get('/personal-data/me').set('authorization', veteran).expect(200);
    expect(exported.body.sections.applications).toEqual([
      expect.objectContaining({ _id: applied.body.id, jobId, coverLetter: '请联系我，我在南京。' }),
    ]);

    const erasure = await service.publish(veteranErased, {
      veteranId,
      revision: 3,
      erasedAt: new Date().toISOString(),
    });
    await service.handled(erasure);

    const after = await http(service).get('/personal-data/me').set('authorization', veteran).expect(200);
    expect(after.body.sections).toEqual({ applications: [] });
    const pipeline = await http(service)
      .get(`/jobs/${jobId}/applications`)
      .set('authorization', token)
      .expect(200);
    expect(pipeline.body.items).toEqual([
      expect.objectContaining({
        id: applied.body.id,
        veteranId: `erased-applicant-${applied.body.id}`,
        stage: 'applied',
      }),
    ]);
    expect(JSON.stringify(pipeline.body)).not.toContain('南京');
    expect(await applicationsOf(jobId)).toBe(1);
  });
});
