import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import {
  jobClosed,
  jobPosted,
  jobSeekingStatusChanged,
  jobTold,
  jobUpdated,
  profileCreated,
  profileUpdated,
  TOPICS,
} from '@vetlink/contracts';
import { EventConsumer, EventConsumerFactory, ensureTopics, KAFKA, TopicSettings } from '@vetlink/messaging';
import type { Kafka } from 'kafkajs';
import { ApplyJobEvents } from '../read-model/apply-job-events';
import { ApplyProfileEvents } from '../read-model/apply-profile-events';
import { ToldLedger } from '../told/told-ledger';

export const TOPIC_SETTINGS = Symbol('TOPIC_SETTINGS');
export const CONSUMER_GROUP = Symbol('CONSUMER_GROUP');

/** The consumer group (`recommendations.read-model`) that keeps the digest's read models. */
export const READ_MODEL_GROUP = 'read-model';

export const CONSUMED_TOPICS = [TOPICS.jobPostings, TOPICS.veteranProfiles, TOPICS.notifications];

/**
 * Jobs, profiles and what veterans were told, from the events of job-postings, skills-profiles and
 * notifications (never their databases). Each event is applied once by the consumer's ledger, and
 * again harmlessly (every write is ordered by revision or idempotent) after a crash in between.
 */
@Injectable()
export class RecommendationsRuntime implements OnApplicationBootstrap, OnModuleDestroy {
  private consumer?: EventConsumer;

  constructor(
    private readonly consumers: EventConsumerFactory,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(TOPIC_SETTINGS) private readonly topicSettings: TopicSettings,
    @Inject(CONSUMER_GROUP) private readonly group: string,
    private readonly jobs: ApplyJobEvents,
    private readonly profiles: ApplyProfileEvents,
    private readonly told: ToldLedger,
  ) {}

  async onApplicationBootstrap() {
    await ensureTopics(this.kafka, CONSUMED_TOPICS, this.topicSettings);
    const consumer = await this.consumers.create(this.group);
    consumer
      .on(jobPosted, (event) => this.jobs.posted(event.payload))
      .on(jobUpdated, (event) => this.jobs.updated(event.payload))
      .on(jobClosed, (event) => this.jobs.closed(event.payload))
      .on(profileCreated, (event) => this.profiles.snapshot(event.payload))
      .on(profileUpdated, (event) => this.profiles.snapshot(event.payload))
      .on(jobSeekingStatusChanged, (event) => this.profiles.jobSeekingStatusChanged(event.payload))
      .on(jobTold, (event) => this.told.record(event.payload));
    await consumer.start();
    this.consumer = consumer;
  }

  /** Before the database connection closes: the handler in flight finishes first. */
  async onModuleDestroy() {
    await this.consumer?.stop();
  }
}
