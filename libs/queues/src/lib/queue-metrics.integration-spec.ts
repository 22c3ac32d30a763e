import { Injectable } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { sampleSum, sampleValue } from '@vetlink/metrics';
import { dropRedisKeys, testEngines, uniqueName, waitFor } from '@vetlink/testing';
import { Job, UnrecoverableError } from 'bullmq';
import { ProcessJob } from './job-handler.decorators';
import { defineQueue } from './queue-definition';
import { QueueRegistry } from './queue-registry';
import { QueuesModule } from './queues.module';

type MeteredJobs = { work: { n: number } };
const meteredQueue = defineQueue<MeteredJobs>(uniqueName('metered').toLowerCase(), { jobs: { work: true } });

@Injectable()
class Work {
  release!: () => void;
  readonly released = new Promise<void>((resolve) => (this.release = resolve));

  @ProcessJob(meteredQueue, 'work')
  async work(job: Job<{ n: number }>) {
    await this.released;
    if (job.data.n < 0) throw new UnrecoverableError('negative work');
  }
}

/** The depth gauge reads Redis at most every 5 s: a change shows within a few scrapes. */
const SCRAPED = { timeoutMs: 30_000, intervalMs: 500 };

describe('queue metrics on Redis (redis-server from the launcher)', () => {
  const prefix = uniqueName('it-queue-metrics').toLowerCase();
  const apps: TestingModule[] = [];
  const start = async (role: 'all' | 'api') => {
    const app = await Test.createTestingModule({
      imports: [
        QueuesModule.forRoot({ redisUrl: testEngines.redisUrl, prefix, role, service: 'metered-service' }),
        QueuesModule.registerQueue(meteredQueue, { worker: () => ({ concurrency: 1 }) }),
      ],
      providers: [Work],
    }).compile();
    apps.push(await app.init());
    return app;
  };
  const depth = (state: string) => sampleSum('vetlink_queue_jobs', { queue: meteredQueue.name, state });

  afterAll(async () => {
    for (const app of apps) await app.close();
    await dropRedisKeys(prefix);
  });

  it('reports waiting, active and delayed jobs once over two processes, and times each run by outcome', async () => {
    const worker = await start('all');
    await start('api'); // a second process of the service: the depth is still reported once
    const queue = worker.get(QueueRegistry).queue(meteredQueue);
    for (const n of [1, 2, 3, -1]) await queue.add('work', { n });
    await queue.add('work', { n: 9 }, { delay: 600_000 });

    await waitFor(async () => (await depth('active')) === 1 && (await depth('waiting')) === 3, {
      ...SCRAPED,
      what: 'one job active and three waiting',
    });
    expect(await depth('delayed')).toBe(1);
    expect(await depth('failed')).toBe(0);

    worker.get(Work).release();
    await waitFor(async () => (await depth('waiting')) === 0 && (await depth('failed')) === 1, {
      ...SCRAPED,
      what: 'the queue drained, the negative job failed',
    });
    const runs = (outcome: string) =>
      sampleValue('vetlink_queue_job_duration_seconds_count', {
        queue: meteredQueue.name,
        job_name: 'work',
        outcome,
      });
    expect(await runs('completed')).toBe(3);
    expect(await runs('failed')).toBe(1);
  });
});
