import { authConfigSchema, engineConfigSchema, httpConfigSchema, loadConfig } from '@vetlink/config';
import { z } from 'zod';

const serviceSchema = httpConfigSchema.merge(engineConfigSchema).extend({
  MONGODB_DATABASE: z
    .string()
    .regex(/^[\w-]+$/)
    .default('vetlink-loans'),
  /** How often instalments are reviewed (due and overdue notices, forfeitures, defaults). */
  LOAN_REVIEW_INTERVAL_MS: z.coerce.number().int().min(100).max(86_400_000).default(3_600_000),
});

export interface LoansConfig {
  service: z.infer<typeof serviceSchema>;
  auth: z.infer<typeof authConfigSchema>;
}

/** Read once at start-up; a bad variable stops the service with a message naming it (never its value). */
export function loadLoansConfig(env: Record<string, string | undefined> = process.env): LoansConfig {
  return { service: loadConfig(serviceSchema, env), auth: loadConfig(authConfigSchema, env) };
}
