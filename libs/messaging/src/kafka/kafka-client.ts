import { Kafka, KafkaConfig, logLevel, LogEntry, SASLOptions } from 'kafkajs';
import { KafkaConnectionSecurity, kafkaConnectionConfigSchema, loadConfig } from '@vetlink/config';
import { createLogger } from '@vetlink/logging';

const LEVEL_NAMES: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

export interface KafkaSettings {
  clientId: string;
  brokers: string[];
  /** TLS and SASL; left out, read from the environment (KAFKA_TLS, KAFKA_SASL_*: libs/config). */
  security?: KafkaConnectionSecurity;
}

/** The cluster's TLS and SASL settings and the consumer-group prefix from the environment, checked once. */
export function kafkaSecurityFromEnv(
  env: Record<string, string | undefined> = process.env,
): KafkaConnectionSecurity {
  return loadConfig(kafkaConnectionConfigSchema, env);
}

const MAX_WAIT_VARIABLE = 'KAFKA_CONSUMER_MAX_WAIT_MS';

/**
 * How long the broker holds a consumer's empty fetch, from KAFKA_CONSUMER_MAX_WAIT_MS (whole ms,
 * 10-30000); unset leaves kafkajs' 5000 ms. A stop waits for the fetch in flight, so tests that stop
 * and restart services set it short; production has no need to.
 */
export function consumerMaxWaitFromEnv(
  env: Record<string, string | undefined> = process.env,
): number | undefined {
  const text = env[MAX_WAIT_VARIABLE]?.trim();
  if (!text) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 10 || value > 30_000)
    throw new Error(
      `${MAX_WAIT_VARIABLE} must be a whole number of milliseconds from 10 to 30000, not "${text}"`,
    );
  return value;
}

/** A kafkajs client (over TLS and SASL when configured) whose own logs go through our structured logger. */
export function createKafka(settings: KafkaSettings): Kafka {
  return new Kafka(kafkaClientConfig(settings));
}

/** What createKafka gives kafkajs. */
export function kafkaClientConfig(settings: KafkaSettings): KafkaConfig {
  const { ssl, sasl } = settings.security ?? kafkaSecurityFromEnv();
  const logger = createLogger({
    service: settings.clientId,
    level: process.env['KAFKA_LOG_LEVEL'] ?? 'warn',
  });
  return {
    clientId: settings.clientId,
    brokers: settings.brokers,
    ...(ssl ? { ssl } : {}),
    // One object for the three mechanisms; kafkajs types each apart.
    ...(sasl ? { sasl: sasl as SASLOptions } : {}),
    logLevel: logLevel.WARN,
    retry: { initialRetryTime: 200, retries: 8 },
    logCreator:
      () =>
      ({ namespace, level, log }: LogEntry) => {
        const { message, ...extra } = log;
        logger[LEVEL_NAMES[level] ?? 'info']({ kafka: namespace, ...extra }, message);
      },
  };
}
