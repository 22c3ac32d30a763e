import {
  authConfigSchema,
  ConfigError,
  engineConfigSchema,
  httpConfigSchema,
  loadConfig,
  processRoleSchema,
} from '@vetlink/config';
import { DEFAULT_CALENDAR_SETTINGS } from '@vetlink/calendar';
import { EncryptionKeyring, personalDataConfigSchema } from '@vetlink/persistence';
import { z } from 'zod';
import { JOB_PUSH_CAP_LIMITS } from './preferences/domain/preferences';

const httpUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
  .transform((url) => url.replace(/\/+$/, ''));
const flag = z.enum(['true', 'false']).transform((value) => value === 'true');
const milliseconds = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const serviceSchema = httpConfigSchema.merge(engineConfigSchema).extend({
  MONGODB_DATABASE: z
    .string()
    .regex(/^[\w-]+$/)
    .default('vetlink-notifications'),
  /** The portal's public origin, for links to jobs, sessions and applications in messages. */
  PORTAL_BASE_URL: httpUrl.default('http://127.0.0.1:8080'),
  /** Where this service is reached from outside (through the gateway): unsubscribe links point here. */
  PUBLIC_API_BASE_URL: httpUrl.default('http://127.0.0.1:3104'),
  /** Booking e-mails' calendar invites: set both as the mentors service has them, so that UIDs agree. */
  ICS_UID_DOMAIN: z
    .string()
    .regex(/^[a-z0-9.-]+$/)
    .default(DEFAULT_CALENDAR_SETTINGS.uidDomain),
  ICS_ORGANIZER_EMAIL: z.email().default(DEFAULT_CALENDAR_SETTINGS.organizerEmail),
  /** Job pushes per Shanghai day for users who did not choose (they may choose 1-50). */
  JOB_PUSH_DAILY_CAP: z.coerce
    .number()
    .int()
    .min(JOB_PUSH_CAP_LIMITS.min)
    .max(JOB_PUSH_CAP_LIMITS.max)
    .default(5),
  /**
   * A job match older than this is not pushed (a consumer catching up after an outage, or a new consumer
   * group reading the topic from its start, must not push weeks-old jobs); the weekly digest covers them.
   */
  JOB_PUSH_MAX_AGE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(72),
  /**
   * `all`: HTTP API, event consumer and delivery workers in one process; `api`: the first two only;
   * `worker`: delivery workers only (no API, no event consumed), as many processes as wanted (they share Redis).
   */
  PROCESS_ROLE: processRoleSchema,
  DELIVERY_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(8),
  /** Tries per delivery and channel, the first included; waits double from DELIVERY_BACKOFF_MS. */
  DELIVERY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(6),
  DELIVERY_BACKOFF_MS: milliseconds(10, 3_600_000, 30_000),
  /** BullMQ key prefix in Redis (tests and benchmarks use their own). */
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/, 'lower-case letters, digits and dashes')
    .default('vetlink'),
});

