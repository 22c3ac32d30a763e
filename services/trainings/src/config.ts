import {
  authConfigSchema,
  engineConfigSchema,
  httpConfigSchema,
  loadConfig,
  processRoleSchema,
} from '@vetlink/config';
import { z } from 'zod';
import { parseReminderOffsets } from './reminders/domain/reminder-offsets';

const serviceSchema = httpConfigSchema.merge(engineConfigSchema).extend({
  MONGODB_DATABASE: z
    .string()
    .regex(/^[\w-]+$/)
    .default('vetlink-trainings'),
  /** `api`: HTTP and events only (reminders are then sent by a process of role `worker`). */
  PROCESS_ROLE: processRoleSchema,
  /** BullMQ key prefix in Redis (tests use their own). */
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/, 'lower-case letters, digits and dashes')
    .default('vetlink'),
  /**
   * When reminders go out before a run's first day: comma-separated `<days>d@HH:mm`, Asia/Shanghai
   * (`3d@08:00` is 08:00 three days before the first day). Up to 5, 1 to 30 days.
   */
  RUN_REMINDERS: z
    .string()
    .default('3d@08:00,1d@08:00')
    .transform((value, context) => {
      const parsed = parseReminderOffsets(value);
      if (typeof parsed === 'string') {
        context.addIssue({ code: 'custom', message: parsed });
        return z.NEVER;
      }
      return parsed;
    }),
});

export interface TrainingsConfig {
  service: z.infer<typeof serviceSchema>;
  auth: z.infer<typeof authConfigSchema>;
}

/** Read once at start-up; a bad variable stops the service with a message naming it (never its value). */
export function loadTrainingsConfig(env: Record<string, string | undefined> = process.env): TrainingsConfig {
  return { service: loadConfig(serviceSchema, env), auth: loadConfig(authConfigSchema, env) };
}
