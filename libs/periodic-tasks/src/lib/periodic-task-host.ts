import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  Optional,
} from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { MongoRunSlotClaims } from './mongo-run-slots';
import { PeriodicTaskHandler, periodicTaskMarker } from './periodic-task.decorator';
import { PeriodicTaskRunner } from './periodic-task-runner';

/**
 * Runs every provider marked `@PeriodicTask` of the application: from application bootstrap (the
 * database connected, the modules ready) until before shutdown, which waits for runs in progress
 * while the database connection is still open. Where the application has a database, the replicas of
 * a service share each task's runs through slot claims in it (one run per interval across all of them),
 * unless the task asks to run on every replica.
 */
@Injectable()
export class PeriodicTaskHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('PeriodicTasks');
  private runners: PeriodicTaskRunner[] = [];

  private readonly slots?: MongoRunSlotClaims;

  constructor(
    private readonly discovery: DiscoveryService,
    @Optional() @InjectConnection() connection?: Connection,
  ) {
    this.slots = connection ? new MongoRunSlotClaims(connection) : undefined;
  }

  onApplicationBootstrap(): void {
    const seen = new Set<string>();
    for (const wrapper of this.discovery.getProviders({ metadataKey: periodicTaskMarker.KEY })) {
      const name = this.discovery.getMetadataByDecorator(periodicTaskMarker, wrapper)?.name ?? wrapper.name;
      if (seen.has(name)) throw new Error(`two periodic tasks are named ${name}`);
      seen.add(name);
      const task = wrapper.instance as PeriodicTaskHandler | undefined;
      // A request-scoped provider has no instance of its own to run.
      if (!task) throw new Error(`periodic task ${name} must be a singleton provider`);
      this.runners.push(
        new PeriodicTaskRunner({
          name,
          intervalMs: task.intervalMs,
          runAtStart: task.runAtStart,
          run: () => task.run(),
          log: this.logger,
          slots: task.everyReplica ? undefined : this.slots,
        }),
      );
    }
    for (const runner of this.runners) runner.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.runners.map((runner) => runner.stop()));
  }
}
