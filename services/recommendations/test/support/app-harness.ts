import { INestApplication } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { Test } from '@nestjs/testing';
import { createEvent, EventDefinition, EventEnvelope, profileCreated, TOPICS } from '@vetlink/contracts';
import { configureService } from '@vetlink/http';
import { createKafka, ensureTopics, EventProducer } from '@vetlink/messaging';
import { profileSnapshot } from '@vetlink/matching-score/testing';
import {
  createTestTokenIssuer,
  dropRedisKeys,
  dropTestDatabase,
  EventCollector,
  startGroupAtEnd,
  TestTokenIssuer,
  testEngines,
  uniqueName,
  waitFor,
} from '@vetlink/testing';
import type { Connection } from 'mongoose';
import request from 'supertest';
import type { z } from 'zod';
import { AppModule } from '../../src/app.module';
import { DigestEnv, digestSettingsFrom, RecommendationsConfig } from '../../src/config';
import { CONSUMED_TOPICS } from '../../src/events/recommendations-runtime';
import { DigestQueues } from '../../src/queues/digest-queues';
import { SERVICE_NAME } from '../../src/service-name';
import { AdjustableClock } from '@vetlink/clock';

export interface AppHarness {
  app: INestApplication;
  connection: Connection;
  clock: AdjustableClock;
  queues: DigestQueues;
  /** What arrives on recommendations.weekly-digests from now on. */
  digests: EventCollector;
  config: RecommendationsConfig;
  issuer: TestTokenIssuer;
  http: () => ReturnType<typeof request>;
  officer: () => string;
  publish: <Schema extends z.ZodType>(
    definition: EventDefinition<Schema>,
    payload: z.input<Schema>,
  ) => Promise<EventEnvelope>;
  /** Waits until the read model holds this many jobs and veterans (events are applied in the background). */
  readModelHolds: (counts: { jobs: number; veterans: number }) => Promise<void>;
  /** Waits until the run is over and returns its view. */
  finished: (runId: string) => Promise<RunBody>;
  close: () => Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RunBody = any;

export interface HarnessOptions {
  role?: 'all' | 'api';
  digest?: Partial<DigestEnv>;
}

const producerKafka = () => createKafka({ clientId: 'it-producer', brokers: testEngines.kafkaBrokers });

/**
 * Boots the service in-process against the real Kafka, FerretDB and Redis, in a database, a consumer
 * group and a Redis prefix of its own; the group starts at the end of its topics.
 */
export async function startApp(options: HarnessOptions = {}): Promise<AppHarness> {
  const issuer = createTestTokenIssuer();
  const clock = new AdjustableClock();
  const database = uniqueName('it-recommendations');
  const group = uniqueName('it-read-model');
  const config: RecommendationsConfig = {
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
      PROCESS_ROLE: options.role ?? 'all',
      QUEUE_PREFIX: uniqueName('it').toLowerCase(),
    },
    auth: issuer.authConfig,
    digest: digestSettingsFrom(testDigestEnv(options.digest)),
  };
  const kafka = producerKafka();
  await ensureTopics(kafka, [...CONSUMED_TOPICS, TOPICS.weeklyDigests], {
    partitions: 3,
    replicationFactor: 1,
  });
  await startGroupAtEnd(testEngines.kafkaBrokers, `${SERVICE_NAME}.${group}`, CONSUMED_TOPICS);
  const digests = await new EventCollector(testEngines.kafkaBrokers, [TOPICS.weeklyDigests]).start();

  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.register(config, { clock, consumerGroup: group })],
  }).compile();
  const app = moduleRef.createNestApplication({ bufferLogs: true });
  try {
    configureService(app, { title: 't', description: 't' });
    await app.init();
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
  const connection = app.get<Connection>(getConnectionToken());
  const producer = new EventProducer(kafka);
  const http = () => request(app.getHttpServer());
  const officer = () => `Bearer ${issuer.mint({ userId: 'officer-li', role: 'officer' })}`;
  const harness: AppHarness = {
    app,
    connection,
    clock,
    queues: app.get(DigestQueues),
    digests,
    config,
    issuer,
    http,
    officer,
    publish: async (definition, payload) => {
      const envelope = createEvent(definition, payload, { producer: 'it-tests' });
      await producer.publish([{ topic: definition.topic, envelope }]);
      return envelope;
    },
    readModelHolds: async ({ jobs, veterans }) => {
      await waitFor(
        async () => {
          const [heldJobs, heldVeterans] = await Promise.all([
            connection.collection('jobs').countDocuments(),
            connection.collection('veterans').countDocuments(),
          ]);
          return heldJobs >= jobs && heldVeterans >= veterans ? true : undefined;
        },
        { timeoutMs: 120_000, what: `the read model to hold ${jobs} jobs and ${veterans} veterans` },
      );
    },
    finished: (runId) =>
      waitFor(
        async () => {
          const response = await http().get(`/digest-runs/${runId}`).set('authorization', officer());
          return response.body.state?.startsWith('completed') ? response.body : undefined;
        },
        { timeoutMs: 120_000, what: `run ${runId} to finish` },
      ),
    close: async () => {
      await digests.stop();
      await producer.disconnect();
      await app.close();
      await dropTestDatabase(database);
      await dropRedisKeys(config.service.QUEUE_PREFIX);
    },
  };
  await consumerJoined(harness);
  return harness;
}

/** Short waits, so that retries and a dead worker's jobs are taken up within a test. */
export function testDigestEnv(overrides: Partial<DigestEnv> = {}): DigestEnv {
  return {
    DIGEST_SCHEDULE: '0 9 * * 1',
    DIGEST_TIMEZONE: 'Asia/Shanghai',
    DIGEST_SIZE: 10,
    DIGEST_MIN_SCORE: 45,
    DIGEST_CANDIDATE_LIMIT: 200,
    DIGEST_FIRST_LOOKBACK_DAYS: 7,
    DIGEST_MAX_LOOKBACK_DAYS: 28,
    MATCH_DEFAULT_RADIUS_KM: 30,
    DIGEST_CONCURRENCY: 4,
    DIGEST_MAX_ATTEMPTS: 2,
    DIGEST_BACKOFF_MS: 100,
    DIGEST_LOCK_MS: 3000,
    DIGEST_FANOUT_BATCH: 50,
    ...overrides,
  };
}

/** The first join of a consumer group takes seconds: wait until a warm-up profile is applied. */
async function consumerJoined(harness: AppHarness): Promise<void> {
  const veteranId = uniqueName('warm-up');
  await harness.publish(
    profileCreated,
    profileSnapshot(veteranId, undefined, { jobSeekingStatus: 'employed' }),
  );
  await waitFor(
    async () =>
      (await harness.connection.collection('veterans').findOne({ _id: veteranId as never }))
        ? true
        : undefined,
    { timeoutMs: 90_000, what: 'the consumer to join its group' },
  );
}
