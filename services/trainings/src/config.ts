import { authConfigSchema, engineConfigSchema, httpConfigSchema, loadConfig } from '@vetlink/config';
import { z } from 'zod';

const serviceSchema = httpConfigSchema.merge(engineConfigSchema).extend({
  MONGODB_DATABASE: z
    .string()
    .regex(/^[\w-]+$/)
    .default('vetlink-trainings'),
});

export interface TrainingsConfig {
  service: z.infer<typeof serviceSchema>;
  auth: z.infer<typeof authConfigSchema>;
}

/** Read once at start-up; a bad variable stops the service with a message naming it (never its value). */
export function loadTrainingsConfig(env: Record<string, string | undefined> = process.env): TrainingsConfig {
  return { service: loadConfig(serviceSchema, env), auth: loadConfig(authConfigSchema, env) };
}
