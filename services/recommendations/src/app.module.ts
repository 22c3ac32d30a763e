import { DynamicModule, Module } from '@nestjs/common';
import { Clock } from '@vetlink/clock';
import { weeklyDigestReady } from '@vetlink/contracts';
import { LoggerSettings } from '@vetlink/logging';
import { platformModules } from '@vetlink/platform';
import type { RecommendationsConfig } from './config';
import { ReadModelHandlersModule } from './read-model/read-model.module';
import { RunsModule } from './runs/runs.module';
import { SERVICE_NAME } from './service-name';
import { SettingsModule } from './settings.module';
import { AlreadyToldHandlersModule } from './already-told/already-told.module';

export interface AppOptions {
  /** Where the service reads the time (tests put it on a Monday morning). */
  clock?: Clock;
  logDestination?: LoggerSettings['destination'];
  /**
   * The consumer group of the event handlers, `read-model` unless a test passes its own. Its offsets and
   * processed-event ledger are keyed by it: renaming it replays every consumed topic.
   */
  consumerGroup?: string;
}

/**
 * One code base, three roles (PROCESS_ROLE): `api` serves HTTP and keeps the read models from events;
 * `worker` only runs digest jobs (start as many as wanted, on any machine reaching the same Redis,
 * MongoDB and Kafka); `all` does both. The event handlers are left out of a worker altogether, so it
 * consumes nothing however it is started; a worker has no auth config, so it gets no token guard and no
 * API: on its PORT it answers only the probes and /metrics (libs/http's worker listener).
 */
@Module({})
export class AppModule {
  static register(config: RecommendationsConfig, options: AppOptions = {}): DynamicModule {
    const { service, auth } = config;
    const consumesEvents = service.PROCESS_ROLE !== 'worker';
    return {
      module: AppModule,
      imports: [
        ...platformModules({
          service: SERVICE_NAME,
          config,
          // Published topics; the consumed ones (jobs, profiles, notifications) follow from the handlers.
          publishes: [weeklyDigestReady.topic],
          consumerGroup: options.consumerGroup ?? 'read-model',
          clock: options.clock,
          logDestination: options.logDestination,
          queues: {
            redisUrl: service.REDIS_URL,
            prefix: service.QUEUE_PREFIX,
            role: service.PROCESS_ROLE,
            service: SERVICE_NAME,
          },
          privacy: { handlesRequests: consumesEvents && auth !== null },
        }),
        SettingsModule.register(config),
        RunsModule.register({ http: auth !== null }),
        ...(consumesEvents ? [ReadModelHandlersModule, AlreadyToldHandlersModule] : []),
      ],
    };
  }
}
