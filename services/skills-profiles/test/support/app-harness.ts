import { EventDefinition, EventEnvelope, TOPICS, TRAINING_TOPICS } from '@vetlink/contracts';
import type { LoggerSettings } from '@vetlink/logging';
import { createKeyring, EncryptionKeyring } from '@vetlink/persistence';
import { ServiceUnderTest, startServiceForTest } from '@vetlink/testing/service';
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { AppModule } from '../../src/app.module';
import { SkillsProfilesConfig } from '../../src/config';
import { SERVICE_NAME } from '../../src/service-name';

export type Role = 'veteran' | 'employer' | 'mentor' | 'officer';

export interface HarnessOptions {
  logDestination?: LoggerSettings['destination'];
  logLevel?: SkillsProfilesConfig['service']['LOG_LEVEL'];
}

/** skills-profiles under test, with the callers and the raw documents its specs look at. */
export class AppHarness {
  constructor(
    private readonly service: ServiceUnderTest,
    /** The personal-data keys the service runs with. */
    readonly keyring: EncryptionKeyring,
  ) {}

  get connection() {
    return this.service.connection;
  }

  http() {
    return this.service.http();
  }

  /** An Authorization header value for this caller. */
  bearer(userId: string, role: Role): string {
    return this.service.bearer({ userId, role });
  }

  /** Publishes an event as its producing service would; the envelope, for `handled`. */
  publish<Schema extends z.ZodType>(
    definition: EventDefinition<Schema>,
    payload: z.input<Schema>,
  ): Promise<EventEnvelope> {
    return this.service.publish(definition, payload);
  }

  /** Waits until the service's consumer has handled this event. */
  handled(envelope: EventEnvelope): Promise<void> {
    return this.service.handled(envelope);
  }

  /** The profile as it rests in MongoDB, untouched by the service's mapping. */
  rawProfile(veteranId: string): Promise<Record<string, unknown> | null> {
    return this.connection.collection<{ _id: string }>('profiles').findOne({ _id: veteranId });
  }

  close() {
    return this.service.close();
  }
}

/** Boots the service in-process against the real Kafka and FerretDB, with a personal-data key of its own. */
export async function startApp(options: HarnessOptions = {}): Promise<AppHarness> {
  const keyring = createKeyring({ currentKeyId: 'v1', currentKey: randomBytes(32) });
  const service = await startServiceForTest(
    (kit) =>
      AppModule.register(
        { service: kit.service, auth: kit.auth, personalData: { keyring } },
        { logDestination: options.logDestination, consumerGroup: kit.consumerGroup },
      ),
    {
      name: SERVICE_NAME,
      logLevel: options.logLevel,
      consumes: [TOPICS.veteranProfiles, TRAINING_TOPICS.enrolments],
    },
  );
  return new AppHarness(service, keyring);
}
