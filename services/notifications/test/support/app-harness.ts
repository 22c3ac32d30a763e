import { INestApplication } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { Test } from '@nestjs/testing';
import { createEvent, EventDefinition, EventEnvelope, profileCreated, TOPICS } from '@vetlink/contracts';
import { configureService } from '@vetlink/http';
import type { LoggerSettings } from '@vetlink/logging';
import { createKafka, ensureTopics, EventProducer } from '@vetlink/messaging';
import { createKeyring } from '@vetlink/persistence';
import { createTestTokenIssuer, dropRedisKeys, dropTestDatabase, startGroupAtEnd, TestTokenIssuer, testEngines, uniqueName, waitFor } from '@vetlink/testing';
import type { Connection } from 'mongoose';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { z } from 'zod';
import { AppModule } from '../../src/app.module';
import { EmailSettings, NotificationsConfig, WebhookSettings } from '../../src/config';
import { SERVICE_NAME } from '../../src/service-name';
import { AdjustableClock } from '@vetlink/clock';
import { profileSnapshot } from './fixtures';

export type Role = 'veteran' | 'employer' | 'mentor' | 'officer';

export interface AppHarness {
  app: INestApplication;
  connection: Connection;
  clock: AdjustableClock;
  issuer: TestTokenIssuer;
  http: () => ReturnType<typeof request>;
  /** An Authorization header value for this caller. */
  bearer: (userId: string, role?: Role) => string;
  /** Publishes an event to Kafka as its producing service would (an envelope given again is a redelivery). */
  publish: <Schema extends z.ZodType>(definition: EventDefinition<Schema>, payload: z.input<Schema>) => Promise<EventEnvelope>;
  publishEnvelope: (definition: EventDefinition, envelope: EventEnvelope) => Promise<void>;
  close: () => Promise<void>;
}

export interface HarnessOptions {
  email?: EmailSettings | null;
  sms?: WebhookSettings | null;
  wechat?: WebhookSettings | null;
  service?: Partial<NotificationsConfig['service']>;
  logDestination?: LoggerSettings['destination'];
}

const producerKafka = () => createKafka({ clientId: 'it-producer', brokers: testEngines.kafkaBrokers });

/**
 * Boots the service in-process against the real Kafka, FerretDB and Redis, in a database, a consumer
 * group and a BullMQ prefix of its own. The group starts at the end of its topics (set before it joins),
 * so a test sees only the events it publishes, not the history other runs left behind.
 */
export async function startApp(options: HarnessOptions = {}): Promise<AppHarness> {
  const issuer = createTestTokenIssuer();
  const clock = new AdjustableClock();
  const database = uniqueName('it-notifications');
  const group = uniqueName('it-notify');
  const config: NotificationsConfig = {
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
      PORTAL_BASE_URL: 'https://vetlink.example.cn',
      PUBLIC_API_BASE_URL: 'https://api.vetlink.example.cn/notifications',
      JOB_PUSH_DAILY_CAP: 5,
      JOB_PUSH_MAX_AGE_HOURS: 72,
      DELIVERY_WORKERS: 'on',
      DELIVERY_CONCURRENCY: 4,
      DELIVERY_MAX_ATTEMPTS: 4,
      DELIVERY_BACKOFF_MS: 200,
      QUEUE_PREFIX: uniqueName('it').toLowerCase(),
      ...options.service,
    },
    auth: issuer.authConfig,
    personalData: { keyring: createKeyring({ currentKeyId: 'v1', currentKey: randomBytes(32) }) },
    channels: { email: options.email ?? null, sms: options.sms ?? null, wechat: options.wechat ?? null },
    unsubscribeKey: randomBytes(32),
  };
  const topics = [TOPICS.jobMatches, TOPICS.weeklyDigests, TOPICS.veteranProfiles];
  await ensureTopics(producerKafka(), topics, { partitions: 3, replicationFactor: 1 });
  await startGroupAtEnd(testEngines.kafkaBrokers, `${SERVICE_NAME}.${group}`, topics);

  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.register(config, { clock, consumerGroup: group, logDestination: options.logDestination })],
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
  const producer = new EventProducer(producerKafka());
  const publishEnvelope = async (definition: EventDefinition, envelope: EventEnvelope) => {
    await producer.publish([{ topic: definition.topic, envelope }]);
  };
  const harness: AppHarness = {
    app,
    connection,
    clock,
    issuer,
    http: () => request(app.getHttpServer()),
    bearer: (userId, role = 'veteran') => `Bearer ${issuer.mint({ userId, role })}`,
    publish: async (definition, payload) => {
      const envelope = createEvent(definition, payload, { producer: 'it-tests' });
      await publishEnvelope(definition, envelope);
      return envelope;
    },
    publishEnvelope,
    close: async () => {
      await producer.disconnect();
      await app.close();
      await dropTestDatabase(database);
      await dropRedisKeys(config.service.QUEUE_PREFIX);
    },
  };
  await consumerJoined(harness);
  return harness;
}

/**
 * Waits until the consumer has joined its group and applies events (the first join takes seconds), so
 * that a test which sets the clock then publishes sees its event handled at the time it set.
 */
async function consumerJoined(harness: AppHarness): Promise<void> {
  const veteranId = uniqueName('warm-up');
  await harness.publish(profileCreated, profileSnapshot(veteranId, 1, { channels: ['in-app'], weeklyDigest: false, quietHours: null }));
  await waitFor(
    async () => {
      const response = await harness.http().get('/preferences/me').set('authorization', harness.bearer(veteranId));
      return response.body?.categories?.['weekly-digest']?.enabled === false ? true : undefined;
    },
    { timeoutMs: 90_000, what: 'the consumer to join its group' },
  );
}
