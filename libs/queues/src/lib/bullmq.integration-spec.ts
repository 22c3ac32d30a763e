import { testEngines, uniqueName } from '@vetlink/testing';
import { Job, Queue, QueueEvents, Worker } from 'bullmq';
import Redis from 'ioredis';
import { createRedisConnection } from './redis-connection';

describe('BullMQ on Redis (redis-server from the launcher)', () => {
  const queueName = uniqueName('it-queue');
  let connection: Redis;
  let queue: Queue;
  let worker: Worker;
  let events: QueueEvents;

  beforeAll(async () => {
    connection = createRedisConnection(testEngines.redisUrl);
    queue = new Queue(queueName, { connection });
    events = new QueueEvents(queueName, { connection: createRedisConnection(testEngines.redisUrl) });
    await events.waitUntilReady();
  });

  afterAll(async () => {
    await worker?.close();
    await events.close();
    await queue.obliterate({ force: true });
    await queue.close();
    await connection.quit();
  });

  it('runs with the eviction policy BullMQ requires', async () => {
    expect(await connection.config('GET', 'maxmemory-policy')).toEqual(['maxmemory-policy', 'noeviction']);
  });

  it('enqueues a job and a worker processes it', async () => {
    worker = new Worker(
      queueName,
      async (job: Job<{ veteranId: string }>) => ({ digestFor: job.data.veteranId }),
      { connection: createRedisConnection(testEngines.redisUrl) },
    );
    const job = await queue.add('weekly-digest', { veteranId: 'vet-1' }, { jobId: 'vet-1_2026-W48' });
    await expect(job.waitUntilFinished(events, 15_000)).resolves.toEqual({ digestFor: 'vet-1' });
  });

  it('never queues the same work twice under the same job id', async () => {
    await queue.add('weekly-digest', { veteranId: 'vet-2' }, { jobId: 'vet-2_2026-W48' });
    await queue.add('weekly-digest', { veteranId: 'vet-2' }, { jobId: 'vet-2_2026-W48' });
    const counts = await queue.getJobCounts('waiting', 'active', 'completed', 'delayed');
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    expect(total).toBe(2);
  });
});
