import { MENTOR_TOPICS, TOPICS } from '@vetlink/contracts';
import { InstanceProcess, startInstanceProcess, TestServiceKit } from '@vetlink/testing/service';
import { loadIncubatorsConfig } from '../../src/config';
import { SERVICE_NAME } from '../../src/service-name';

/** Starts an instance of the service in a child process on the test's database; resolves once it listens. */
export function startIncubatorsProcess(kit: TestServiceKit, index: number): Promise<InstanceProcess> {
  const defaults = loadIncubatorsConfig({ AUTH_JWT_PUBLIC_KEY: kit.auth.publicKey }).service;
  return startInstanceProcess({
    script: 'services/incubators/test/support/instance-process.ts',
    serviceName: SERVICE_NAME,
    consumedTopics: [TOPICS.veteranProfiles, MENTOR_TOPICS.mentors],
    config: { service: { ...defaults, ...kit.service, LOG_LEVEL: 'warn' }, auth: kit.auth },
    index,
  });
}
