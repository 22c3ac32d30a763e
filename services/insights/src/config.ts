import { authConfigSchema, engineConfigSchema, httpConfigSchema, loadConfig } from '@vetlink/config';
import { z } from 'zod';

const serviceSchema = httpConfigSchema.merge(engineConfigSchema).extend({
  MONGODB_DATABASE: z
    .string()
    .regex(/^[\w-]+$/)
    .default('vetlink-insights'),
  /**
   * The event handlers' consumer group, after `insights.` (default `events`). A rebuild
   * (`nx run insights:rebuild`) fills a new database with a group of its own; serving that database
   * with that group carries on where the rebuild stopped.
   */
  INSIGHTS_CONSUMER_GROUP: z
    .string()
    .regex(/^[\w.-]{1,100}$/, 'letters, digits, _ . - (at most 100)')
    .optional(),
});

export interface InsightsConfig {
  service: z.infer<typeof serviceSchema>;
  auth: z.infer<typeof authConfigSchema>;
}

/** Read once at start-up; a bad variable stops the service with a message naming it (never its value). */
export function loadInsightsConfig(env: Record<string, string | undefined> = process.env): InsightsConfig {
  return { service: loadConfig(serviceSchema, env), auth: loadConfig(authConfigSchema, env) };
}
