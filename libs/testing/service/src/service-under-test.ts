import type { DynamicModule, INestApplication } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { Test } from '@nestjs/testing';
import { createEvent, EventDefinition, EventEnvelope } from '@vetlink/contracts';
import { configureService, startApp } from '@vetlink/http';
import { createKafka, EventProducer } from '@vetlink/messaging';
import type { Connection } from 'mongoose';
import request from 'supertest';
import {
  createMissingTopics,
  createTestTokenIssuer,
  deleteConsumerGroup,
  dropRedisKeys,
  dropTestDatabase,
  EventCollector,
  TestAuthConfig,
  testEngines,
  TestTokenIssuer,
  TokenSubject,
  uniqueName,
  waitFor,
} from '@vetlink/testing';
import type { z } from 'zod';
import { useShortFetchWaits } from './fetch-wait';
import { startGroupAtEnd } from './group-at-end';

type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** What a test hands the service's `AppModule.register`: the real engines, and names of its own. */
export interface TestServiceKit {
  /** The engine and HTTP settings every service's config shares, with a database of the test's own. */
  service: {
    NODE_ENV: 'test';
    HOST: string;
    PORT: number;
    LOG_LEVEL: LogLevel;
    KAFKA_BROKERS: string[];
    KAFKA_TOPIC_PARTITIONS: number;
    KAFKA_REPLICATION_FACTOR: number;
    MONGODB_URI: string;
    REDIS_URL: string;
    MONGODB_DATABASE: string;
  };
  auth: TestAuthConfig;
  /** The consumer group (without the service prefix), set to start at the end of the consumed topics. */
  consumerGroup: string;
  /** A Redis key prefix (queues, counters) no other run uses; removed at close. */
  redisPrefix: string;
}

export interface TestServiceOptions {
  /** The service's name (its Kafka client id and consumer-group prefix). */
  name: string;
  logLevel?: LogLevel;
  /** Topics the service consumes: its group starts at their end, so only this test's events reach it. */
  consumes?: readonly string[];
  /** Topics whose new events the test reads (`service.events`). */
  collects?: readonly string[];
}

/**
 * One service running in-process against the real Kafka, FerretDB and Redis, in a world of its own
 * (database, consumer group, Redis prefix), started exactly as `main.ts` starts it. It can be stopped
 * and started again on the same world, as a restart would.
 */
export class ServiceUnderTest {
  readonly issuer: TestTokenIssuer = createTestTokenIssuer();
  readonly kit: TestServiceKit;
  readonly events?: EventCollector;
  private current?: { app: INestApplication; connection: Connection };
  private started = false;
  private producer?: EventProducer;

  constructor(
    private readonly moduleFor: (kit: TestServiceKit) => DynamicModule,
    private readonly options: TestServiceOptions,
  ) {
    this.kit = {
      service: {
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: 0,
        LOG_LEVEL: options.logLevel ?? 'warn',
        KAFKA_BROKERS: testEngines.kafkaBrokers,
        KAFKA_TOPIC_PARTITIONS: 3,
        KAFKA_REPLICATION_FACTOR: 1,
        MONGODB_URI: testEngines.mongoUri,
        REDIS_URL: testEngines.redisUrl,
        MONGODB_DATABASE: uniqueName(`it-${options.name}`),
      },
      auth: this.issuer.authConfig,
      consumerGroup: uniqueName('it-group'),
      redisPrefix: uniqueName('it'),
    };
    if (options.collects?.length)
      this.events = new EventCollector(testEngines.kafkaBrokers, [...options.collects]);
  }

  get app(): INestApplication {
    if (!this.current) throw new Error(`${this.options.name} is not running`);
    return this.current.app;
  }

  /** The service's own database connection, for looking at what was (or was not) written. */
  get connection(): Connection {
    if (!this.current) throw new Error(`${this.options.name} is not running`);
    return this.current.connection;
  }

  http() {
    return request(this.app.getHttpServer());
  }

  /** An Authorization header value for this caller, signed as the gateway would. */
  bearer(subject: TokenSubject): string {
    return `Bearer ${this.issuer.mint(subject)}`;
  }

  /** The whole consumer group id, as the service names it. */
  get groupId(): string {
    return `${this.options.name}.${this.kit.consumerGroup}`;
  }

  /** Publishes an event as its producing service would (validated against its contract); the envelope, for `handled`. */
  async publish<Schema extends z.ZodType>(
    definition: EventDefinition<Schema>,
    payload: z.input<Schema>,
  ): Promise<EventEnvelope> {
    const envelope = createEvent(definition, payload, { producer: 'it-tests' });
    this.producer ??= new EventProducer(
      createKafka({ clientId: 'it-producer', brokers: testEngines.kafkaBrokers }),
    );
    await this.producer.publish([{ topic: definition.topic, envelope }]);
    return envelope;
  }

  /** Waits until the service's consumer has handled this event (its ledger records one after the handler). */
  async handled(envelope: EventEnvelope): Promise<void> {
    const ledger = this.connection.collection<{ _id: string }>('processed_events');
    const id = `${this.groupId}/${envelope.eventId}`;
    await waitFor(async () => ((await ledger.findOne({ _id: id })) ? true : undefined), {
      what: `event ${envelope.type} ${envelope.eventId} handled by ${this.options.name}`,
    });
  }

  async start(): Promise<this> {
    const firstStart = !this.current && !this.started;
    if (firstStart) await this.prepareTopics();
    this.started = true;
    useShortFetchWaits();
    const moduleRef = await Test.createTestingModule({ imports: [this.moduleFor(this.kit)] }).compile();
    const app = configureService(moduleRef.createNestApplication({ bufferLogs: true }), {
      title: 'test',
      description: 'test',
    });
    try {
      await startApp(app);
    } catch (error) {
      await app.close().catch(() => undefined);
      throw error;
    }
    this.current = { app, connection: app.get<Connection>(getConnectionToken()) };
    return this;
  }

  /** Topics exist as the service would create them, its group starts at their end, the collector listens. */
  private async prepareTopics(): Promise<void> {
    const { consumes = [], collects = [] } = this.options;
    const brokers = testEngines.kafkaBrokers;
    await createMissingTopics(brokers, [...consumes, ...collects], this.kit.service.KAFKA_TOPIC_PARTITIONS);
    if (consumes.length > 0) await startGroupAtEnd(brokers, this.groupId, consumes);
    await this.events?.start();
  }

  /** Stops the app gracefully (handlers in flight finish), keeping its world for a restart. */
  async stop(): Promise<void> {
    const current = this.current;
    this.current = undefined;
    await current?.app.close();
  }

  /** Stops everything and removes the test's database, Redis keys and consumer group. */
  async close(): Promise<void> {
    // Side by side: each waits for its own fetch or send in flight.
    await Promise.all([this.stop(), this.producer?.disconnect(), this.events?.stop()]);
    await deleteConsumerGroup(testEngines.kafkaBrokers, this.groupId);
    await dropTestDatabase(this.kit.service.MONGODB_DATABASE);
    await dropRedisKeys(this.kit.redisPrefix);
  }
}

/** Starts a service for an integration test; `close()` it in `afterAll`. */
export function startServiceForTest(
  moduleFor: (kit: TestServiceKit) => DynamicModule,
  options: TestServiceOptions,
): Promise<ServiceUnderTest> {
  return new ServiceUnderTest(moduleFor, options).start();
}
