import { TOPICS } from '@vetlink/contracts';
import { createKeyring } from '@vetlink/persistence';
import { randomBytes } from 'node:crypto';
import { ServiceUnderTest, startServiceForTest } from '@vetlink/testing/service';
import { AppModule, SERVICE_NAME } from '../../src/app.module';
import { JobPostingsConfig } from '../../src/config';

export type TestApp = ServiceUnderTest;

/** The whole service in-process against the real engines, in a database of its own. */
export function startTestApp(overrides: Partial<JobPostingsConfig['service']> = {}): Promise<TestApp> {
  return startServiceForTest(
    (kit) =>
      AppModule.register(
        {
          service: { ...kit.service, JOB_SWEEP_INTERVAL_MS: 60_000, ...overrides },
          auth: kit.auth,
          personalData: { keyring: createKeyring({ currentKeyId: 'v1', currentKey: randomBytes(32) }) },
        },
        { consumerGroup: kit.consumerGroup },
      ),
    { name: SERVICE_NAME, consumes: [TOPICS.veteranProfiles] },
  );
}
