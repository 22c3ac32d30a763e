import { authConfigSchema, engineConfigSchema, httpConfigSchema, loadConfig } from '@vetlink/config';
import { z } from 'zod';
import { DEFAULT_PUSH_THRESHOLD, DEFAULT_RADIUS_KM } from '@vetlink/matching-score';
import { MAX_CANDIDATE_LIMIT } from './search/domain/index-settings';

const serviceSchema = httpConfigSchema.merge(engineConfigSchema).extend({
  MONGODB_DATABASE: z
    .string()
    .regex(/^[\w-]+$/)
    .default('vetlink-matching'),
  /** Prefix of this service's search indexes (`<prefix>-jobs`, `<prefix>-veterans`): a shared Meilisearch holds others too. */
  SEARCH_INDEX_PREFIX: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/, 'lower-case letters, digits, - and _')
    .max(60)
    .default('matching'),
  /**
   * Folder where the embedded search engine keeps a snapshot of its indexes, restored at start-up so
   * that only what changed since is read from the read model; unset: every start rebuilds from it.
   */
  SEARCH_SNAPSHOT_DIR: z.string().min(1).optional(),
  /**
   * How often (minutes) the snapshot is refreshed while running; it is also written at every graceful
   * stop. Capturing it blocks the process for seconds at 100,000 documents per index (bench/README.md).
   */
  SEARCH_SNAPSHOT_INTERVAL_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(60),
});

const matchingSchema = z.object({
  /** A pair scoring at least this (0-100) is pushed to the veteran. */
  MATCH_PUSH_THRESHOLD: z.coerce.number().int().min(1).max(100).default(DEFAULT_PUSH_THRESHOLD),
  /** The radius (km) that counts as "near" for a veteran who set none. */
  MATCH_DEFAULT_RADIUS_KM: z.coerce.number().int().min(1).max(1000).default(DEFAULT_RADIUS_KM),
  /** How many candidates one search hands to the score (recommendations, candidates, each page of a push run). */
  MATCH_CANDIDATE_LIMIT: z.coerce.number().int().min(10).max(MAX_CANDIDATE_LIMIT).default(500),
  /** The most veterans one job posting is pushed to (the best scoring first). */
  MATCH_MAX_PUSHES_PER_JOB: z.coerce.number().int().min(1).max(100_000).default(2000),
  /** Events older than this (history replayed by a new consumer group, a long outage) push nothing. */
  MATCH_PUSH_WINDOW_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(72),
  /** The most new jobs one profile change pushes to its veteran (the best first); the weekly digest brings the rest. */
  MATCH_MAX_PUSHES_PER_PROFILE_CHANGE: z.coerce.number().int().min(0).max(100).default(10),
});

export type MatchingSettings = z.infer<typeof matchingSchema>;

export interface MatchingConfig {
  service: z.infer<typeof serviceSchema>;
  auth: z.infer<typeof authConfigSchema>;
  matching: MatchingSettings;
  /** The environment, for the search lib to choose its engine (MEILI_HOST / MEILI_MASTER_KEY, else embedded). */
  searchEnv: Record<string, string | undefined>;
}

export function loadMatchingConfig(env: Record<string, string | undefined> = process.env): MatchingConfig {
  return {
    service: loadConfig(serviceSchema, env),
    auth: loadConfig(authConfigSchema, env),
    matching: loadConfig(matchingSchema, env),
    searchEnv: { MEILI_HOST: env['MEILI_HOST'], MEILI_MASTER_KEY: env['MEILI_MASTER_KEY'] },
  };
}
