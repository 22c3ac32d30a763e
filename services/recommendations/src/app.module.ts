import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '@vetlink/auth';
import { weeklyDigestReady } from '@vetlink/contracts';
import { HealthModule } from '@vetlink/health';
import { LoggerSettings, LoggingModule } from '@vetlink/logging';
import { KafkaReadiness, MessagingModule } from '@vetlink/messaging';
import { MongoReadiness, PersistenceModule } from '@vetlink/persistence';
import { PrivacyModule } from '@vetlink/privacy';
import { QueuesModule, RedisReadiness } from '@vetlink/queues';
import type { RecommendationsConfig } from './config';
import { ReadModelHandlersModule } from './read-model/read-model.module';
import { RunsModule } from './runs/runs.module';
import { SERVICE_NAME } from './service-name';
import { Clock, ClockModule } from '@vetlink/clock';
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
 * consumes nothing however it is started.
 */
@Module({})
export class AppModule {
  static register(config: RecommendationsConfig, options: AppOptions = {}): DynamicModule {
    const { service, auth } = config;
    const consumesEvents = service.PROCESS_ROLE !== 'worker';
    const topicSettings = {
      partitions: service.KAFKA_TOPIC_PARTITIONS,
      replicationFactor: service.KAFKA_REPLICATION_FACTOR,
    };
    return {
      module: AppModule,
      imports: [
        LoggingModule.forRoot({
          service: SERVICE_NAME,
          level: service.LOG_LEVEL,
          destination: options.logDestination,
        }),
        PersistenceModule.forRoot({ uri: service.MONGODB_URI, database: service.MONGODB_DATABASE }),
        MessagingModule.forRoot({
          clientId: SERVICE_NAME,
          brokers: service.KAFKA_BROKERS,
          // Published topics; the consumed ones (jobs, profiles, notifications) follow from the handlers.
          topics: [weeklyDigestReady.topic],
          topicSettings,
          consumer: { group: options.consumerGroup ?? 'read-model' },
        }),
        QueuesModule.forRoot({
          redisUrl: service.REDIS_URL,
          prefix: service.QUEUE_PREFIX,
          role: service.PROCESS_ROLE,
          service: SERVICE_NAME,
        }),
        ClockModule.forRoot(options.clock),
        SettingsModule.register(config),
        RunsModule.register({ http: auth !== null }),
        PrivacyModule.forRoot({ service: SERVICE_NAME, handlesRequests: consumesEvents && auth !== null }),
        ...(consumesEvents ? [ReadModelHandlersModule, AlreadyToldHandlersModule] : []),
        ...(auth
          ? [AuthModule.forRoot(auth), HealthModule.forRoot([KafkaReadiness, MongoReadiness, RedisReadiness])]
          : []),
      ],
    };
  }
}
