import { INestApplication } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { Test } from '@nestjs/testing';
import { EnvelopeOrigin, EventDefinition, TOPICS } from '@vetlink/contracts';
import { configureService } from '@vetlink/http';
import { createKafka, ensureTopics, EventProducer, pendingEvent } from '@vetlink/messaging';
import { createEmbeddedEngine } from '@vetlink/search';
import {
  createTestTokenIssuer,
  EventCollector,
  TestTokenIssuer,
  testEngines,
  uniqueName,
  waitFor,
} from '@vetlink/testing';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import request from 'supertest';
import type { z } from 'zod';
import { AppModule } from '../../src/app.module';
import { MatchingConfig } from '../../src/config';
import { SERVICE_NAME } from '../../src/service-name';

export type Role = 'veteran' | 'employer' | 'mentor' | 'officer';

const CONSUMED_TOPICS = [TOPICS.jobPostings, TOPICS.veteranProfiles];

/**
 * One test world: its own database and consumer group (set to start at the end of the real topics,
 * so that only this test's events reach it), a producer standing in for job-postings and
 * skills-profiles, and a collector of what matching publishes. The app can be stopped and started
 * again on the same database and group, with a fresh in-process search engine, as a restart would.
 */
export class MatchingWorld {
  readonly database = uniqueName('it-matching');
  readonly group = uniqueName('read-model');
  readonly issuer: TestTokenIssuer = createTestTokenIssuer();
  readonly kafka: Kafka = createKafka({ clientId: 'matching-tests', brokers: testEngines.kafkaBrokers });
  readonly producer = new EventProducer(this.kafka);
  readonly matches = new EventCollector(testEngines.kafkaBrokers, [TOPICS.jobMatches]);
  app?: INestApplication;
  connection?: Connection;

  constructor(
    /** Where the app keeps its search snapshot; none when left out. */
    private readonly snapshotDirectory?: string,
    /** Whether this process collects what matching publishes (benchmarks collect elsewhere). */
    private readonly collectMatches = true,
  ) {}

  async setUp(): Promise<this> {
    await ensureTopics(this.kafka, [...CONSUMED_TOPICS, TOPICS.jobMatches], {
      partitions: 3,
      replicationFactor: 1,
    });
    await this.startAtTheEnd();
    await this.producer.connect();
    if (this.collectMatches) await this.matches.start();
    await this.startApp();
    return this;
  }

  async startApp(): Promise<void> {
    const config: MatchingConfig = {
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
        MONGODB_DATABASE: this.database,
        SEARCH_INDEX_PREFIX: 'matching',
        SEARCH_SNAPSHOT_DIR: this.snapshotDirectory,
        SEARCH_SNAPSHOT_INTERVAL_MINUTES: 60,
      },
      auth: this.issuer.authConfig,
      matching: {
        MATCH_PUSH_THRESHOLD: 60,
        MATCH_DEFAULT_RADIUS_KM: 30,
        MATCH_CANDIDATE_LIMIT: 500,
        MATCH_MAX_PUSHES_PER_JOB: 2000,
        MATCH_MAX_PUSHES_PER_PROFILE_CHANGE: 10,
        MATCH_PUSH_WINDOW_HOURS: 72,
      },
      searchEnv: {},
    };
    const moduleRef = await Test.createTestingModule({
      imports: [
        AppModule.register(config, {
          searchEngine: () => createEmbeddedEngine(),
          consumerGroup: this.group,
        }),
      ],
    }).compile();
    const app = moduleRef.createNestApplication({ bufferLogs: true });
    try {
      configureService(app, { title: 't', description: 't' });
      await app.init();
    } catch (error) {
      await app.close();
      throw error;
    }
    this.app = app;
    this.connection = app.get<Connection>(getConnectionToken());
    await this.waitUntilConsuming();
  }

  async stopApp(): Promise<void> {
    await this.app?.close();
    this.app = undefined;
  }

  async tearDown(): Promise<void> {
    await this.connection?.dropDatabase().catch(() => undefined);
    await this.stopApp();
    if (this.collectMatches) await this.matches.stop();
    await this.producer.disconnect();
    const admin = this.kafka.admin();
    await admin.connect();
    await admin.deleteGroups([`${SERVICE_NAME}.${this.group}`]).catch(() => undefined);
    await admin.disconnect();
  }

  /** Publishes events as job-postings or skills-profiles would (validated against the contracts). */
  async publish<Schema extends z.ZodType>(
    definition: EventDefinition<Schema>,
    payload: z.input<Schema>,
    origin: Pick<EnvelopeOrigin, 'occurredAt' | 'eventId'> = {},
  ): Promise<void> {
    const producer = definition.topic === TOPICS.jobPostings ? 'job-postings' : 'skills-profiles';
    await this.producer.publish([pendingEvent(definition, payload, { producer, ...origin })]);
  }

  http() {
    return request((this.app as INestApplication).getHttpServer());
  }

  bearer(userId: string, role: Role, organisationId?: string): string {
    return `Bearer ${this.issuer.mint({ userId, role, ...(organisationId ? { organisationId } : {}) })}`;
  }

  /** The job-matched events seen so far for a veteran (and a job). */
  matchesFor(veteranId: string, jobId?: string) {
    return this.matches.events.filter(
      (event) =>
        event.envelope.payload?.veteranId === veteranId &&
        (jobId === undefined || event.envelope.payload?.jobId === jobId),
    );
  }

  /** Waits for `count` job-matched events of a veteran and job. */
  waitForMatches(veteranId: string, jobId: string, count = 1) {
    return this.matches.waitFor(
      (event) => event.envelope.payload?.veteranId === veteranId && event.envelope.payload?.jobId === jobId,
      count,
    );
  }

  /** Waits until the read model holds a document (the consumer applied the event). */
  async readModelHas(
    collection: 'jobs' | 'veterans',
    id: string,
    predicate: (document: Record<string, unknown>) => boolean = () => true,
  ) {
    return waitFor(
      async () => {
        const document = await (this.connection as Connection)
          .collection<{ _id: string }>(collection)
          .findOne({ _id: id });
        return document && predicate(document) ? document : undefined;
      },
      { what: `${collection}/${id} in the read model` },
    );
  }

  /**
   * A new group would read the real topics from their start (every event any test ever sent); this
   * one's offsets are set to their end before it first joins.
   */
  private async startAtTheEnd(): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      for (const topic of CONSUMED_TOPICS) {
        const offsets = await admin.fetchTopicOffsets(topic);
        await admin.setOffsets({
          groupId: `${SERVICE_NAME}.${this.group}`,
          topic,
          partitions: offsets.map(({ partition, high }) => ({ partition, offset: high })),
        });
      }
    } finally {
      await admin.disconnect();
    }
  }

  /** The consumer has joined its group once readiness says so and the group has a member. */
  private async waitUntilConsuming(): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      await waitFor(
        async () => {
          const { groups } = await admin.describeGroups([`${SERVICE_NAME}.${this.group}`]);
          return groups[0]?.state === 'Stable' && groups[0].members.length > 0 ? true : undefined;
        },
        { timeoutMs: 30_000, what: 'the read-model consumer to join its group' },
      );
    } finally {
      await admin.disconnect();
    }
  }
}
