import { DynamicModule, InjectionToken, Module } from '@nestjs/common';
import type { WorkerOptions } from 'bullmq';
import type { QueueIdentity } from './queue-definition';

/** A worker's settings but what the registry owns: its connection, the prefix and when it starts. */
export type QueueWorkerOptions = Omit<WorkerOptions, 'connection' | 'prefix' | 'autorun'>;

export interface QueueRegistrationOptions {
  /** Providers handed to `worker`, e.g. the service's settings. */
  inject?: InjectionToken[];
  /** Concurrency, lock and stall settings of this queue's worker; BullMQ's defaults when absent. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the injected providers' types are the caller's
  worker?: (...injected: any[]) => QueueWorkerOptions;
}

/** A queue this application uses, found by the registry among the providers. */
export class QueueRegistration {
  constructor(
    readonly queue: QueueIdentity,
    readonly worker: QueueWorkerOptions,
  ) {}
}

@Module({})
export class QueueRegistrationModule {
  static register(queue: QueueIdentity, options: QueueRegistrationOptions = {}): DynamicModule {
    return {
      module: QueueRegistrationModule,
      providers: [
        {
          // A token per queue name: Nest tells dynamic modules apart by their metadata, so it keeps each registration.
          provide: `vetlink:queue-registration:${queue.name}`,
          useFactory: (...injected: unknown[]) =>
            new QueueRegistration(queue, options.worker?.(...injected) ?? {}),
          inject: options.inject ?? [],
        },
      ],
    };
  }
}
