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
