import { authConfigSchema, engineConfigSchema, httpConfigSchema, loadConfig } from '@vetlink/config';
import { z } from 'zod';
import { UPSTREAM_PORTS } from './routing/route-table';

const origins = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.url({ protocol: /^https?$/, error: 'each origin must be an http(s) URL' })));

/** `name=http://host:port,...`: where a service runs when it is not 127.0.0.1 on its local port. */
const upstreamOverrides = z.string().transform((value, context) => {
  const entries: [string, string][] = [];
  for (const pair of value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)) {
    const [name, url] = pair.split('=');
    if (!name || !(name in UPSTREAM_PORTS) || !url || !/^https?:\/\/[^/\s]+$/.test(url)) {
      context.addIssue({
        code: 'custom',
        message: `"${name}" must be a known service given as name=http://host:port`,
      });
      continue;
    }
    entries.push([name, url]);
  }
  return Object.fromEntries(entries) as Record<string, string>;
});

const serviceSchema = httpConfigSchema.extend({
  REDIS_URL: engineConfigSchema.shape.REDIS_URL,
  /** The portal's origins, allowed to call the API from a browser. */
  GATEWAY_CORS_ORIGINS: origins.default(['http://127.0.0.1:8080', 'http://localhost:8080']),
  GATEWAY_UPSTREAMS: upstreamOverrides.default({}),
  /** Added to every local port (a second set of services on moved ports, as the API fuzz starts them). */
  GATEWAY_UPSTREAM_PORT_OFFSET: z.coerce.number().int().min(0).max(60_000).default(0),
  /** How long a service may take to begin its answer (writes may take a while on FerretDB); then 504. */
  GATEWAY_UPSTREAM_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  GATEWAY_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(1024 * 1024),
  GATEWAY_RATE_PER_USER_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  GATEWAY_RATE_PER_ADDRESS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000_000).default(1200),
  /**
   * How often each instance shares its rate counts through Redis: a caller can pass a limit by what the
   * other instances let through in one interval.
   */
  GATEWAY_RATE_SYNC_MS: z.coerce.number().int().min(10).max(10_000).default(200),
  /** Redis key prefix of the rate counters (tests use their own). */
  GATEWAY_REDIS_PREFIX: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/, 'lower-case letters, digits and dashes')
    .default('vetlink-gateway'),
});

export interface GatewayConfig {
  service: z.infer<typeof serviceSchema>;
  /** The gateway verifies tokens only to count requests per user; the services verify them again. */
  auth: z.infer<typeof authConfigSchema>;
}

/** Read once at start-up; a bad variable stops the service with a message naming it (never its value). */
export function loadGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  return { service: loadConfig(serviceSchema, env), auth: loadConfig(authConfigSchema, env) };
}

/** Each service's address: the override, else 127.0.0.1 on its local port. */
export function upstreamsOf(config: GatewayConfig): { name: string; baseUrl: string }[] {
  return Object.entries(UPSTREAM_PORTS).map(([name, port]) => ({
    name,
    baseUrl:
      config.service.GATEWAY_UPSTREAMS[name] ??
      `http://127.0.0.1:${port + config.service.GATEWAY_UPSTREAM_PORT_OFFSET}`,
  }));
}