export interface EmailSettings {
  host: string;
  port: number;
  /** Implicit TLS (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  requireTls: boolean;
  auth: { user: string; pass: string } | null;
  from: string;
  timeoutMs: number;
}

export interface WebhookSettings {
  url: string;
  secret: string;
  timeoutMs: number;
}

const emailSchema = z
  .object({
    NODE_ENV: z.string().optional(),
    SMTP_HOST: z.string().min(1).optional(),
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
    SMTP_SECURE: flag.default(false),
    SMTP_REQUIRE_TLS: flag.optional(),
    SMTP_USER: z.string().min(1).optional(),
    SMTP_PASSWORD: z.string().min(1).optional(),
    MAIL_FROM: z
      .string()
      .regex(
        /^[^<>\r\n]*<?[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+>?$/,
        'must be an address, e.g. "vetlink <noreply@vetlink.cn>"',
      )
      .optional(),
    SMTP_TIMEOUT_MS: milliseconds(100, 120_000, 10_000),
  })
  .transform((env, context): EmailSettings | null => {
    if (!env.SMTP_HOST) return null;
    if (!env.MAIL_FROM)
      context.addIssue({ code: 'custom', path: ['MAIL_FROM'], message: 'is required when SMTP_HOST is set' });
    if (Boolean(env.SMTP_USER) !== Boolean(env.SMTP_PASSWORD)) {
      context.addIssue({
        code: 'custom',
        path: ['SMTP_PASSWORD'],
        message: 'give SMTP_USER and SMTP_PASSWORD together, or neither',
      });
    }
    if (!env.MAIL_FROM) return z.NEVER;
    return {
      host: env.SMTP_HOST,
      port: env.SMTP_PORT,
      secure: env.SMTP_SECURE,
      // In production a plain-text SMTP session is refused unless explicitly allowed.
      requireTls: env.SMTP_REQUIRE_TLS ?? (env.NODE_ENV === 'production' && !env.SMTP_SECURE),
      auth: env.SMTP_USER && env.SMTP_PASSWORD ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD } : null,
      from: env.MAIL_FROM,
      timeoutMs: env.SMTP_TIMEOUT_MS,
    };
  });

/** One outgoing webhook gateway (SMS, WeChat template messages): URL, signing secret, timeout. */
function webhookSchema(prefix: 'SMS' | 'WECHAT') {
  const url = `${prefix}_WEBHOOK_URL`;
  const secret = `${prefix}_WEBHOOK_SECRET`;
  return z
    .object({
      NODE_ENV: z.string().optional(),
      [url]: httpUrl.optional(),
      [secret]: z.string().optional(),
      WEBHOOK_TIMEOUT_MS: milliseconds(100, 60_000, 5_000),
    })
    .transform((env, context): WebhookSettings | null => {
      const target = env[url] as string | undefined;
      const key = env[secret] as string | undefined;
      if (!target) return null;
      if (!key || key.length < 32) {
        context.addIssue({
          code: 'custom',
          path: [secret],
          message: `is required when ${url} is set: at least 32 characters`,
        });
        return z.NEVER;
      }
      if (env.NODE_ENV === 'production' && !target.startsWith('https://')) {
        context.addIssue({ code: 'custom', path: [url], message: 'must be https in production' });
        return z.NEVER;
      }
      return { url: target, secret: key, timeoutMs: env.WEBHOOK_TIMEOUT_MS as number };
    });
}

/** Signs unsubscribe links; required everywhere (the launcher makes a local one), so no link is ever forgeable. */
const unsubscribeSchema = z
  .object({ UNSUBSCRIBE_SIGNING_KEY: z.string().optional() })
  .transform((env, context): Buffer => {
    if (!env.UNSUBSCRIBE_SIGNING_KEY) {
      context.addIssue({
        code: 'custom',
        path: ['UNSUBSCRIBE_SIGNING_KEY'],
        message: 'is required: 32 random bytes, base64 (openssl rand -base64 32)',
      });
      return z.NEVER;
    }
    const key = Buffer.from(env.UNSUBSCRIBE_SIGNING_KEY, 'base64');
    if (key.length < 32) {
      context.addIssue({
        code: 'custom',
        path: ['UNSUBSCRIBE_SIGNING_KEY'],
        message: 'must be at least 32 bytes, base64',
      });
      return z.NEVER;
    }
    return key;
  });

export interface NotificationsConfig {
  service: z.infer<typeof serviceSchema>;
  /** Null in a worker process, which serves no HTTP. */
  auth: z.infer<typeof authConfigSchema> | null;
  /** Contact points (e-mail addresses, gateway recipient ids) are encrypted at rest. */
  personalData: { keyring: EncryptionKeyring };
  channels: { email: EmailSettings | null; sms: WebhookSettings | null; wechat: WebhookSettings | null };
  unsubscribeKey: Buffer;
}

/** Every problem at once, naming the variables, never their values. */
export function loadNotificationsConfig(
  env: Record<string, string | undefined> = process.env,
): NotificationsConfig {
  const problems: string[] = [];
  const attempt = <T>(load: () => T): T | undefined => {
    try {
      return load();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  // The switch it replaced would otherwise be ignored without a word, and a worker would serve the API.
  if (env['DELIVERY_WORKERS'] !== undefined) {
    problems.push(
      'DELIVERY_WORKERS: was replaced by PROCESS_ROLE (on is all, off is api; worker runs deliveries only)',
    );
  }
  const service = attempt(() => loadConfig(serviceSchema, env));
  const isWorker = (service?.PROCESS_ROLE ?? env['PROCESS_ROLE']) === 'worker';
  const auth = isWorker ? null : attempt(() => loadConfig(authConfigSchema, env));
  const keyring = attempt(() => loadConfig(personalDataConfigSchema, env));
  const email = attempt(() => loadConfig(emailSchema, env));
  const sms = attempt(() => loadConfig(webhookSchema('SMS'), env));
  const wechat = attempt(() => loadConfig(webhookSchema('WECHAT'), env));
  const unsubscribeKey = attempt(() => loadConfig(unsubscribeSchema, env));
  if (
    problems.length > 0 ||
    !service ||
    auth === undefined ||
    !keyring ||
    email === undefined ||
    sms === undefined ||
    wechat === undefined ||
    !unsubscribeKey
  ) {
    throw new ConfigError(problems);
  }
  return { service, auth, personalData: { keyring }, channels: { email, sms, wechat }, unsubscribeKey };
}
