import { INestApplication } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { Test } from '@nestjs/testing';
import { configureService } from '@vetlink/http';
import { createTestTokenIssuer, dropTestDatabase, testEngines, TestTokenIssuer, uniqueName } from '@vetlink/testing';
import type { Connection } from 'mongoose';
import { AppModule } from '../../src/app.module';
import { JobPostingsConfig } from '../../src/config';

export interface TestApp {
  app: INestApplication;
  issuer: TestTokenIssuer;
  /** The service's own database connection, for counting what was (or was not) written. */
  connection: Connection;
  close(): Promise<void>;
}

/** Boots the whole service in-process against the real engines, in a database of its own. */
export async function startTestApp(overrides: Partial<JobPostingsConfig['service']> = {}): Promise<TestApp> {
  const issuer = createTestTokenIssuer();
  const database = uniqueName('it-job-postings');
  const moduleRef = await Test.createTestingModule({
    imports: [
      AppModule.register({
        service: {
          NODE_ENV: 'test',
          HOST: '127.0.0.1',
          PORT: 0,
          LOG_LEVEL: 'warn',
          KAFKA_BROKERS: testEngines.kafkaBrokers,
          KAFKA_TOPIC_PARTITIONS: 3,
          KAFKA_REPLICATION_FACTOR: 1,
          MONGODB_URI: testEngines.mongoUri,
          REDIS_URL: testEngines.redisUrl,
          MONGODB_DATABASE: database,
          JOB_SWEEP_INTERVAL_MS: 60_000,
          ...overrides,
        },
        auth: issuer.authConfig,
      }),
    ],
  }).compile();
  const app = configureService(moduleRef.createNestApplication({ bufferLogs: true }), {
    title: 't',
    description: 't',
  });
  try {
    await app.init();
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
  const connection = app.get<Connection>(getConnectionToken());
  return {
    app,
    issuer,
    connection,
    async close() {
      await app.close();
      await dropTestDatabase(database);
    },
  };
}
