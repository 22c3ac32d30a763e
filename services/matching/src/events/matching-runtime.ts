import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import {
  jobClosed,
  jobPosted,
  jobSeekingStatusChanged,
  jobUpdated,
  profileCreated,
  profileUpdated,
  TOPICS,
} from '@vetlink/contracts';
import { EventConsumer, EventConsumerFactory, ensureTopics, KAFKA, TopicSettings } from '@vetlink/messaging';
import type { Kafka } from 'kafkajs';
import { ReadModelRepository } from '../read-model/read-model.repository';
import { IndexSnapshots } from '../search/index-snapshots';
import { SearchSync } from '../search/search-sync';
import { ApplyJobEvents } from './apply-job-events';
import { ApplyProfileEvents } from './apply-profile-events';

export const TOPIC_SETTINGS = Symbol('TOPIC_SETTINGS');
export const CONSUMER_GROUP = Symbol('CONSUMER_GROUP');

/**
 * Partitions, and keys within a partition's batch, handled at once: one event's database and Kafka
 * round trips overlap another's scoring. Events of one job (or one veteran) share a key and so still
 * come one at a time, in order.
 */
const PARTITIONS_AT_ONCE = 4;
const KEYS_AT_ONCE = 4;

/** The consumer group that builds the read model and makes the pushes (`matching.read-model`). */
export const READ_MODEL_GROUP = 'read-model';

/**
 * Start-up in order: the search indexes from their snapshot plus what they were given since (or,
 * without a usable snapshot, rebuilt from the whole read model), then consume jobs.* and
 * profiles.* events, a few partitions and keys at once. A job posted and a profile created at the same moment
 * are matched by whichever ranks second: each handler puts its own record in the index before it
 * ranks the other side, so at least one sees the other (and if both do, the ledger pushes the pair once).
 */
@Injectable()
export class MatchingRuntime implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MatchingRuntime.name);
  private consumer?: EventConsumer;

  constructor(
    private readonly consumers: EventConsumerFactory,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(TOPIC_SETTINGS) private readonly topicSettings: TopicSettings,
    @Inject(CONSUMER_GROUP) private readonly group: string,
    private readonly readModel: ReadModelRepository,
    private readonly search: SearchSync,
    private readonly snapshots: IndexSnapshots,
    private readonly jobs: ApplyJobEvents,
    private readonly profiles: ApplyProfileEvents,
  ) {}

  async onApplicationBootstrap() {
    await this.restoreIndexes();

    await ensureTopics(
      this.kafka,
      [TOPICS.jobPostings, TOPICS.veteranProfiles, TOPICS.jobMatches],
      this.topicSettings,
    );
    const consumer = await this.consumers.create(this.group, {
      partitionsConsumedConcurrently: PARTITIONS_AT_ONCE,
      keysConsumedConcurrently: KEYS_AT_ONCE,
    });
    // Each event's work changes the indexes, so none is cut in two by a snapshot.
    const indexWork = <Result>(work: () => Promise<Result>) => this.snapshots.indexWork(work);
    consumer
      .on(jobPosted, (event) => indexWork(() => this.jobs.posted(event.payload, event)))
      .on(jobUpdated, (event) => indexWork(() => this.jobs.updated(event.payload, event)))
      .on(jobClosed, (event) => indexWork(() => this.jobs.closed(event.payload)))
      .on(profileCreated, (event) => indexWork(() => this.profiles.created(event.payload, event)))
      .on(profileUpdated, (event) => indexWork(() => this.profiles.updated(event.payload, event)))
      .on(jobSeekingStatusChanged, (event) =>
        indexWork(() => this.profiles.jobSeekingStatusChanged(event.payload, event)),
      );
    await consumer.start();
    this.consumer = consumer;
    this.snapshots.start();
  }

  /**
   * Before the outbox relay and the database connection stop: the handler in flight finishes first,
   * then the indexes are saved as they stand.
   */
  async onModuleDestroy() {
    await this.consumer?.stop();
    await this.snapshots.stop();
  }

  private async restoreIndexes(): Promise<void> {
    const started = Date.now();
    const takenAt = await this.snapshots.restore();
    if (takenAt) {
      const changed = await this.search.catchUp(this.snapshots.changesSince(takenAt));
      this.logger.log(
        { takenAt, changed, ms: Date.now() - started },
        'search indexes restored from their snapshot and what changed since',
      );
    } else {
      const restored = await this.search.rebuild(this.readModel);
      this.logger.log(
        { ...restored, ms: Date.now() - started },
        'search indexes rebuilt from the read model',
      );
    }
  }
}
