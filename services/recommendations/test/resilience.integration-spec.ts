import { jobPosted, profileCreated } from '@vetlink/contracts';
import { forkliftJobPosted, profileSnapshot } from '@vetlink/matching-score/testing';
import { uniqueName, waitFor } from '@vetlink/testing';
import { Queue } from 'bullmq';
import type { ChildProcess } from 'node:child_process';
import { digestJobId, DigestTask } from '../src/digests/digest-task';
import { DIGESTS_QUEUE } from '../src/queues/digest-queues';
import { parseIsoWeek } from '../src/weeks/domain/iso-week';
import { AppHarness, RunBody, startApp } from './support/app-harness';
import { startWorkerProcess, stopped } from './support/worker-process';

const VETERANS = 200;

describe('exactly one digest per veteran and week', () => {
  let harness: AppHarness;
  const workers: ChildProcess[] = [];

  afterAll(async () => {
    await Promise.all(workers.map((worker) => stopped(worker, 'SIGKILL')));
    await harness?.close();
  });

  it('survives a worker process killed in the middle of a run', async () => {
    // The API and the read model here; the digests in worker processes of their own.
    harness = await startApp({ role: 'api' });
    await harness.publish(jobPosted, forkliftJobPosted(uniqueName('job-forklift')));
    const veteranIds = Array.from({ length: VETERANS }, () => uniqueName('vet'));
    for (const veteranId of veteranIds) await harness.publish(profileCreated, profileSnapshot(veteranId));
    await harness.readModelHolds({ jobs: 1, veterans: VETERANS + 1 });

    const { runId } = (
      await harness.http().post('/digest-runs').set('authorization', harness.officer()).send({})
    ).body;
    const progress = async (): Promise<RunBody> =>
      (await harness.http().get(`/digest-runs/${runId}`).set('authorization', harness.officer())).body;

    const where = {
      database: harness.config.service.MONGODB_DATABASE,
      queuePrefix: harness.config.service.QUEUE_PREFIX,
    };
    const timing = { DIGEST_LOCK_MS: String(harness.config.digest.lockMs) };
    const first = startWorkerProcess(where, { ...timing, DIGEST_CONCURRENCY: '1' });
    workers.push(first);
    const atKill = await waitFor(
      async () => {
        const run = await progress();
        return run.counts.done >= 20 ? run : undefined;
      },
      { timeoutMs: 120_000, intervalMs: 50, what: 'the first worker to be part-way through' },
    );
    await stopped(first, 'SIGKILL');
    expect(atKill.counts.done).toBeLessThan(VETERANS);

    workers.push(startWorkerProcess(where, { ...timing, DIGEST_CONCURRENCY: '4' }));
    const run = await harness.finished(runId);
    expect(run.counts).toMatchObject({ total: VETERANS, failed: 0, outcomes: { sent: VETERANS } });

    await waitFor(() => (harness.digests.events.length >= VETERANS ? true : undefined), {
      timeoutMs: 30_000,
      what: 'every digest on Kafka',
    });
    const eventIdsByDigest = new Map<string, Set<string>>();
    for (const { envelope } of harness.digests.events) {
      const ids = eventIdsByDigest.get(envelope.payload.digestId) ?? new Set<string>();
      eventIdsByDigest.set(envelope.payload.digestId, ids.add(envelope.eventId));
    }
    // One digest each; a digest published again after the kill is the same event (same eventId), which
    // consumers' ledgers drop.
    expect(eventIdsByDigest.size).toBe(VETERANS);
    expect([...eventIdsByDigest.values()].every((ids) => ids.size === 1)).toBe(true);
    expect(new Set(harness.digests.events.map(({ envelope }) => envelope.payload.veteranId))).toEqual(
      new Set(veteranIds),
    );
    expect(await harness.connection.collection('digests').countDocuments()).toBe(VETERANS);
  });
});

