import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { EventEnvelope, jobMatched, JobMatchedPayload, profileCreated, profileUpdated, TOPICS, weeklyDigestReady } from '@vetlink/contracts';
import { EventConsumer, EventConsumerFactory, ensureTopics, KAFKA, TopicSettings } from '@vetlink/messaging';
import type { Kafka } from 'kafkajs';
import { createLogger } from '@vetlink/logging';
import { Notify } from '../notifications/use-cases/notify';
import { NotifyWeeklyDigest } from '../notifications/use-cases/notify-weekly-digest';
import { UserPreferences } from '../preferences/use-cases/user-preferences';
import { SERVICE_NAME } from '../service-name';
import { Clock, CLOCK } from '@vetlink/clock';
import { NotificationsSettings, SETTINGS } from '../shared/settings.module';
import { isStalePush, jobMatchedTemplate } from '../templates/domain/job-matched.template';

export const TOPIC_SETTINGS = Symbol('TOPIC_SETTINGS');
export const CONSUMER_GROUP = Symbol('CONSUMER_GROUP');

/** The consumer group (`notifications.notify`) that turns other services' events into notifications. */
export const NOTIFY_GROUP = 'notify';

/**
 * Consumes matching.job-matched (job pushes), recommendations.weekly-digest-ready (the weekly digest) and
 * profiles.profile-created/updated (preferences seeded from the snapshot). Mentors, incubators and loans plug in here: one `.on` each,
 * mapping the event to a template's data. Events are applied once by the consumer's ledger, and again
 * harmlessly (Notify is idempotent) if a crash came between the handler and the ledger.
 */
@Injectable()
export class NotificationsRuntime implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = createLogger({ service: SERVICE_NAME }).child({ component: 'runtime' });
  private consumer?: EventConsumer;

  constructor(
    private readonly consumers: EventConsumerFactory,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(TOPIC_SETTINGS) private readonly topicSettings: TopicSettings,
    @Inject(CONSUMER_GROUP) private readonly group: string,
    private readonly notify: Notify,
    private readonly weeklyDigest: NotifyWeeklyDigest,
    private readonly preferences: UserPreferences,
    @Inject(SETTINGS) private readonly settings: NotificationsSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap() {
    await ensureTopics(this.kafka, [TOPICS.jobMatches, TOPICS.veteranProfiles, TOPICS.weeklyDigests, TOPICS.notifications], this.topicSettings);
    const consumer = await this.consumers.create(this.group);
    consumer
      .on(jobMatched, (event) => this.jobMatched(event))
      .on(weeklyDigestReady, async (event) => {
        await this.weeklyDigest.execute(event);
      })
      .on(profileCreated, (event) => this.preferences.applyProfile(event.payload))
      .on(profileUpdated, (event) => this.preferences.applyProfile(event.payload, event.payload.changedFields));
    await consumer.start();
    this.consumer = consumer;
  }

  /** Before the queues and the database connection close: the handler in flight finishes first. */
  async onModuleDestroy() {
    await this.consumer?.stop();
  }

  private async jobMatched(event: EventEnvelope<JobMatchedPayload>): Promise<void> {
    const match = event.payload;
    if (isStalePush(match, this.clock.now(), this.settings.jobPushMaxAgeMs)) {
      this.logger.debug({ eventId: event.eventId, matchedAt: match.matchedAt }, 'a job match too old to push; left to the digest');
      return;
    }
    await this.notify.execute({
      type: jobMatchedTemplate.type,
      userId: match.veteranId,
      cause: match.matchId,
      data: match,
      source: { eventId: event.eventId, eventType: event.type },
      subjects: [{ jobId: match.jobId, jobFingerprint: match.jobFingerprint, via: 'push' }],
    });
  }
}
