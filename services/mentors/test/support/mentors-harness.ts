import { AdjustableClock } from '@vetlink/clock';
import { createEvent, EventDefinition, MENTOR_TOPICS, TOPICS } from '@vetlink/contracts';
import { createKafka, EventProducer } from '@vetlink/messaging';
import { testEngines, uniqueName } from '@vetlink/testing';
import { ServiceUnderTest, startServiceForTest, TestServiceKit } from '@vetlink/testing/service';
import type { z } from 'zod';
import { AppModule } from '../../src/app.module';
import { loadMentorsConfig, MentorsConfig, MentorsServiceConfig } from '../../src/config';
import { SERVICE_NAME } from '../../src/service-name';

/** The service's whole configuration for a test world: the kit's engines and names, our defaults, overrides. */
export function mentorsConfigFor(
  kit: TestServiceKit,
  overrides: Partial<MentorsServiceConfig> = {},
): MentorsConfig {
  // The search engine as the run chose it: Meilisearch with MEILI_HOST (integration-meilisearch), else embedded.
  const defaults = loadMentorsConfig({
    AUTH_JWT_PUBLIC_KEY: kit.auth.publicKey,
    MEILI_HOST: process.env['MEILI_HOST'],
    MEILI_MASTER_KEY: process.env['MEILI_MASTER_KEY'],
  }).service;
  // A test world of its own on a shared Meilisearch, as it has its own database.
  const indexPrefix = kit.service.MONGODB_DATABASE.toLowerCase().replace(/[^a-z0-9-]/g, '-');
  return {
    service: {
      ...defaults,
      ...kit.service,
      QUEUE_PREFIX: kit.redisPrefix,
      SEARCH_INDEX_PREFIX: indexPrefix,
      ...overrides,
    },
    auth: kit.auth,
  };
}

/** Monday to Sunday, all day: every quarter hour is a slot unless a test says otherwise. */
export const ALL_WEEK = {
  weeklyRules: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
  followsPublicCalendar: false,
  sessionMinutes: [60],
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 15,
  minNoticeMinutes: 0,
  horizonDays: 60,
  maxPerDay: 20,
  maxPerWeek: 100,
};

/** mentors under test on the real engines, with an adjustable clock and a producer of profile events. */
export class MentorsHarness {
  private readonly producer = new EventProducer(
    createKafka({ clientId: 'it-skills-profiles', brokers: testEngines.kafkaBrokers }),
  );

  constructor(
    readonly service: ServiceUnderTest,
    readonly clock: AdjustableClock,
  ) {}

  http() {
    return this.service.http();
  }

  as(userId: string, role: 'veteran' | 'mentor' | 'officer'): string {
    return this.service.bearer({ userId, role });
  }

  get officer(): string {
    return this.as('officer-1', 'officer');
  }

  /** A verified mentor with the given availability (all week, hour sessions by default). */
  async verifiedMentor(availability: object = ALL_WEEK, profile: object = {}): Promise<string> {
    const mentorId = uniqueName('mentor');
    const self = this.as(mentorId, 'mentor');
    await this.http()
      .post('/mentors')
      .set('authorization', self)
      .send({
        displayName: '王建国',
        expertise: ['logistics', 'entrepreneurship'],
        cityId: 'suqian',
        modes: ['online'],
        meetingLink: 'https://meet.example.cn/wang',
        bio: 'Ran a cold-chain logistics company in Suqian for ten years after leaving the army.',
        weeklyCapacity: 40,
        ...profile,
      })
      .expect(201);
    await this.http()
      .post(`/mentors/${mentorId}/verification`)
      .set('authorization', this.officer)
      .expect(200);
    await this.http()
      .put(`/mentors/${mentorId}/availability`)
      .set('authorization', self)
      .send(availability)
      .expect(200);
    return mentorId;
  }

  book(veteranId: string, mentorId: string, start: Date | string, extra: object = {}) {
    return this.http()
      .post('/sessions')
      .set('authorization', this.as(veteranId, 'veteran'))
      .send({
        mentorId,
        start: typeof start === 'string' ? start : start.toISOString(),
        topic: 'Opening a logistics company',
        ...extra,
      });
  }

  async publish<Schema extends z.ZodType>(definition: EventDefinition<Schema>, payload: z.input<Schema>) {
    await this.producer.publish([
      { topic: definition.topic, envelope: createEvent(definition, payload, { producer: 'it-tests' }) },
    ]);
  }

  count(collection: string, filter: object = {}): Promise<number> {
    return this.service.connection.collection(collection).countDocuments(filter);
  }

  async close(): Promise<void> {
    await this.producer.disconnect();
    await this.service.close();
  }
}

export async function startMentors(overrides: Partial<MentorsServiceConfig> = {}): Promise<MentorsHarness> {
  const clock = new AdjustableClock();
  const service = await startServiceForTest(
    (kit) =>
      AppModule.register(mentorsConfigFor(kit, overrides), { consumerGroup: kit.consumerGroup, clock }),
    {
      name: SERVICE_NAME,
      consumes: [TOPICS.veteranProfiles],
      collects: [MENTOR_TOPICS.mentors, MENTOR_TOPICS.sessions],
    },
  );
  return new MentorsHarness(service, clock);
}

/** A quarter hour `days` days from now at `hour` o'clock in Shanghai. */
export function shanghaiAt(days: number, hour: number, minute = 0): Date {
  const day = new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
  return new Date(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`);
}
