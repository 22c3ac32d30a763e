import { TOPICS } from '@vetlink/contracts';
import { EventCollector } from '@vetlink/testing';
import {
  Actors,
  http,
  inDays,
  jobBody,
  jobEventCollector,
  postedJob,
  registeredEmployer,
} from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

describe('job postings: from draft to closed, with their events on Kafka', () => {
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

  const eventsOf = (type: string, jobId: string) => (event: { envelope: { type: string; key: string } }) =>
    event.envelope.type === type && event.envelope.key === jobId;

  it('registers an employer, whose contact only it and officers see, and lets an officer verify it', async () => {
    const { organisationId, token } = await registeredEmployer(service, actors, { verified: false });
    const [registered] = await events.waitFor(eventsOf('jobs.employer-registered', organisationId));
    expect(registered?.topic).toBe(TOPICS.employers);
    expect(registered?.envelope.payload).toMatchObject({ organisationId, cityId: 'nanjing' });
    expect(JSON.stringify(registered?.envelope)).not.toMatch(/13812345678|王经理/);
    const own = await http(service).get('/employers/me').set('authorization', token).expect(200);
    expect(own.body).toMatchObject({
      id: organisationId,
      verified: false,
      contact: { name: '王经理', phone: '13812345678' },
    });
    const stored = await service.connection.collection('employers').findOne({ _id: organisationId as never });
    expect(JSON.stringify(stored)).not.toContain('13812345678');
    expect(stored?.['contact']).toEqual({ name: '王经理', encryptedPhone: expect.stringMatching(/^v1:/) });

    const seenByVeteran = await http(service)
      .get(`/employers/${organisationId}`)
      .set('authorization', actors.veteran('v-1'))
      .expect(200);
    expect(seenByVeteran.body).not.toHaveProperty('contact');
    const seenByOtherEmployer = await http(service)
      .get(`/employers/${organisationId}`)
      .set('authorization', actors.employer('org-someone-else'))
      .expect(200);
    expect(seenByOtherEmployer.body).not.toHaveProperty('contact');

    await http(service)
      .post(`/employers/${organisationId}/verification`)
      .set('authorization', token)
      .expect(403);
    const verified = await http(service)
      .post(`/employers/${organisationId}/verification`)
      .set('authorization', actors.officer())
      .expect(200);
    expect(verified.body).toMatchObject({ verified: true, contact: { phone: '13812345678' } });
    expect(verified.body.verifiedAt).toEqual(expect.any(String));
    const [announced] = await events.waitFor(eventsOf('jobs.employer-verified', organisationId));
    expect(announced?.envelope.payload).toMatchObject({
      organisationId,
      verifiedAt: verified.body.verifiedAt,
    });
  });

  it('lets the employer and an officer change its industry, city and contact', async () => {
    const { organisationId, token } = await registeredEmployer(service, actors);
    const own = await http(service)
      .patch(`/employers/${organisationId}`)
      .set('authorization', token)
      .send({ industry: 'finance', contact: { name: '李主管', phone: '13900001111' } })
      .expect(200);
    expect(own.body).toMatchObject({
      industry: 'finance',
      contact: { name: '李主管', phone: '13900001111' },
    });
    const byOfficer = await http(service)
      .patch(`/employers/${organisationId}`)
      .set('authorization', actors.officer())
      .send({ cityId: 'xuzhou' })
      .expect(200);
    expect(byOfficer.body).toMatchObject({ industry: 'finance', cityId: 'xuzhou', verified: true });
    const stored = await service.connection.collection('employers').findOne({ _id: organisationId as never });
    expect(JSON.stringify(stored)).not.toContain('13900001111');
  });

  it('announces a verification once: concurrent and repeated verifications share one event id', async () => {
    const { organisationId } = await registeredEmployer(service, actors, { verified: false });
    const verify = () =>
      http(service).post(`/employers/${organisationId}/verification`).set('authorization', actors.officer());
    const answers = await Promise.all([verify(), verify(), verify()]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    await verify().expect(200);
    await events.waitFor(eventsOf('jobs.employer-verified', organisationId));
    await new Promise((settle) => setTimeout(settle, 1500));
    const ids = events
      .ofType('jobs.employer-verified')
      .filter(eventsOf('jobs.employer-verified', organisationId));
    expect(new Set(ids.map((event) => event.envelope.eventId)).size).toBe(1);
  });

  it('publishes a draft and announces it with the full snapshot, keyed by the job id', async () => {
    const { organisationId, token } = await registeredEmployer(service, actors);
    const draft = await http(service).post('/jobs').set('authorization', token).send(jobBody()).expect(201);
    expect(draft.body).toMatchObject({ status: 'draft', employerId: organisationId, hiredCount: 0 });
    expect(draft.body).not.toHaveProperty('pendingEvents');
    const jobId = draft.body.id as string;

    const published = await http(service)
      .post(`/jobs/${jobId}/publish`)
      .set('authorization', token)
      .set('x-correlation-id', 'publish-test-0001')
      .expect(200);
    expect(published.body.status).toBe('open');

    const [posted] = await events.waitFor(eventsOf('jobs.job-posted', jobId));
    expect(posted?.topic).toBe(TOPICS.jobPostings);
    expect(posted?.key).toBe(jobId);
    expect(posted?.envelope).toMatchObject({
      version: 1,
      producer: 'job-postings',
      correlationId: 'publish-test-0001',
    });
    expect(posted?.envelope.payload).toEqual({
      jobId,
      employerId: organisationId,
      employerName: '南京顺达安保服务有限公司',
      employerVerified: true,
      title: '安保队长',
      description: '负责园区安保团队排班、巡逻与应急处置，退役军人优先。',
      occupationId: 'security-team-leader',
      requiredSkills: [
        { skillId: 'site-patrol', level: 3 },
        { skillId: 'first-aid', level: 2 },
      ],
      preferredSkills: [{ skillId: 'security-risk-assessment', level: 2 }],
      requiredCertificates: ['security-guard-certificate'],
      education: 'senior-high',
      experienceYears: 2,
      location: {
        cityId: 'nanjing',
        districtId: 'nanjing-jianye',
        address: '建邺区江东中路 100 号',
        lat: 32.0037,
        lng: 118.7318,
      },
      salary: { min: 6000, max: 8500 },
      employmentType: 'full-time',
      headcount: 2,
      benefits: ['五险一金', '包住宿'],
      veteransOnly: false,
      veteranPriority: true,
      deadline: published.body.deadline,
      status: 'open',
      postedAt: published.body.postedAt,
      updatedAt: published.body.updatedAt,
    });
  });

  it('announces edits of a published job, flagging only those that matter to matching', async () => {
    const { token } = await registeredEmployer(service, actors);
    const jobId = await postedJob(service, token);

    await http(service)
      .patch(`/jobs/${jobId}`)
      .set('authorization', token)
      .send({ description: '负责园区安保，夜班补贴。' })
      .expect(200);
    const [reworded] = await events.waitFor(eventsOf('jobs.job-updated', jobId));
    expect(reworded?.envelope.payload).toMatchObject({
      materialChange: false,
      description: '负责园区安保，夜班补贴。',
      status: 'open',
    });

    const raised = await http(service)
      .patch(`/jobs/${jobId}`)
      .set('authorization', token)
      .send({ salary: { min: 7000, max: 9500 } })
      .expect(200);
    expect(raised.body.salary).toEqual({ min: 7000, max: 9500 });
    const updates = await events.waitFor(eventsOf('jobs.job-updated', jobId), 2);
    expect(updates[1]?.envelope.payload).toMatchObject({
      materialChange: true,
      salary: { min: 7000, max: 9500 },
    });
    expect(updates[1]?.key).toBe(jobId);
  });

  it('takes skills typed in an edit: the known ones become required skills, the rest replaces the kept text', async () => {
    const { token } = await registeredEmployer(service, actors);
    const jobId = await postedJob(service, token);
    const edited = await http(service)
      .patch(`/jobs/${jobId}`)
      .set('authorization', token)
      .send({ skills: ['车辆例行保养', '门岗夜巡登记'] })
      .expect(200);
    expect(edited.body.skillTexts).toEqual(['门岗夜巡登记']);
    expect(edited.body.requiredSkills).toContainEqual({ skillId: 'vehicle-daily-maintenance', level: 3 });
    const [update] = await events.waitFor(eventsOf('jobs.job-updated', jobId));
    expect(update?.envelope.payload).toMatchObject({ materialChange: true, skillTexts: ['门岗夜巡登记'] });
  });

  it('writes and sends nothing for an edit that changes nothing', async () => {
    const { token } = await registeredEmployer(service, actors);
    const jobId = await postedJob(service, token, {
      title: '仓库主管',
      occupationId: 'warehouse-supervisor',
    });
    await events.waitFor(eventsOf('jobs.job-posted', jobId));
    const before = await http(service).get(`/jobs/${jobId}`).set('authorization', token).expect(200);
    const after = await http(service)
      .patch(`/jobs/${jobId}`)
      .set('authorization', token)
      .send({ title: '仓库主管' })
      .expect(200);
    expect(after.body.updatedAt).toBe(before.body.updatedAt);
    // A later, real change proves the stream moved on without an update in between.
    await http(service)
      .patch(`/jobs/${jobId}`)
      .set('authorization', token)
      .send({ headcount: 4 })
      .expect(200);
    const updates = await events.waitFor(eventsOf('jobs.job-updated', jobId));
    expect(updates).toHaveLength(1);
    expect(updates[0]?.envelope.payload).toMatchObject({ headcount: 4, materialChange: false });
  });

  it('pauses, resumes and closes a job, and announces the close', async () => {
    const { organisationId, token } = await registeredEmployer(service, actors);
    const jobId = await postedJob(service, token);

    await http(service)
      .post(`/jobs/${jobId}/pause`)
      .set('authorization', token)
      .expect(200, /"status":"paused"/);
    await http(service)
      .post(`/jobs/${jobId}/resume`)
      .set('authorization', token)
      .expect(200, /"status":"open"/);
    const closed = await http(service).post(`/jobs/${jobId}/close`).set('authorization', token).expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', closeReason: 'closed-by-employer' });

    const [closedEvent] = await events.waitFor(eventsOf('jobs.job-closed', jobId));
    expect(closedEvent?.key).toBe(jobId);
    expect(closedEvent?.envelope.payload).toEqual({
      jobId,
      employerId: organisationId,
      reason: 'closed-by-employer',
      closedAt: closed.body.closedAt,
      cityId: 'nanjing',
      districtId: 'nanjing-jianye',
    });
    const statuses = (await events.waitFor(eventsOf('jobs.job-updated', jobId), 2)).map(
      (event) => event.envelope.payload.status,
    );
    expect(statuses).toEqual(['paused', 'open']);
  });

  it('refuses a step the lifecycle does not allow with 409 naming the current status', async () => {
    const { token } = await registeredEmployer(service, actors);
    const jobId = await postedJob(service, token);
    await http(service).post(`/jobs/${jobId}/close`).set('authorization', token).expect(200);

    const resume = await http(service).post(`/jobs/${jobId}/resume`).set('authorization', token).expect(409);
    expect(resume.body.message).toBe('the job is closed: cannot resume it (only possible when it is paused)');
    const publish = await http(service)
      .post(`/jobs/${jobId}/publish`)
      .set('authorization', token)
      .expect(409);
    expect(publish.body.message).toMatch(/the job is closed/);
    const edit = await http(service)
      .patch(`/jobs/${jobId}`)
      .set('authorization', token)
      .send({ headcount: 3 })
      .expect(409);
    expect(edit.body.message).toMatch(/the job is closed: cannot edit it/);
  });

  it('lets an unverified employer draft but not publish', async () => {
    const { token } = await registeredEmployer(service, actors, { verified: false });
    const jobId = await postedJob(service, token, {}, { publish: false });
    const refused = await http(service)
      .post(`/jobs/${jobId}/publish`)
      .set('authorization', token)
      .expect(403);
    expect(refused.body.message).toMatch(/not verified by the bureau yet/);
    const job = await http(service).get(`/jobs/${jobId}`).set('authorization', token).expect(200);
    expect(job.body.status).toBe('draft');
  });

  it('shows a draft only to its organisation and officers, and lets only its organisation manage it', async () => {
    const { token } = await registeredEmployer(service, actors);
    const jobId = await postedJob(service, token, {}, { publish: false });
    await http(service).get(`/jobs/${jobId}`).set('authorization', actors.officer()).expect(200);
    await http(service).get(`/jobs/${jobId}`).set('authorization', actors.veteran('v-2')).expect(404);
    await http(service).get(`/jobs/${jobId}`).set('authorization', actors.employer('org-rival')).expect(404);
    await http(service).post(`/jobs/${jobId}/publish`).set('authorization', token).expect(200);
    await http(service).get(`/jobs/${jobId}`).set('authorization', actors.veteran('v-2')).expect(200);
    await http(service)
      .post(`/jobs/${jobId}/pause`)
      .set('authorization', actors.employer('org-rival'))
      .expect(403);
    await http(service).post(`/jobs/${jobId}/pause`).set('authorization', actors.veteran('v-2')).expect(403);
  });

  it('refuses drafting before the organisation is registered, and registering twice', async () => {
    await http(service)
      .post('/jobs')
      .set('authorization', actors.employer('org-unknown'))
      .send(jobBody())
      .expect(409);
    const { token } = await registeredEmployer(service, actors);
    const again = await http(service)
      .post('/employers')
      .set('authorization', token)
      .send({
        name: '顺达',
        creditCode: '91440300708461136T',
        industry: 'business-services',
        cityId: 'nanjing',
        contact: { name: '王', phone: '13812345678' },
      })
      .expect(409);
    expect(again.body.message).toMatch(/registered already/);
  });

  it('keeps every change and its event when the outbox relay clears the same job at that moment', async () => {
    // FerretDB 1.x applies updates as read-then-write; with several connections per service, about one
    // pause in four right after a publish was undone by the relay clearing the job's sent events.
    const { token } = await registeredEmployer(service, actors);
    const jobIds: string[] = [];
    for (let round = 0; round < 12; round += 1) {
      const jobId = await postedJob(service, token);
      await http(service).post(`/jobs/${jobId}/pause`).set('authorization', token).expect(200);
      jobIds.push(jobId);
    }
    const pauses = await events.waitFor(
      (event) => event.envelope.type === 'jobs.job-updated' && jobIds.includes(event.envelope.key),
      jobIds.length,
    );
    expect(pauses.every((event) => event.envelope.payload.status === 'paused')).toBe(true);
    for (const jobId of jobIds) {
      const job = await http(service).get(`/jobs/${jobId}`).set('authorization', token).expect(200);
      expect(job.body.status).toBe('paused');
    }
  });

  it('answers 401 without a token', async () => {
    await http(service).get('/jobs').expect(401);
    await http(service)
      .post('/jobs')
      .send(jobBody({ deadline: inDays(5) }))
      .expect(401);
  });

  it('answers 401 to a token that never expires or lives longer than the maximum', async () => {
    const officer = { userId: 'officer-1', role: 'officer' };
    for (const expiresIn of [null, 24 * 3600]) {
      const token = `Bearer ${service.issuer.mint(officer, { expiresIn })}`;
      await http(service).get('/jobs').set('authorization', token).expect(401);
    }
    await http(service).get('/jobs').set('authorization', service.bearer(officer)).expect(200);
  });
});
