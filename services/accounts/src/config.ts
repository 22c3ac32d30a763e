import {
  authConfigSchema,
  ConfigError,
  engineConfigSchema,
  httpConfigSchema,
  loadConfig,
} from '@vetlink/config';
import { EncryptionKeyring, personalDataConfigSchema } from '@vetlink/persistence';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CodeLimits, DEFAULT_CODE_LIMITS } from './one-time-codes/domain/code-limits';
import { DEFAULT_THROTTLE_RULES, ThrottleRules } from './sessions/domain/sign-in-throttle';
import { SigningKey, SigningKeyError } from './tokens/signing-key';

const seconds = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const serviceSchema = httpConfigSchema.merge(engineConfigSchema).extend({
  MONGODB_DATABASE: z
    .string()
    .regex(/^[\w-]+$/)
    .default('vetlink-accounts'),
  /** Access tokens are short-lived: a stolen one works only this long, and revocation waits at most this long. */
  ACCESS_TOKEN_LIFETIME_SECONDS: seconds(60, 3600, 600),
  REFRESH_TOKEN_LIFETIME_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  SIGN_IN_FAILURES_BEFORE_LOCK: z.coerce
    .number()
    .int()
    .min(3)
    .max(50)
    .default(DEFAULT_THROTTLE_RULES.failuresBeforeLock),
  SIGN_IN_LOCK_SECONDS: seconds(60, 86_400, DEFAULT_THROTTLE_RULES.lockSeconds),
  SIGN_IN_ATTEMPTS_PER_ADDRESS: z.coerce
    .number()
    .int()
    .min(5)
    .max(100_000)
    .default(DEFAULT_THROTTLE_RULES.attemptsPerAddress),
  /**
   * One-time codes (password reset, login verification: each purpose counted apart) asked for one login
   * within an hour (for a reset, whether or not it has an account). The name is older than verifications.
   */
  PASSWORD_RESET_REQUESTS_PER_LOGIN: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(DEFAULT_CODE_LIMITS.requestsPerLogin),
  /** One-time-code requests and confirmations from one address within an hour, per purpose. */
  PASSWORD_RESET_ATTEMPTS_PER_ADDRESS: z.coerce
    .number()
    .int()
    .min(5)
    .max(100_000)
    .default(DEFAULT_CODE_LIMITS.attemptsPerAddress),
  /** Redis key prefix for the throttles (tests use their own). */
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/, 'lower-case letters, digits and dashes')
    .default('vetlink-accounts'),
});

const signingKeySchema = z.object({
  /** The EC P-256 private key that signs access tokens (PEM), or a file holding it. */
  AUTH_JWT_SIGNING_KEY: z.string().optional(),
  AUTH_JWT_SIGNING_KEY_FILE: z.string().optional(),
});

export interface AccountsConfig {
  service: z.infer<typeof serviceSchema>;
  auth: z.infer<typeof authConfigSchema>;
  /** E-mail addresses and mobile numbers are encrypted at rest, found through blind indexes. */
  personalData: { keyring: EncryptionKeyring };
  /** Undefined: a key for this process only is made at start-up (development and API fuzzing). */
  signingKey?: SigningKey;
  throttle: ThrottleRules;
  /** Limits on one-time codes, for every purpose. Absent: the defaults (`DEFAULT_CODE_LIMITS`). */
  codeLimits?: CodeLimits;
}

/** Read once at start-up; a bad variable stops the service with a message naming it (never its value). */
export function loadAccountsConfig(env: Record<string, string | undefined> = process.env): AccountsConfig {
  const problems: string[] = [];
  const attempt = <T>(load: () => T): T | undefined => {
    try {
      return load();
    } catch (error) {
      if (error instanceof ConfigError) problems.push(...error.problems);
      else if (error instanceof SigningKeyError) problems.push(`AUTH_JWT_SIGNING_KEY: ${error.message}`);
      else throw error;
      return undefined;
    }
  };
  const service = attempt(() => loadConfig(serviceSchema, env));
  const auth = attempt(() => loadConfig(authConfigSchema, env));
  const keyring = attempt(() => loadConfig(personalDataConfigSchema, env));
  const signingKey = attempt(() => readSigningKey(loadConfig(signingKeySchema, env)));
  if (signingKey && auth && !signingKey.matchesPublicKey(auth.publicKey))
    problems.push('AUTH_JWT_SIGNING_KEY: is not the private half of AUTH_JWT_PUBLIC_KEY');
  if (problems.length > 0 || !service || !auth || !keyring) throw new ConfigError(problems);
  return {
    service,
    auth,
    personalData: { keyring },
    ...(signingKey ? { signingKey } : {}),
    throttle: {
      ...DEFAULT_THROTTLE_RULES,
      failuresBeforeLock: service.SIGN_IN_FAILURES_BEFORE_LOCK,
      lockSeconds: service.SIGN_IN_LOCK_SECONDS,
      attemptsPerAddress: service.SIGN_IN_ATTEMPTS_PER_ADDRESS,
    },
    codeLimits: {
      ...DEFAULT_CODE_LIMITS,
      requestsPerLogin: service.PASSWORD_RESET_REQUESTS_PER_LOGIN,
      attemptsPerAddress: service.PASSWORD_RESET_ATTEMPTS_PER_ADDRESS,
    },
  };
}

function readSigningKey(value: z.infer<typeof signingKeySchema>): SigningKey | undefined {
  if (value.AUTH_JWT_SIGNING_KEY) return SigningKey.fromPem(value.AUTH_JWT_SIGNING_KEY);
  if (!value.AUTH_JWT_SIGNING_KEY_FILE) return undefined;
  let pem: string;
  try {
    pem = readFileSync(value.AUTH_JWT_SIGNING_KEY_FILE, 'utf8');
  } catch {
    throw new SigningKeyError('AUTH_JWT_SIGNING_KEY_FILE cannot be read');
  }
  return SigningKey.fromPem(pem);
}
