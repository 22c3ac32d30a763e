import { INestApplication } from '@nestjs/common';
import { EnvelopeOrigin, EventDefinition, TOPICS } from '@vetlink/contracts';
import { createKafka, EventProducer, pendingEvent } from '@vetlink/messaging';
import { createSearchEngine, isEmbeddedEngine, type SearchEngine, type SearchIndex } from '@vetlink/search';
import { EventCollector, testEngines, uniqueName, waitFor } from '@vetlink/testing';
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
 * The search engine of the tests, from the environment as the service takes it: Meilisearch when
 * MEILI_HOST names one (the `integration-meilisearch` target), the embedded engine otherwise.
 */
export const searchEnv = {
  MEILI_HOST: process.env['MEILI_HOST'],
  MEILI_MASTER_KEY: process.env['MEILI_MASTER_KEY'],
};
export const onMeilisearch = Boolean(searchEnv.MEILI_HOST?.trim());
export const searchEngineName = onMeilisearch
  ? `Meilisearch at ${searchEnv.MEILI_HOST}`
  : 'the embedded search engine';

/** How many times each document id was written to each index (by name), across the world's instances. */
export type IndexWrites = Map<string, Map<string, number>>;

/**
 * One test world: matching on the real engines in a world of its own (database, consumer group at the
 * end of the real topics, search indexes of its own prefix on Meilisearch), a producer standing in for
 * job-postings and skills-profiles, and a collector of what matching publishes. The app can be stopped
 * and started again on the same world, as a restart would (with a fresh embedded engine, or the same
 * Meilisearch). `secondInstance()` runs another instance of the service on the same world.
 */
export class MatchingWorld {
  private readonly producer = new EventProducer(
    createKafka({ clientId: 'matching-tests', brokers: testEngines.kafkaBrokers }),
  );
  private readonly service: ServiceUnderTest;
  /** Ids of the events this world published, and of those matching is known to have applied. */
  private readonly published = new Set<string>();
  private readonly applied = new Set<string>();
  /** Index prefix: on a shared Meilisearch each world has its own indexes. */
  readonly indexPrefix: string;
  /** Every document this instance wrote to the indexes, by index and id (upserts and bulk loads). */
  readonly indexWrites: IndexWrites = new Map();

  constructor(
    /** Where the app keeps its search snapshot; none when left out. */
    snapshotDirectory?: string,
    /** Whether this process collects what matching publishes (benchmarks collect elsewhere). */
    collectMatches = true,
    /** The world whose database, consumer group and indexes this instance shares. */
    private readonly first?: MatchingWorld,
  ) {
    this.indexPrefix = first?.indexPrefix ?? (onMeilisearch ? uniqueName('it-matching') : 'matching');
    this.service = new ServiceUnderTest(
      (ownKit) => {
        const kit = first?.service.kit ?? ownKit;
        return AppModule.register(
          {
            service: {
              ...kit.service,
              SEARCH_INDEX_PREFIX: this.indexPrefix,
              SEARCH_SNAPSHOT_DIR: snapshotDirectory,
              SEARCH_SNAPSHOT_INTERVAL_MINUTES: 60,
            },
            auth: kit.auth,
            matching: MATCHING_SETTINGS,
            searchEnv,
          },
          {
            searchEngine: () => countingWrites(createSearchEngine(searchEnv), this.indexWrites),
            consumerGroup: kit.consumerGroup,
          },
        );
      },
      {
        name: SERVICE_NAME,
        consumes: [TOPICS.jobPostings, TOPICS.veteranProfiles],
        collects: collectMatches ? [TOPICS.jobMatches] : [],
      },
    );
  }

  /** Another instance of matching on this world (same database, consumer group and indexes), not started. */
  secondInstance(): MatchingWorld {
    return new MatchingWorld(undefined, false, this);
  }

