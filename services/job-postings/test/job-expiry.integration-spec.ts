import { EventCollector } from '@vetlink/testing';
import { CloseOverdueJobs } from '../src/expiry/close-overdue-jobs';
import { Actors, http, jobEventCollector, postedJob, registeredEmployer } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

describe('jobs close themselves at their application deadline', () => {
  let service: TestApp;
  let actors: Actors;
  let events: EventCollector;

  beforeAll(async () => {
    service = await startTestApp({ JOB_SWEEP_INTERVAL_MS: 500 });
    actors = new Actors(service);
    events = await jobEventCollector();
  });

  afterAll(async () => {
    await events?.stop();
    await service?.close();
  });

  it('closes open and paused jobs once their deadline passes and announces each once, reason deadline-passed', async () => {
    const { organisationId, token } = await registeredEmployer(service, actors);
    const soon = () => new Date(Date.now() + 2500).toISOString();
    const openJob = await postedJob(service, token, { deadline: soon() });
    const pausedJob = await postedJob(service, token, { deadline: soon() });
    await http(service).post(`/jobs/${pausedJob}/pause`).set('authorization', token).expect(200);
    const lastingJob = await postedJob(service, token);

    const closed = await events.waitFor(
      (event) =>
        event.envelope.type === 'jobs.job-closed' && [openJob, pausedJob].includes(event.envelope.key),
      2,
    );
    for (const event of closed) {
      expect(event.envelope.payload).toEqual({
        jobId: event.key,
        employerId: organisationId,
        reason: 'deadline-passed',
        closedAt: expect.any(String),
        cityId: 'nanjing',
        districtId: 'nanjing-jianye',
      });
    }
    const job = await http(service).get(`/jobs/${openJob}`).set('authorization', token).expect(200);
    expect(job.body).toMatchObject({ status: 'closed', closeReason: 'deadline-passed' });
    const lasting = await http(service).get(`/jobs/${lastingJob}`).set('authorization', token).expect(200);
    expect(lasting.body.status).toBe('open');

    // Sweeping again (as another instance would) closes nothing twice.
    expect(await service.app.get(CloseOverdueJobs).execute()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const closings = events.events.filter(
      (event) =>
        event.envelope.type === 'jobs.job-closed' && [openJob, pausedJob].includes(event.envelope.key),
    );
    expect(closings).toHaveLength(2);
  });

  it('refuses applications to a closed job', async () => {
    const { token } = await registeredEmployer(service, actors);
    const jobId = await postedJob(service, token, { deadline: new Date(Date.now() + 1500).toISOString() });
    await events.waitFor(
      (event) => event.envelope.type === 'jobs.job-closed' && event.envelope.key === jobId,
    );
    const refused = await http(service)
      .post(`/jobs/${jobId}/applications`)
      .set('authorization', actors.veteran('v-late'))
      .send({})
      .expect(409);
    expect(refused.body.message).toMatch(/the job is closed/);
  });
});
