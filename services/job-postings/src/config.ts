import { authConfigSchema, engineConfigSchema, httpConfigSchema, loadConfig } from '@vetlink/config';
import { EncryptionKeyring, personalDataConfigSchema } from '@vetlink/persistence';
import { z } from 'zod';

const serviceSchema = httpConfigSchema.merge(engineConfigSchema).extend({
  MONGODB_DATABASE: z
    .string()
    .regex(/^[\w-]+$/)
    .default('vetlink-job-postings'),
  /** How often overdue jobs are closed and interrupted hires completed (also once at start-up). */
  JOB_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
});

export interface JobPostingsConfig {
  service: z.infer<typeof serviceSchema>;
  auth: z.infer<typeof authConfigSchema>;
  /** Keys for the employers' contact phones at rest (PII_ENCRYPTION_KEY and its rotation variables). */
  personalData: { keyring: EncryptionKeyring };
}

export function loadJobPostingsConfig(
  env: Record<string, string | undefined> = process.env,
): JobPostingsConfig {
  return {
    service: loadConfig(serviceSchema, env),
    auth: loadConfig(authConfigSchema, env),
    personalData: { keyring: loadConfig(personalDataConfigSchema, env) },
  };
}