  /** How many times this instance wrote a document to one of the world's indexes (`jobs` or `veterans`). */
  writesOf(index: 'jobs' | 'veterans', id: string): number {
    return this.indexWrites.get(`${this.indexPrefix}-${index}`)?.get(id) ?? 0;
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
    if (onMeilisearch && !this.first) {
      const engine = createSearchEngine(searchEnv);
      for (const suffix of ['jobs', 'veterans', 'state', 'jobs-next', 'veterans-next'])
        await engine.deleteIndex(`${this.indexPrefix}-${suffix}`);
    }
  }

  /** Publishes events as job-postings or skills-profiles would (validated against the contracts). */
  async publish<Schema extends z.ZodType>(
    definition: EventDefinition<Schema>,
    payload: z.input<Schema>,
    origin: Pick<EnvelopeOrigin, 'occurredAt' | 'eventId'> = {},
  ): Promise<void> {
    const producer = definition.topic === TOPICS.jobPostings ? 'job-postings' : 'skills-profiles';
    const event = pendingEvent(definition, payload, { producer, ...origin });
    await this.producer.publish([event]);
    this.published.add(event.envelope.eventId);
  }

  /**
   * Waits until matching has applied every event published so far, all its effects included: the
   * consumer records an event in its ledger only after the handler finished (read model, index, pushes).
   * On Meilisearch an index write ends a few milliseconds after the read model's, so a test that only
   * waited for the read model could search too early.
   */
  async allApplied(): Promise<void> {
    const owner = this.first ?? this;
    const ledger = this.connection.collection<{ _id: string }>('processed_events');
    for (const eventId of this.published) {
      if (this.applied.has(eventId)) continue;
      const id = `${owner.service.groupId}/${eventId}`;
      await waitFor(async () => ((await ledger.findOne({ _id: id })) ? true : undefined), {
        what: `event ${eventId} applied by matching`,
      });
      this.applied.add(eventId);
    }
  }

  http() {
    return this.service.http();
  }

  bearer(userId: string, role: Role, organisationId?: string): string {
    const service = this.first?.service ?? this.service;
    return service.bearer({ userId, role, ...(organisationId ? { organisationId } : {}) });
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

  /**
   * Waits until the read model holds a document, and the consumer applied every event published so
   * far (so the indexes hold it too).
   */
  async readModelHas(
    collection: 'jobs' | 'veterans',
    id: string,
    predicate: (document: Record<string, unknown>) => boolean = () => true,
  ) {
    const found = await waitFor(
      async () => {
        const document = await this.connection.collection<{ _id: string }>(collection).findOne({ _id: id });
        return document && predicate(document) ? document : undefined;
      },
      { what: `${collection}/${id} in the read model` },
    );
    await this.allApplied();
    return found;
  }
}

/**
 * The engine, noting the id of every document written through it (the indexes' primary key is `id`);
 * the embedded engine keeps its snapshots.
 */
function countingWrites(engine: SearchEngine, writes: IndexWrites): SearchEngine {
  const note = (name: string, documents: readonly object[]) => {
    const counts = writes.get(name) ?? new Map<string, number>();
    for (const document of documents) {
      const id = (document as { id?: unknown }).id;
      if (typeof id === 'string') counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    writes.set(name, counts);
  };
  return {
    index<Document extends object>(name: string): SearchIndex<Document> {
      const index = engine.index<Document>(name);
      return {
        applySettings: (settings) => index.applySettings(settings),
        upsert: async (documents) => {
          await index.upsert(documents);
          note(name, documents);
        },
        load: (batches) =>
          index.load(
            (async function* () {
              for await (const batch of batches) {
                note(name, batch);
                yield batch;
              }
            })(),
          ),
        delete: (ids) => index.delete(ids),
        search: (query) => index.search(query),
        count: () => index.count(),
        clear: () => index.clear(),
      };
    },
    swapIndexes: (pairs) => engine.swapIndexes(pairs),
    deleteIndex: (name) => engine.deleteIndex(name),
    close: () => engine.close(),
    ...(isEmbeddedEngine(engine) && {
      snapshot: (path: string, label?: string) => engine.snapshot(path, label),
      restore: (path: string, label?: string) => engine.restore(path, label),
    }),
  };
}
