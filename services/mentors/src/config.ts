import {
  authConfigSchema,
  engineConfigSchema,
  httpConfigSchema,
  loadConfig,
  processRoleSchema,
} from '@vetlink/config';
import { DEFAULT_CALENDAR_SETTINGS } from '@vetlink/calendar';
import { z } from 'zod';

const offsets = z
  .string()
  .default('1440,60')
  .transform((value) =>
    value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .map(Number),
  )
  .pipe(z.array(z.number().int().min(1).max(10_080)).min(1).max(5));

const serviceSchema = httpConfigSchema.merge(engineConfigSchema).extend({
  MONGODB_DATABASE: z
    .string()
    .regex(/^[\w-]+$/)
    .default('vetlink-mentors'),
  /** `api`: HTTP only (reminders then run in a process of role `worker`). */
  PROCESS_ROLE: processRoleSchema,
  /** BullMQ key prefix in Redis (tests and benchmarks use their own). */
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/, 'lower-case letters, digits and dashes')
    .default('vetlink'),
  /** Veterans may cancel or reschedule until this many hours before the start. */
  VETERAN_CUT_OFF_HOURS: z.coerce.number().int().min(0).max(168).default(12),
  /** Upcoming sessions a veteran may hold at once (K). */
  UPCOMING_SESSIONS_PER_VETERAN: z.coerce.number().int().min(1).max(20).default(2),
  /** Minutes before the start at which reminders go out, comma-separated. */
  REMINDER_OFFSETS_MINUTES: offsets,
  /** How often the sweep removes claims that no session holds (a crash mid-booking) and expired ones. */
  CLAIM_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
  /** A claim this old without its session is left over from a crash (a booking takes milliseconds). */
  CLAIM_GRACE_MS: z.coerce.number().int().min(0).max(3_600_000).default(120_000),
  /** Calendar files: the UID domain and the organiser's address (a no-reply one: replies go nowhere). */
  ICS_UID_DOMAIN: z
    .string()
    .regex(/^[a-z0-9.-]+$/)
    .default(DEFAULT_CALENDAR_SETTINGS.uidDomain),
  ICS_ORGANIZER_EMAIL: z.email().default(DEFAULT_CALENDAR_SETTINGS.organizerEmail),
  /** The search port's engine: Meilisearch when set (shared by services, hence the prefix), else embedded. */
  MEILI_HOST: z.url().optional(),
  MEILI_MASTER_KEY: z.string().min(1).optional(),
  SEARCH_INDEX_PREFIX: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .default('mentors'),
});

export type MentorsServiceConfig = z.infer<typeof serviceSchema>;

export interface MentorsConfig {
  service: MentorsServiceConfig;
  auth: z.infer<typeof authConfigSchema>;
}

/** Read once at start-up; a bad variable stops the service with a message naming it (never its value). */
export function loadMentorsConfig(env: Record<string, string | undefined> = process.env): MentorsConfig {
  return { service: loadConfig(serviceSchema, env), auth: loadConfig(authConfigSchema, env) };
}
