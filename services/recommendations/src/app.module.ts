import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '@vetlink/auth';
import { weeklyDigestReady } from '@vetlink/contracts';
import { HealthModule } from '@vetlink/health';
import { LoggerSettings, LoggingModule } from '@vetlink/logging';
import { KafkaReadiness, MessagingModule } from '@vetlink/messaging';
import { MongoReadiness, PersistenceModule } from '@vetlink/persistence';
import { QueuesModule, RedisReadiness } from '@vetlink/queues';
import type { RecommendationsConfig } from './config';
import { EventsModule } from './events/events.module';
import { CONSUMED_TOPICS } from './events/recommendations-runtime';
import { RunsModule } from './runs/runs.module';
import { SERVICE_NAME } from './service-name';
import { Clock, ClockModule } from '@vetlink/clock';
import { SettingsModule } from './shared/settings.module';

export interface AppOptions {
  /** Where the service reads the time (tests put it on a Monday morning). */
  clock?: Clock;
  logDestination?: LoggerSettings['destination'];
  /** The read model's consumer group (tests use one of their own per run). */
  consumerGroup?: string;
}

/**
 * One code base, three roles (PROCESS_ROLE): `api` serves HTTP and keeps the read models from events;
 * `worker` only runs digest jobs (start as many as wanted, on any machine reaching the same Redis,
 * MongoDB and Kafka); `all` does both.
 */
@Module({})
export class AppModule {
  static register(config: RecommendationsConfig, options: AppOptions = {}): DynamicModule {
    const { service, auth } = config;
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
          topics: [weeklyDigestReady.topic, ...CONSUMED_TOPICS],
          topicSettings,
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
        ...(auth
          ? [
              AuthModule.forRoot(auth),
              HealthModule.forRoot([KafkaReadiness, MongoReadiness, RedisReadiness]),
              EventsModule.register(topicSettings, options.consumerGroup),
            ]
          : []),
      ],
    };
  }
}
