import { Kafka, logLevel, LogEntry } from 'kafkajs';
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
}

/** A kafkajs client whose own logs go through our structured logger. */
export function createKafka(settings: KafkaSettings): Kafka {
  const logger = createLogger({
    service: settings.clientId,
    level: process.env['KAFKA_LOG_LEVEL'] ?? 'warn',
  });
  return new Kafka({
    clientId: settings.clientId,
    brokers: settings.brokers,
    logLevel: logLevel.WARN,
    retry: { initialRetryTime: 200, retries: 8 },
    logCreator:
      () =>
      ({ namespace, level, log }: LogEntry) => {
        const { message, ...extra } = log;
        logger[LEVEL_NAMES[level] ?? 'info']({ kafka: namespace, ...extra }, message);
      },
  });
}