describe('failed digests', () => {
  let harness: AppHarness;

  afterAll(async () => {
    await harness?.close();
  });

  it('are retried with backoff, then listed for the operators, who can put them back once the cause is fixed', async () => {
    harness = await startApp();
    await harness.publish(jobPosted, forkliftJobPosted(uniqueName('job-forklift')));
    await harness.readModelHolds({ jobs: 1, veterans: 1 });
    const { runId, until, week } = (
      await harness.http().post('/digest-runs').set('authorization', harness.officer()).send({})
    ).body;
    await harness.finished(runId);

    // A veteran who arrives after the run, and a digest job whose data is broken (as a bad deploy might
    // write it): every try fails.
    const veteranId = uniqueName('vet-broken');
    await harness.publish(profileCreated, profileSnapshot(veteranId));
    await harness.readModelHolds({ jobs: 1, veterans: 2 });
    const healthy: DigestTask = {
      runId,
      week,
      weekOf: parseIsoWeek(week, 'Asia/Shanghai')?.monday ?? '',
      until,
      dryRun: false,
      veteranId,
    };
    const digests = new Queue<DigestTask>(DIGESTS_QUEUE, {
      connection: { url: harness.config.service.REDIS_URL },
      prefix: harness.config.service.QUEUE_PREFIX,
    });
    const jobId = digestJobId(runId, veteranId);
    await digests.add(
      'digest',
      { ...healthy, until: 'not-an-instant' },
      { jobId, attempts: 2, backoff: { type: 'exponential', delay: 100 } },
    );
    const failed = await waitFor(
      async () => {
        const response = await harness
          .http()
          .get(`/digest-runs/${runId}/failed`)
          .set('authorization', harness.officer());
        return response.body.items.length > 0 ? response.body : undefined;
      },
      { timeoutMs: 30_000, what: 'the digest in the failed list' },
    );
    expect(failed.items).toEqual([{ veteranId, reason: 'malformed digest task: until' }]);
    expect((await digests.getJob(jobId))?.attemptsMade).toBe(2);
    expect(
      (await harness.http().get(`/digest-runs/${runId}`).set('authorization', harness.officer())).body.counts
        .failed,
    ).toBe(1);

    await (await digests.getJob(jobId))?.updateData(healthy);
    const retried = await harness
      .http()
      .post(`/digest-runs/${runId}/failed/retry`)
      .set('authorization', harness.officer());
    expect(retried.body).toEqual({ retried: 1 });
    await waitFor(
      () =>
        harness.digests.events.some(({ envelope }) => envelope.payload.veteranId === veteranId)
          ? true
          : undefined,
      { timeoutMs: 30_000, what: 'the retried digest' },
    );
    const after = await harness
      .http()
      .get(`/digest-runs/${runId}/failed`)
      .set('authorization', harness.officer());
    expect(after.body.items).toEqual([]);
    await digests.close();
  });
});

describe('a veteran profile stored malformed (by an older version)', () => {
  let harness: AppHarness;

  afterAll(async () => {
    await harness?.close();
  });

  it("is repaired at the read model's edge: the digest goes out, nothing fails", async () => {
    harness = await startApp();
    await harness.publish(jobPosted, forkliftJobPosted(uniqueName('job-forklift')));
    const veteranId = uniqueName('vet-malformed');
    await harness.publish(profileCreated, profileSnapshot(veteranId));
    await harness.readModelHolds({ jobs: 1, veterans: 1 });
    // What a digest job once died on: "veteran.declaredSkills is not iterable".
    await harness.connection
      .collection('veterans')
      .updateOne({ _id: veteranId as never }, { $set: { 'snapshot.declaredSkills': { broken: true } } });

    const { runId } = (
      await harness.http().post('/digest-runs').set('authorization', harness.officer()).send({})
    ).body;
    const run = await harness.finished(runId);
    expect(run.counts).toMatchObject({ total: 1, failed: 0, outcomes: { sent: 1 } });
    expect(harness.digests.events.map(({ envelope }) => envelope.payload.veteranId)).toContain(veteranId);
  });
});
