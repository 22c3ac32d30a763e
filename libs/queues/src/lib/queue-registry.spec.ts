import { Injectable, Provider } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import type { ProcessRole } from '@vetlink/config';
import type { Job } from 'bullmq';
import { ProcessJob } from './job-handler.decorators';
import { defineQueue } from './queue-definition';
import { QueueRegistry } from './queue-registry';
import { QueuesModule } from './queues.module';
import { REDIS } from './tokens';

type MailJobs = { welcome: { userId: string }; farewell: { userId: string } };
const mailQueue = defineQueue<MailJobs>('mail', { jobs: { welcome: true, farewell: true } });
const unregisteredQueue = defineQueue<{ ping: null }>('never-registered', { jobs: { ping: true } });

@Injectable()
class WelcomeMail {
  @ProcessJob(mailQueue, 'welcome')
  async send(job: Job<{ userId: string }>) {
    return job.data.userId;
  }
}

@Injectable()
class FarewellMail {
  @ProcessJob(mailQueue, 'farewell')
  async send(job: Job<{ userId: string }>) {
    return job.data.userId;
  }
}

@Injectable()
class AnotherWelcomeMail {
  @ProcessJob(mailQueue, 'welcome')
  async greet() {
    return 'hello';
  }
}

@Injectable()
class Pinger {
  @ProcessJob(unregisteredQueue, 'ping')
  async ping() {
    return 'pong';
  }
}

// No Redis in unit tests: the set-up is checked before any connection is used.
const redisStub = { quit: async () => 'OK', disconnect: () => undefined };

async function compile(role: ProcessRole, handlers: Provider[]): Promise<TestingModule> {
  return Test.createTestingModule({
    imports: [
      QueuesModule.forRoot({ redisUrl: 'redis://127.0.0.1:1', role }),
      QueuesModule.registerQueue(mailQueue),
    ],
    providers: handlers,
  })
    .overrideProvider(REDIS)
    .useValue(redisStub)
    .compile();
}

describe('QueueRegistry refuses a set-up where a job has not exactly one handler', () => {
  const opened: TestingModule[] = [];
  // Closing an application whose init failed rethrows that failure; nothing was started, so nothing leaks.
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((app) => app.close().catch(() => undefined)));
  });
  const open = async (role: ProcessRole, handlers: Provider[]) => {
    const app = await compile(role, handlers);
    opened.push(app);
    return app;
  };

  it('refuses two handlers for one job name, naming the queue, the job and both methods', async () => {
    const app = await open('api', [WelcomeMail, FarewellMail, AnotherWelcomeMail]);
    await expect(app.init()).rejects.toThrow(
      'queue "mail" job "welcome" is claimed twice (WelcomeMail.send and AnotherWelcomeMail.greet)',
    );
  });

  it('refuses a job name without a handler where workers run', async () => {
    const app = await open('worker', [WelcomeMail]);
    await expect(app.init()).rejects.toThrow('queue "mail" job "farewell" has no handler');
  });

  it('lets a process that runs no workers start without the handlers (it only produces)', async () => {
    const app = await open('api', [WelcomeMail]);
    await expect(app.init()).resolves.toBe(app);
  });

  it('refuses a handler for a queue no module registers', async () => {
    const app = await open('api', [Pinger]);
    await expect(app.init()).rejects.toThrow(
      'queue "never-registered" has a handler (Pinger.ping) but no module registers it',
    );
  });

  it('hands producers only registered queues', async () => {
    const app = await open('api', [WelcomeMail, FarewellMail]);
    await app.init();
    const registry = app.get(QueueRegistry);
    expect(() => registry.queue(unregisteredQueue)).toThrow('queue "never-registered" is not registered');
  });
});
