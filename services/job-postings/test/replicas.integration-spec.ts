import { randomBytes } from 'node:crypto';
import { TOPICS } from '@vetlink/contracts';
import { EventCollector } from '@vetlink/testing';
import { InstanceProcess, startInstanceProcess } from '@vetlink/testing/service';
import { loadJobPostingsConfig } from '../src/config';
import { SERVICE_NAME } from '../src/service-name';
import { Actors, http, jobEventCollector, postedJob, registeredEmployer } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const SWEEP_INTERVAL_MS = 2000;
const REPLICAS = 3;
const JOBS = 40;

interface SlotClaim {
  _id: string;
  task: string;
}

/**
 * Three replicas on one database, each with the deadline sweep every 2 s: together they close each
 * overdue job once, one replica per slot, and never sweep at once (on FerretDB a sweep's conditional
 * write is read-then-write, so two sweeps at once could close a job twice).
 */
describe(`job-postings: the deadline sweep on ${REPLICAS} replicas`, () => {
  let service: TestApp;
  let events: EventCollector;
  const replicas: InstanceProcess[] = [];
  let startedAt: number;

  beforeAll(async () => {
    startedAt = Date.now();
    service = await startTestApp({ JOB_SWEEP_INTERVAL_MS: SWEEP_INTERVAL_MS });
    const defaults = loadJobPostingsConfig({
      AUTH_JWT_PUBLIC_KEY: service.kit.auth.publicKey,
      PII_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    }).service;
    const config = {
      service: {
        ...defaults,
        ...service.kit.service,
        JOB_SWEEP_INTERVAL_MS: SWEEP_INTERVAL_MS,
        LOG_LEVEL: 'warn',
      },
      auth: service.kit.auth,
    };
    const started = await Promise.all(
      Array.from({ length: REPLICAS - 1 }, (_, index) =>
        startInstanceProcess({
          script: 'services/job-postings/test/support/job-postings-instance.ts',
          serviceName: SERVICE_NAME,
          consumedTopics: [TOPICS.veteranProfiles],
          config,
          index,
        }),
      ),
    );
    replicas.push(...started);
    events = await jobEventCollector();
  }, 120_000);

  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.stop()));
    await events?.stop();
    await service?.close();
  });

  it(`closes ${JOBS} jobs whose deadline passes at one moment once each, one replica per slot`, async () => {
    const { token } = await registeredEmployer(service, new Actors(service));
    const deadline = new Date(Date.now() + 4 * SWEEP_INTERVAL_MS).toISOString();
    const jobIds: string[] = [];
    for (let index = 0; index < JOBS; index += 1) jobIds.push(await postedJob(service, token, { deadline }));
    const overdue = new Set(jobIds);
    const isClosing = (event: EventCollector['events'][number]) =>
      event.envelope.type === 'jobs.job-closed' && overdue.has(event.envelope.key);

    await events.waitFor(isClosing, JOBS, 60_000);
    // Three more slots, for a replica that would close a job a second time.
    await new Promise((resolve) => setTimeout(resolve, 3 * SWEEP_INTERVAL_MS));

    const closings = events.events.filter(isClosing);
    expect(closings).toHaveLength(JOBS);
    expect(new Set(closings.map((event) => event.envelope.key))).toEqual(overdue);
    const claims = await service.connection
      .collection<SlotClaim>('periodic_task_claims')
      .find({ task: 'job-expiry' })
      .toArray();
    // One claim per slot at most, for all replicas together: one run per interval, not three.
    const slotsSoFar = Math.ceil((Date.now() - startedAt) / SWEEP_INTERVAL_MS) + 1;
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.length).toBeLessThanOrEqual(slotsSoFar);
    for (const jobId of jobIds.slice(0, 3)) {
      const job = await http(service).get(`/jobs/${jobId}`).set('authorization', token).expect(200);
      expect(job.body).toMatchObject({ status: 'closed', closeReason: 'deadline-passed' });
    }
  }, 120_000);
});
