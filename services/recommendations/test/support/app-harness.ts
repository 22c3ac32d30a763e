import { AdjustableClock } from '@vetlink/clock';
import { createEvent, EventDefinition, EventEnvelope, profileCreated, TOPICS } from '@vetlink/contracts';
import { profileSnapshot } from '@vetlink/matching-score/testing';
import { createKafka, ensureTopics, EventProducer, KafkaEventServer } from '@vetlink/messaging';
import { testEngines, uniqueName, waitFor } from '@vetlink/testing';
import { ServiceUnderTest, startServiceForTest } from '@vetlink/testing/service';
import type { z } from 'zod';
import { AppModule } from '../../src/app.module';
import { DigestEnv, digestSettingsFrom, RecommendationsConfig } from '../../src/config';
import { DigestQueues } from '../../src/queues/digest-queues';
import { SERVICE_NAME } from '../../src/service-name';
import { testDigestEnv } from './fixtures';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RunBody = any;

export interface HarnessOptions {
  role?: 'all' | 'api';
  digest?: Partial<DigestEnv>;
}

/** What the handlers consume (jobs.*, profiles.*, notifications.job-told): the group starts at their end. */
const CONSUMED_TOPICS: readonly string[] = [TOPICS.jobPostings, TOPICS.veteranProfiles, TOPICS.notifications];

/** recommendations under test, with the events its specs publish and the waits they need. */
export class AppHarness {
  constructor(
    private readonly service: ServiceUnderTest,
    readonly config: RecommendationsConfig,
    readonly clock: AdjustableClock,
    private readonly producer: EventProducer,
  ) {}

  get connection() {
    return this.service.connection;
  }

  get issuer() {
    return this.service.issuer;
  }

  get queues(): DigestQueues {
    return this.service.app.get(DigestQueues);
  }

  /** What arrives on recommendations.weekly-digests from the start on. */
  get digests() {
    if (!this.service.events) throw new Error('no events collected');
    return this.service.events;
  }

  http() {
    return this.service.http();
  }

  officer(): string {
    return this.service.bearer({ userId: 'officer-li', role: 'officer' });
  }

  async publish<Schema extends z.ZodType>(
    definition: EventDefinition<Schema>,
    payload: z.input<Schema>,
  ): Promise<EventEnvelope> {
    const envelope = createEvent(definition, payload, { producer: 'it-tests' });
    await this.producer.publish([{ topic: definition.topic, envelope }]);
    return envelope;
  }

  /** Waits until the read model holds this many jobs and veterans (events are applied in the background). */
  async readModelHolds({ jobs, veterans }: { jobs: number; veterans: number }): Promise<void> {
    await waitFor(
      async () => {
        const [heldJobs, heldVeterans] = await Promise.all([
          this.connection.collection('jobs').countDocuments(),
          this.connection.collection('veterans').countDocuments(),
        ]);
        return heldJobs >= jobs && heldVeterans >= veterans ? true : undefined;
      },
      { timeoutMs: 120_000, what: `the read model to hold ${jobs} jobs and ${veterans} veterans` },
    );
  }

  /** Waits until the run is over and returns its view. */
  finished(runId: string): Promise<RunBody> {
    return waitFor(
      async () => {
        const response = await this.http().get(`/digest-runs/${runId}`).set('authorization', this.officer());
        return response.body.state?.startsWith('completed') ? response.body : undefined;
      },
      { timeoutMs: 120_000, what: `run ${runId} to finish` },
    );
  }

  async close(): Promise<void> {
    await this.producer.disconnect();
    await this.service.close();
  }
}

/**
 * Boots the service in-process (startServiceForTest: as main.ts starts it) against the real Kafka,
 * FerretDB and Redis, in a database, a consumer group and a Redis prefix of its own; the group starts at
 * the end of the consumed topics, and a warm-up profile is applied before the test begins.
 */
export async function startApp(options: HarnessOptions = {}): Promise<AppHarness> {
  const clock = new AdjustableClock();
  const kafka = createKafka({ clientId: 'it-producer', brokers: testEngines.kafkaBrokers });
  // The collector subscribes before the service creates the topic it publishes to.
  await ensureTopics(kafka, [TOPICS.weeklyDigests], { partitions: 3, replicationFactor: 1 });
  let config!: RecommendationsConfig;
  const service = await startServiceForTest(
    (kit) => {
      config = {
        service: {
          ...kit.service,
          PROCESS_ROLE: options.role ?? 'all',
          QUEUE_PREFIX: kit.redisPrefix,
        },
        auth: kit.auth,
        digest: digestSettingsFrom(testDigestEnv(options.digest)),
      };
      return AppModule.register(config, { clock, consumerGroup: kit.consumerGroup });
    },
    { name: SERVICE_NAME, consumes: CONSUMED_TOPICS, collects: [TOPICS.weeklyDigests] },
  );
  const harness = new AppHarness(service, config, clock, new EventProducer(kafka));
  try {
    const unconsumed = service.app
      .get(KafkaEventServer)
      .claimed()
      .filter((definition) => !CONSUMED_TOPICS.includes(definition.topic));
    if (unconsumed.length > 0) {
      throw new Error(`CONSUMED_TOPICS lacks the topic of ${unconsumed.map(({ type }) => type).join(', ')}`);
    }
    await warmUp(harness);
  } catch (error) {
    await harness.close();
    throw error;
  }
  return harness;
}

/** A profile applied end to end before the test begins (it counts as one veteran in the read model). */
async function warmUp(harness: AppHarness): Promise<void> {
  const veteranId = uniqueName('warm-up');
  await harness.publish(
    profileCreated,
    profileSnapshot(veteranId, undefined, { jobSeekingStatus: 'employed' }),
  );
  await waitFor(
    async () =>
      (await harness.connection.collection('veterans').findOne({ _id: veteranId as never }))
        ? true
        : undefined,
    { timeoutMs: 90_000, what: 'the warm-up profile in the read model' },
  );
}
