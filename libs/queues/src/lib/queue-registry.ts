import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  OnApplicationBootstrap,
  OnModuleInit,
} from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { createLogger } from '@vetlink/logging';
import { queueJobsGauge } from '@vetlink/metrics';
import { Queue } from 'bullmq';
import type Redis from 'ioredis';
import { QueueHandlers, tableOfHandlers } from './handler-table';
import { QueueClient } from './queue-client';
import type { JobMap, QueueDefinition } from './queue-definition';
import { discoverQueueSetup } from './queue-discovery';
import { depthReadings, DepthReporterClaim } from './queue-depth';
import type { QueueRegistration } from './queue-registration';
import { RunningWorker } from './queue-worker';
import { QUEUES_SETTINGS, QueuesSettings, workersRunIn } from './queues-settings';
import { REDIS } from './tokens';

interface Registered {
  registrations: QueueRegistration[];
  handlers: Map<string, QueueHandlers>;
}

/**
 * The application's queues in one place: it checks at start-up that every job has exactly one handler,
 * hands producers a typed client per registered queue, runs one worker per queue where the process role
 * asks for workers, and closes them in order when the application stops.
 */
@Injectable()
export class QueueRegistry implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger;
  private readonly queues = new Map<string, Queue>();
  private readonly workers: RunningWorker[] = [];
  private registered?: Registered;
  private depthReporting?: { claim: DepthReporterClaim; removeSource: () => void };

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(QUEUES_SETTINGS) private readonly settings: QueuesSettings,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {
    this.logger = createLogger({ service: settings.service ?? 'queues' }).child({
      component: 'queue-registry',
    });
  }

  /** Refuses to start on a missing or doubled handler, before any other part begins its work. */
  onModuleInit() {
    this.setup();
  }

  onApplicationBootstrap() {
    this.reportDepths();
    if (!workersRunIn(this.settings.role)) return;
    const { registrations, handlers } = this.setup();
    for (const { queue, worker } of registrations) {
      const queueHandlers = handlers.get(queue.name) as QueueHandlers;
      if (queueHandlers.processors.size === 0) continue;
      this.workers.push(
        new RunningWorker({
          queue,
          handlers: queueHandlers,
          options: worker,
          redisUrl: this.settings.redisUrl,
          prefix: this.settings.prefix,
          logger: this.logger,
        }),
      );
    }
  }

  /** The producer's side of a registered queue, on the service's shared connection. */
  queue<Jobs extends JobMap>(definition: QueueDefinition<Jobs>): QueueClient<Jobs> {
    if (!this.setup().handlers.has(definition.name)) {
      throw new Error(
        `queue "${definition.name}" is not registered: import QueuesModule.registerQueue(definition) where it is used`,
      );
    }
    return new QueueClient<Jobs>(this.queueNamed(definition.name));
  }

  /** Workers first, so that the jobs in flight finish while everything they use is still open. */
  async beforeApplicationShutdown() {
    this.depthReporting?.removeSource();
    await this.depthReporting?.claim.release().catch(() => undefined);
    await Promise.all(this.workers.map((worker) => worker.close()));
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    await Promise.all(this.workers.map((worker) => worker.disconnect()));
  }

  /**
   * `vetlink_queue_jobs` for every registered queue, read from Redis on scrape, by the one process of
   * the service that holds the reporter claim (the series is summed over pods).
   */
  private reportDepths(): void {
    const names = this.setup().registrations.map(({ queue }) => queue.name);
    if (names.length === 0) return;
    const claim = new DepthReporterClaim(
      this.redis,
      `${this.settings.prefix ?? 'bull'}:metrics:depth-reporter:${this.settings.service ?? names.join(',')}`,
    );
    const removeSource = queueJobsGauge.addSource(async () => {
      if (!(await claim.held())) return [];
      const readings = [];
      for (const name of names) {
        const counts = await this.queueNamed(name).getJobCounts(
          'waiting',
          'prioritized',
          'active',
          'delayed',
          'failed',
        );
        readings.push(...depthReadings(name, counts));
      }
      return readings;
    });
    this.depthReporting = { claim, removeSource };
  }

  private queueNamed(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.redis, prefix: this.settings.prefix });
      this.queues.set(name, queue);
    }
    return queue;
  }

  // Found once, on first use: every provider exists by then, whichever hook or producer asks first.
  private setup(): Registered {
    if (!this.registered) {
      const { registrations, handlers } = discoverQueueSetup(this.discovery, this.scanner);
      const queues = registrations.map((registration) => registration.queue);
      this.registered = {
        registrations,
        handlers: tableOfHandlers(queues, handlers, workersRunIn(this.settings.role)),
      };
    }
    return this.registered;
  }
}
