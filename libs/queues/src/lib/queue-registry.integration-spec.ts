import { Injectable } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { dropRedisKeys, testEngines, uniqueName, waitFor } from '@vetlink/testing';
import { Job, Queue } from 'bullmq';
import { AfterLastAttempt, ProcessJob } from './job-handler.decorators';
import { defineQueue } from './queue-definition';
import { QueueRegistry } from './queue-registry';
import { QueuesModule } from './queues.module';
import { createRedisConnection } from './redis-connection';

type ChoreJobs = { sweep: { room: string }; mop: { room: string } };
const choresQueue = defineQueue<ChoreJobs>('chores', { jobs: { sweep: true, mop: true } });

function signal() {
  let fire!: () => void;
  const fired = new Promise<void>((resolve) => (fire = resolve));
  return { fire, fired };
}

@Injectable()
class Chores {
  readonly done: string[] = [];
  readonly givenUp: { room: string; attemptsMade: number; error: string }[] = [];
  readonly mopStarted = signal();
  readonly mopMayFinish = signal();

  @ProcessJob(choresQueue, 'sweep')
  async sweep(job: Job<{ room: string }>) {
    if (job.data.room === 'flooded') throw new Error('the broom is wet');
    this.done.push(`swept ${job.data.room}`);
    return { swept: job.data.room };
  }

  @ProcessJob(choresQueue, 'mop')
  async mop(job: Job<{ room: string }>) {
    this.mopStarted.fire();
    await this.mopMayFinish.fired;
    this.done.push(`mopped ${job.data.room}`);
  }

  @AfterLastAttempt(choresQueue, 'sweep')
  giveUp(job: Job<{ room: string }>, error: Error) {
    this.givenUp.push({ room: job.data.room, attemptsMade: job.attemptsMade, error: error.message });
  }
}

describe('QueueRegistry on Redis (redis-server from the launcher)', () => {
  const prefix = uniqueName('it-registry').toLowerCase();
  let app: TestingModule;
  let appClosed: Promise<unknown> | null;
  let chores: Chores;

  beforeEach(async () => {
    app = await Test.createTestingModule({
      imports: [
        QueuesModule.forRoot({ redisUrl: testEngines.redisUrl, prefix, role: 'all', service: 'queues-it' }),
        QueuesModule.registerQueue(choresQueue, { worker: () => ({ concurrency: 2 }) }),
      ],
      providers: [Chores],
    }).compile();
    await app.init();
    appClosed = null;
    chores = app.get(Chores);
  });

  afterEach(async () => {
    await (appClosed ?? app.close());
  });

  afterAll(async () => {
    await dropRedisKeys(prefix);
  });

  it('hands a queued job to the handler registered for its name', async () => {
    const job = await app.get(QueueRegistry).queue(choresQueue).add('sweep', { room: 'kitchen' });
    await waitFor(() => chores.done.includes('swept kitchen'), { what: 'the kitchen to be swept' });
    const stored = await waitFor(async () => {
      const found = await app
        .get(QueueRegistry)
        .queue(choresQueue)
        .getJob(job.id as string);
      return found?.returnvalue ? found : undefined;
    });
    expect(stored.returnvalue).toEqual({ swept: 'kitchen' });
  });

  it('tells the capability once, after the last attempt failed', async () => {
    const queue = app.get(QueueRegistry).queue(choresQueue);
    await queue.add('sweep', { room: 'flooded' }, { attempts: 3, backoff: { type: 'fixed', delay: 20 } });
    await waitFor(() => chores.givenUp.length > 0, { what: 'the sweep to be given up' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(chores.givenUp).toEqual([{ room: 'flooded', attemptsMade: 3, error: 'the broom is wet' }]);
  });

  it('closes only once the job in flight has finished', async () => {
    const job = await app.get(QueueRegistry).queue(choresQueue).add('mop', { room: 'hall' });
    await chores.mopStarted.fired;
    let closed = false;
    appClosed = app.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(closed).toBe(false);
    chores.mopMayFinish.fire();
    await appClosed;
    expect(chores.done).toContain('mopped hall');
    const connection = createRedisConnection(testEngines.redisUrl);
    const queue = new Queue(choresQueue.name, { connection, prefix });
    try {
      expect(await (await queue.getJob(job.id as string))?.getState()).toBe('completed');
    } finally {
      await queue.close();
      await connection.quit();
    }
  });
});
