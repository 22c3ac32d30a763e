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
import { SearchSync } from '../search/search-sync';
import { ApplyJobEvents } from './apply-job-events';
import { ApplyProfileEvents } from './apply-profile-events';

export const TOPIC_SETTINGS = Symbol('TOPIC_SETTINGS');
export const CONSUMER_GROUP = Symbol('CONSUMER_GROUP');

/** The consumer group that builds the read model and makes the pushes (`matching.read-model`). */
export const READ_MODEL_GROUP = 'read-model';

/**
 * Start-up in order: rebuild the search indexes from the read model, then consume jobs.* and
 * profiles.* events. One consumer, one message at a time: a job posted and a profile created at the
 * same moment are matched by whichever comes second, which then sees the other in the index.
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
    private readonly jobs: ApplyJobEvents,
    private readonly profiles: ApplyProfileEvents,
  ) {}

  async onApplicationBootstrap() {
    const started = Date.now();
    const restored = await this.search.rebuild(this.readModel);
    this.logger.log({ ...restored, ms: Date.now() - started }, 'search indexes restored from the read model');

    await ensureTopics(
      this.kafka,
      [TOPICS.jobPostings, TOPICS.veteranProfiles, TOPICS.jobMatches],
      this.topicSettings,
    );
    const consumer = await this.consumers.create(this.group);
    consumer
      .on(jobPosted, (event) => this.jobs.posted(event.payload, event.occurredAt))
      .on(jobUpdated, (event) => this.jobs.updated(event.payload, event.occurredAt))
      .on(jobClosed, (event) => this.jobs.closed(event.payload))
      .on(profileCreated, (event) => this.profiles.created(event.payload, event.occurredAt))
      .on(profileUpdated, (event) => this.profiles.updated(event.payload, event.occurredAt))
      .on(jobSeekingStatusChanged, (event) =>
        this.profiles.jobSeekingStatusChanged(event.payload, event.occurredAt),
      );
    await consumer.start();
    this.consumer = consumer;
  }

  /** Before the outbox relay and the database connection stop: the handler in flight finishes first. */
  async onModuleDestroy() {
    await this.consumer?.stop();
  }
}
