import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '@vetlink/auth';
import { TOPICS } from '@vetlink/contracts';
import { HealthModule } from '@vetlink/health';
import { LoggingModule } from '@vetlink/logging';
import { KafkaReadiness, MessagingModule } from '@vetlink/messaging';
import { MongoReadiness, PersistenceModule } from '@vetlink/persistence';
import { QueuesModule, RedisReadiness } from '@vetlink/queues';
import { JobPostingsConfig } from './config';

export const SERVICE_NAME = 'job-postings';

@Module({})
export class AppModule {
  static register(config: JobPostingsConfig): DynamicModule {
    const { service } = config;
    return {
      module: AppModule,
      imports: [
        LoggingModule.forRoot({ service: SERVICE_NAME, level: service.LOG_LEVEL }),
        AuthModule.forRoot(config.auth),
        PersistenceModule.forRoot({ uri: service.MONGODB_URI, database: service.MONGODB_DATABASE }),
        MessagingModule.forRoot({
          clientId: SERVICE_NAME,
          brokers: service.KAFKA_BROKERS,
          topics: [TOPICS.jobPostings, TOPICS.jobApplications],
          topicSettings: { partitions: service.KAFKA_TOPIC_PARTITIONS, replicationFactor: service.KAFKA_REPLICATION_FACTOR },
        }),
        QueuesModule.forRoot({ redisUrl: service.REDIS_URL }),
        HealthModule.forRoot([KafkaReadiness, MongoReadiness, RedisReadiness]),
      ],
    };
  }
}
