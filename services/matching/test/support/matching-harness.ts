import { INestApplication } from '@nestjs/common';
import { EnvelopeOrigin, EventDefinition, TOPICS } from '@vetlink/contracts';
import { createKafka, EventProducer, pendingEvent } from '@vetlink/messaging';
import { createEmbeddedEngine } from '@vetlink/search';
import { EventCollector, testEngines, waitFor } from '@vetlink/testing';
import { ServiceUnderTest } from '@vetlink/testing/service';
import type { Connection } from 'mongoose';
import type { z } from 'zod';
import { AppModule } from '../../src/app.module';
import { SERVICE_NAME } from '../../src/service-name';

export type Role = 'veteran' | 'employer' | 'mentor' | 'officer';

const MATCHING_SETTINGS = {
  MATCH_PUSH_THRESHOLD: 60,
  MATCH_DEFAULT_RADIUS_KM: 30,
  MATCH_CANDIDATE_LIMIT: 500,
  MATCH_MAX_PUSHES_PER_JOB: 2000,
  MATCH_MAX_PUSHES_PER_PROFILE_CHANGE: 10,
  MATCH_PUSH_WINDOW_HOURS: 72,
};

/**
 * One test world: matching on the real engines in a world of its own (database, consumer group at the
 * end of the real topics), a producer standing in for job-postings and skills-profiles, and a
 * collector of what matching publishes. The app can be stopped and started again on the same world,
 * with a fresh in-process search engine, as a restart would.
 */
export class MatchingWorld {
  private readonly producer = new EventProducer(
    createKafka({ clientId: 'matching-tests', brokers: testEngines.kafkaBrokers }),
  );
  private readonly service: ServiceUnderTest;

  constructor(
    /** Where the app keeps its search snapshot; none when left out. */
    snapshotDirectory?: string,
    /** Whether this process collects what matching publishes (benchmarks collect elsewhere). */
    collectMatches = true,
  ) {
    this.service = new ServiceUnderTest(
      (kit) =>
        AppModule.register(
          {
            service: {
              ...kit.service,
              SEARCH_INDEX_PREFIX: 'matching',
              SEARCH_SNAPSHOT_DIR: snapshotDirectory,
              SEARCH_SNAPSHOT_INTERVAL_MINUTES: 60,
            },
            auth: kit.auth,
            matching: MATCHING_SETTINGS,
            searchEnv: {},
          },
          { searchEngine: () => createEmbeddedEngine(), consumerGroup: kit.consumerGroup },
        ),
      {
        name: SERVICE_NAME,
        consumes: [TOPICS.jobPostings, TOPICS.veteranProfiles],
        collects: collectMatches ? [TOPICS.jobMatches] : [],
      },
    );
  }

  get app(): INestApplication {
    return this.service.app;
  }

  get connection(): Connection {
    return this.service.connection;
  }

  /** What matching published (job-matched events) since the world was set up. */
  get matches(): EventCollector {
    if (!this.service.events) throw new Error('this world does not collect matches');
    return this.service.events;
  }

  async setUp(): Promise<this> {
    await this.producer.connect();
    await this.service.start();
    return this;
  }

  startApp(): Promise<unknown> {
    return this.service.start();
  }

  stopApp(): Promise<void> {
    return this.service.stop();
  }

  async tearDown(): Promise<void> {
    await this.service.close();
    await this.producer.disconnect();
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
    return this.service.http();
  }

  bearer(userId: string, role: Role, organisationId?: string): string {
    return this.service.bearer({ userId, role, ...(organisationId ? { organisationId } : {}) });
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
        const document = await this.connection.collection<{ _id: string }>(collection).findOne({ _id: id });
        return document && predicate(document) ? document : undefined;
      },
      { what: `${collection}/${id} in the read model` },
    );
  }
}
