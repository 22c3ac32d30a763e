import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** Local defaults match the engines that `deploy/local/vetlink up` starts; production sets each variable. */
export const engineConfigSchema = z.object({
  KAFKA_BROKERS: z
    .string()
    .default('127.0.0.1:9092')
    .transform((value) =>
      value
        .split(',')
        .map((broker) => broker.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^[^:\s]+:\d+$/, 'each broker must be host:port')).min(1)),
  KAFKA_TOPIC_PARTITIONS: z.coerce.number().int().min(1).max(256).default(3),
  KAFKA_REPLICATION_FACTOR: z.coerce.number().int().min(1).max(7).default(1),
  // One connection locally: FerretDB 1.x applies an update as read-then-write, so two connections of one
  // service can interleave and lose an update; commands of one connection run in turn. MongoDB needs no such limit.
  MONGODB_URI: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\//, 'must be a mongodb:// URI')
    .default('mongodb://127.0.0.1:27017/?maxPoolSize=1'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URI')
    .default('redis://127.0.0.1:6379'),
});

/**
 * What one process of a service does, from the same code: `all` everything, `api` HTTP and event
 * consumers without queue workers, `worker` queue workers only (start as many as the work needs).
 */
export const processRoleSchema = z.enum(['all', 'api', 'worker']).default('all');

export const httpConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** The verifying key for access tokens: inline PEM or a file holding it. Services never see a private key. */
export const authConfigSchema = z
  .object({
    AUTH_JWT_PUBLIC_KEY: z.string().optional(),
    AUTH_JWT_PUBLIC_KEY_FILE: z.string().optional(),
    AUTH_JWT_ISSUER: z.string().default('vetlink-gateway'),
    AUTH_JWT_AUDIENCE: z.string().default('vetlink'),
    /** The longest an access token may live (exp − iat); a longer-lived one is refused. */
    AUTH_TOKEN_MAX_LIFETIME_SECONDS: z.coerce.number().int().min(60).max(86_400).default(900),
    /** How far the issuer's clock may differ from ours when reading exp, nbf and iat. */
    AUTH_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  })
  .transform((value, context) => {
    const publicKey = value.AUTH_JWT_PUBLIC_KEY ?? readKeyFile(value.AUTH_JWT_PUBLIC_KEY_FILE);
    if (!publicKey?.includes('PUBLIC KEY')) {
      context.addIssue({
        code: 'custom',
        path: ['AUTH_JWT_PUBLIC_KEY'],
        message: 'a PEM public key is required (AUTH_JWT_PUBLIC_KEY or a readable AUTH_JWT_PUBLIC_KEY_FILE)',
      });
      return z.NEVER;
    }
    return {
      publicKey,
      issuer: value.AUTH_JWT_ISSUER,
      audience: value.AUTH_JWT_AUDIENCE,
      maxLifetimeSeconds: value.AUTH_TOKEN_MAX_LIFETIME_SECONDS,
      clockSkewSeconds: value.AUTH_CLOCK_SKEW_SECONDS,
    };
  });

function readKeyFile(path: string | undefined): string | undefined {
  if (!path) return undefined;
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

export type EngineConfig = z.infer<typeof engineConfigSchema>;
export type HttpConfig = z.infer<typeof httpConfigSchema>;
export type AuthConfig = z.infer<typeof authConfigSchema>;
export type ProcessRole = z.infer<typeof processRoleSchema>;
