import {
  authConfigSchema,
  engineConfigSchema,
  httpConfigSchema,
  loadConfig,
  processRoleSchema,
} from '@vetlink/config';
import { DEFAULT_POLICY, DEFAULT_RADIUS_KM, type MatchPolicy } from '@vetlink/matching-score';
import { parseExpression } from 'cron-parser';
import { z } from 'zod';
import type { DigestPolicy } from './digests/domain/pick-jobs';
import type { LookbackPolicy } from './digests/domain/digest-window';
import { isKnownTimeZone } from './weeks/domain/iso-week';

const whole = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const serviceSchema = httpConfigSchema.merge(engineConfigSchema).extend({
  MONGODB_DATABASE: z
    .string()
    .regex(/^[\w-]+$/)
    .default('vetlink-recommendations'),
  /**
   * `all`: HTTP API, event consumer and digest workers in one process; `api`: the first two only;
   * `worker`: digest workers only, as many processes and machines as wanted (they share Redis).
   */
  PROCESS_ROLE: processRoleSchema,
  /** BullMQ key prefix in Redis (tests and benchmarks use their own). */
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/, 'lower-case letters, digits and dashes')
    .default('vetlink'),
});

const digestSchema = z
  .object({
    /** When the weekly run fires: a cron pattern (minute hour day month weekday) in DIGEST_TIMEZONE. */
    DIGEST_SCHEDULE: z.string().default('0 9 * * 1'),
    /** The zone of the schedule and of ISO weeks (Asia/Shanghai has no daylight saving). */
    DIGEST_TIMEZONE: z.string().refine(isKnownTimeZone, 'must be an IANA time zone').default('Asia/Shanghai'),
    DIGEST_SIZE: whole(1, 20, 10),
    /** A job scoring below this (0-100) is not featured (pushes need MATCH_PUSH_THRESHOLD, 60 by default). */
    DIGEST_MIN_SCORE: whole(1, 100, 45),
    DIGEST_CANDIDATE_LIMIT: whole(10, 5000, 200),
    DIGEST_FIRST_LOOKBACK_DAYS: whole(1, 90, 7),
    DIGEST_MAX_LOOKBACK_DAYS: whole(1, 365, 28),
    /** The radius (km) that counts as "near" for a veteran who set none: the same as matching's. */
    MATCH_DEFAULT_RADIUS_KM: whole(1, 1000, DEFAULT_RADIUS_KM),
    /** Per-veteran digest jobs one worker process runs at once. */
    DIGEST_CONCURRENCY: whole(1, 256, 64),
    /** Tries per veteran, the first included; waits double from DIGEST_BACKOFF_MS. */
    DIGEST_MAX_ATTEMPTS: whole(1, 20, 5),
    DIGEST_BACKOFF_MS: whole(10, 3_600_000, 30_000),
    /** A job whose worker stops renewing its lock for this long (a crash) is handed to another worker. */
    DIGEST_LOCK_MS: whole(1000, 600_000, 30_000),
    /** Veterans queued per batch when a run fans out. */
    DIGEST_FANOUT_BATCH: whole(10, 10_000, 1000),
  })
  .superRefine((env, context) => {
    try {
      parseExpression(env.DIGEST_SCHEDULE, { tz: env.DIGEST_TIMEZONE });
    } catch {
      context.addIssue({
        code: 'custom',
        path: ['DIGEST_SCHEDULE'],
        message: 'must be a cron pattern, e.g. "0 9 * * 1"',
      });
    }
    if (env.DIGEST_FIRST_LOOKBACK_DAYS > env.DIGEST_MAX_LOOKBACK_DAYS) {
      context.addIssue({
        code: 'custom',
        path: ['DIGEST_FIRST_LOOKBACK_DAYS'],
        message: 'must not exceed DIGEST_MAX_LOOKBACK_DAYS',
      });
    }
  });

export type DigestEnv = z.infer<typeof digestSchema>;

export interface DigestSettings {
  schedule: { pattern: string; timeZone: string };
  policy: DigestPolicy;
  lookback: LookbackPolicy;
  concurrency: number;
  maxAttempts: number;
  backoffMs: number;
  lockMs: number;
  fanOutBatch: number;
}

export interface RecommendationsConfig {
  service: z.infer<typeof serviceSchema>;
  /** Null in a worker process, which serves no HTTP. */
  auth: z.infer<typeof authConfigSchema> | null;
  digest: DigestSettings;
}

export function digestSettingsFrom(env: DigestEnv): DigestSettings {
  const match: MatchPolicy = { ...DEFAULT_POLICY, defaultRadiusKm: env.MATCH_DEFAULT_RADIUS_KM };
  return {
    schedule: { pattern: env.DIGEST_SCHEDULE, timeZone: env.DIGEST_TIMEZONE },
    policy: {
      size: env.DIGEST_SIZE,
      minimumScore: env.DIGEST_MIN_SCORE,
      candidateLimit: env.DIGEST_CANDIDATE_LIMIT,
      match,
    },
    lookback: { firstDays: env.DIGEST_FIRST_LOOKBACK_DAYS, maxDays: env.DIGEST_MAX_LOOKBACK_DAYS },
    concurrency: env.DIGEST_CONCURRENCY,
    maxAttempts: env.DIGEST_MAX_ATTEMPTS,
    backoffMs: env.DIGEST_BACKOFF_MS,
    lockMs: env.DIGEST_LOCK_MS,
    fanOutBatch: env.DIGEST_FANOUT_BATCH,
  };
}

export function loadRecommendationsConfig(
  env: Record<string, string | undefined> = process.env,
): RecommendationsConfig {
  const service = loadConfig(serviceSchema, env);
  return {
    service,
    auth: service.PROCESS_ROLE === 'worker' ? null : loadConfig(authConfigSchema, env),
    digest: digestSettingsFrom(loadConfig(digestSchema, env)),
  };
}
