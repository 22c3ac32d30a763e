import { AdjustableClock } from '@vetlink/clock';
import {
  createEvent,
  EventDefinition,
  EventEnvelope,
  INCUBATOR_TOPICS,
  LOAN_TOPICS,
  MENTOR_TOPICS,
  TOPICS,
  TRAINING_TOPICS,
} from '@vetlink/contracts';
import type { LoggerSettings } from '@vetlink/logging';
import { createKafka, EventProducer } from '@vetlink/messaging';
import { createKeyring } from '@vetlink/persistence';
import { EventCollector, testEngines } from '@vetlink/testing';
import { ServiceUnderTest, startServiceForTest } from '@vetlink/testing/service';
import type { TestServiceKit, TestServiceOptions } from '@vetlink/testing/service';
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { AppModule } from '../../src/app.module';
import { EmailSettings, NotificationsConfig, WebhookSettings } from '../../src/config';
import { SERVICE_NAME } from '../../src/service-name';

export type Role = 'veteran' | 'employer' | 'mentor' | 'officer';

export interface HarnessOptions {
  email?: EmailSettings | null;
  sms?: WebhookSettings | null;
  wechat?: WebhookSettings | null;
  service?: Partial<NotificationsConfig['service']>;
  logDestination?: LoggerSettings['destination'];
  /** The keys a worker process must share with this one (random when left out). */
  keys?: { personalData: Buffer; unsubscribe: Buffer };
}

/** notifications under test, with an adjustable clock, a producer of the events it consumes, and what it publishes. */
export class AppHarness {
  private readonly producer = new EventProducer(
    createKafka({ clientId: 'it-producer', brokers: testEngines.kafkaBrokers }),
  );

  constructor(
    private readonly service: ServiceUnderTest,
    readonly clock: AdjustableClock,
  ) {}

  get app() {
    return this.service.app;
  }

  get connection() {
    return this.service.connection;
  }

  /** Its whole consumer group id (`notifications.<test group>`). */
  get groupId(): string {
    return this.service.groupId;
  }

  /** Its database and Redis prefix, for a worker process that shares them. */
  get world(): { database: string; queuePrefix: string } {
    return { database: this.service.kit.service.MONGODB_DATABASE, queuePrefix: this.service.kit.redisPrefix };
  }

  /** The `notifications.job-told` events it published since it started. */
  get events(): EventCollector {
    return this.service.events as EventCollector;
  }

  http() {
    return this.service.http();
  }

  /** The veteran's inbox page as the API answers it (`query` such as `?unread=true`). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async inbox(userId: string, query = ''): Promise<any> {
    const response = await this.http()
      .get(`/inbox${query}`)
      .set('authorization', this.bearer(userId))
      .expect(200);
    return response.body;
  }

  /** An Authorization header value for this caller. */
  bearer(userId: string, role: Role = 'veteran'): string {
    return this.service.bearer({ userId, role });
  }

  /**
   * Publishes an event to Kafka as its producing service would (an envelope given again is a redelivery);
   * `occurredAt` dates it in the past, as a topic read from its start holds old events.
   */
  async publish<Schema extends z.ZodType>(
    definition: EventDefinition<Schema>,
    payload: z.input<Schema>,
    occurredAt?: Date,
  ): Promise<EventEnvelope> {
    const envelope = createEvent(definition, payload, { producer: 'it-tests', occurredAt });
    await this.publishEnvelope(definition, envelope);
    return envelope;
  }

  /** Waits until the consumer has handled this event. */
  handled(envelope: EventEnvelope): Promise<void> {
    return this.service.handled(envelope);
  }

  async publishEnvelope(definition: EventDefinition, envelope: EventEnvelope): Promise<void> {
    await this.producer.publish([{ topic: definition.topic, envelope }]);
  }

  async close(): Promise<void> {
    await this.producer.disconnect();
    await this.service.close();
  }
}

/**
 * Boots the service in-process against the real Kafka, FerretDB and Redis, as main.ts does, in a world
 * of its own; its consumer group starts at the end of the consumed topics, so a test sees only its events.
 */
export async function startApp(options: HarnessOptions = {}): Promise<AppHarness> {
  const clock = new AdjustableClock();
  const service = await startServiceForTest(moduleForTest(options, clock), serviceOptionsForTest(options));
  return new AppHarness(service, clock);
}

/** The service's module as the tests configure it (also run in a child process by the crash test). */
export function moduleForTest(options: HarnessOptions, clock: AdjustableClock) {
  const keyring = createKeyring({
    currentKeyId: 'v1',
    currentKey: options.keys?.personalData ?? randomBytes(32),
  });
  return (kit: TestServiceKit) =>
    AppModule.register(
      {
        service: {
          ...kit.service,
          PORTAL_BASE_URL: 'https://vetlink.example.cn',
          PUBLIC_API_BASE_URL: 'https://api.vetlink.example.cn/notifications',
          ICS_UID_DOMAIN: 'mentors.vetlink.example.cn',
          ICS_ORGANIZER_EMAIL: 'noreply@vetlink.example.cn',
          JOB_PUSH_DAILY_CAP: 5,
          JOB_PUSH_MAX_AGE_HOURS: 72,
          PROCESS_ROLE: 'all',
          DELIVERY_CONCURRENCY: 4,
          DELIVERY_MAX_ATTEMPTS: 4,
          DELIVERY_BACKOFF_MS: 200,
          QUEUE_PREFIX: kit.redisPrefix,
          ...options.service,
        },
        auth: kit.auth,
        personalData: { keyring },
        channels: {
          email: options.email ?? null,
          sms: options.sms ?? null,
          wechat: options.wechat ?? null,
        },
        unsubscribeKey: options.keys?.unsubscribe ?? randomBytes(32),
      },
      { clock, consumerGroup: kit.consumerGroup, logDestination: options.logDestination },
    );
}

export function serviceOptionsForTest(options: HarnessOptions): TestServiceOptions {
  return {
    name: SERVICE_NAME,
    logLevel: options.service?.LOG_LEVEL,
    consumes: [
      TOPICS.jobMatches,
      TOPICS.weeklyDigests,
      TOPICS.veteranProfiles,
      MENTOR_TOPICS.mentors,
      MENTOR_TOPICS.sessions,
      LOAN_TOPICS.loans,
      INCUBATOR_TOPICS.startups,
      TRAINING_TOPICS.enrolments,
    ],
    collects: [TOPICS.notifications],
  };
}
