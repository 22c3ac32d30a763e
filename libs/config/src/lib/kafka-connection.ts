import { readFileSync } from 'node:fs';
import { z } from 'zod';

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false'])
    .default(fallback ? 'true' : 'false')
    .transform((value) => value === 'true');

/** How a Kafka client reaches a secured cluster; kafkajs's `ssl` and `sasl` options, in its shapes. */
export interface KafkaConnectionSecurity {
  ssl?: true | { ca: string[]; rejectUnauthorized: boolean };
  sasl?: { mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512'; username: string; password: string };
  /** Prefixes every consumer group (`<prefix><service>.<group>`): runs that share a cluster keep apart. */
  groupPrefix: string;
}

/**
 * Kafka's TLS and SASL settings from the environment. Local engines need none of it; a production
 * cluster typically sets KAFKA_TLS=true and KAFKA_SASL_MECHANISM with a user and password
 * (deploy/PRODUCTION.md). A half-given setting (a mechanism without a password, an unreadable CA file)
 * stops the service at start-up, naming the variable but never its value.
 */
export const kafkaConnectionConfigSchema = z
  .object({
    KAFKA_TLS: flag(false),
    /** PEM file of the CA that signed the brokers' certificates, when it is not a public one. */
    KAFKA_TLS_CA_FILE: z.string().min(1).optional(),
    KAFKA_TLS_REJECT_UNAUTHORIZED: flag(true),
    KAFKA_SASL_MECHANISM: z.enum(['plain', 'scram-sha-256', 'scram-sha-512']).optional(),
    KAFKA_SASL_USERNAME: z.string().min(1).optional(),
    KAFKA_SASL_PASSWORD: z.string().min(1).optional(),
    KAFKA_CONSUMER_GROUP_PREFIX: z
      .string()
      .regex(/^[\w.-]{0,64}$/, 'letters, digits, _ . - (at most 64)')
      .default(''),
  })
  .transform((env, context): KafkaConnectionSecurity => {
    const security: KafkaConnectionSecurity = { groupPrefix: env.KAFKA_CONSUMER_GROUP_PREFIX };
    const tlsWanted =
      env.KAFKA_TLS || env.KAFKA_TLS_CA_FILE !== undefined || !env.KAFKA_TLS_REJECT_UNAUTHORIZED;
    if (tlsWanted) {
      if (env.KAFKA_TLS_CA_FILE === undefined && env.KAFKA_TLS_REJECT_UNAUTHORIZED) security.ssl = true;
      else {
        const ca = env.KAFKA_TLS_CA_FILE === undefined ? [] : readPem(env.KAFKA_TLS_CA_FILE);
        if (ca === undefined) {
          context.addIssue({
            code: 'custom',
            path: ['KAFKA_TLS_CA_FILE'],
            message: 'is not a readable PEM file',
          });
          return z.NEVER;
        }
        security.ssl = { ca, rejectUnauthorized: env.KAFKA_TLS_REJECT_UNAUTHORIZED };
      }
    }
    const credentials = [env.KAFKA_SASL_USERNAME, env.KAFKA_SASL_PASSWORD];
    if (env.KAFKA_SASL_MECHANISM) {
      if (!env.KAFKA_SASL_USERNAME || !env.KAFKA_SASL_PASSWORD) {
        context.addIssue({
          code: 'custom',
          path: ['KAFKA_SASL_PASSWORD'],
          message: 'KAFKA_SASL_MECHANISM needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD',
        });
        return z.NEVER;
      }
      security.sasl = {
        mechanism: env.KAFKA_SASL_MECHANISM,
        username: env.KAFKA_SASL_USERNAME,
        password: env.KAFKA_SASL_PASSWORD,
      };
    } else if (credentials.some(Boolean)) {
      context.addIssue({
        code: 'custom',
        path: ['KAFKA_SASL_MECHANISM'],
        message:
          'is required with KAFKA_SASL_USERNAME / KAFKA_SASL_PASSWORD (plain, scram-sha-256, scram-sha-512)',
      });
      return z.NEVER;
    }
    return security;
  });

function readPem(path: string): string[] | undefined {
  try {
    const text = readFileSync(path, 'utf8');
    return text.includes('-----BEGIN CERTIFICATE-----') ? [text] : undefined;
  } catch {
    return undefined;
  }
}
