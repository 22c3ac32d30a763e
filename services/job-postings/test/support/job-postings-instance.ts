/** One more replica of job-postings in a process of its own (libs/testing/service), with a key of its own. */
import { createKeyring } from '@vetlink/persistence';
import { serveInstance } from '@vetlink/testing/service';
import { randomBytes } from 'node:crypto';
import { AppModule } from '../../src/app.module';
import type { JobPostingsConfig } from '../../src/config';

serveInstance<Omit<JobPostingsConfig, 'personalData'>>('job-postings replica', (config, consumerGroup) =>
  AppModule.register(
    {
      ...config,
      personalData: { keyring: createKeyring({ currentKeyId: 'v1', currentKey: randomBytes(32) }) },
    },
    { consumerGroup },
  ),
);
