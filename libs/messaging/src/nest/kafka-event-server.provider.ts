import type { INestApplication, Provider } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { createLogger } from '@vetlink/logging';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import { LedgerCollection, ProcessedEventLedger } from '../consumer/processed-event-ledger';
import { EventProducer } from '../kafka/event-producer';
import { consumerMaxWaitFromEnv, kafkaSecurityFromEnv } from '../kafka/kafka-client';
import { KafkaEventServer } from './kafka-event.server';
import { DEFAULT_TOPIC_SETTINGS, KAFKA, MESSAGING_SETTINGS, MessagingSettings } from './tokens';

export const LEDGER_COLLECTION = 'processed_events';
const DEFAULT_GROUP = 'events';

/** The service's Kafka event server, with its processed-event ledger in the service's own database. */
export const kafkaEventServerProvider: Provider = {
  provide: KafkaEventServer,
  inject: [KAFKA, MESSAGING_SETTINGS, EventProducer, getConnectionToken()],
  useFactory: (
    kafka: Kafka,
    settings: MessagingSettings,
    producer: EventProducer,
    connection: Connection,
  ) => {
    const { group = DEFAULT_GROUP, maxWaitTimeInMs, ...concurrency } = settings.consumer ?? {};
    const fetchWait = maxWaitTimeInMs ?? consumerMaxWaitFromEnv();
    // KAFKA_CONSUMER_GROUP_PREFIX keeps a second run of a service (the API fuzz run) out of the real groups.
    const groupId = `${kafkaSecurityFromEnv().groupPrefix}${settings.clientId}.${group}`;
    return new KafkaEventServer({
      kafka,
      groupId,
      producer,
      ledger: new ProcessedEventLedger(
        connection.collection(LEDGER_COLLECTION) as unknown as LedgerCollection,
        groupId,
      ),
      logger: createLogger({ service: settings.clientId }).child({ consumerGroup: groupId }),
      topicSettings: settings.topicSettings ?? DEFAULT_TOPIC_SETTINGS,
      ...concurrency,
      ...(fetchWait === undefined ? {} : { maxWaitTimeInMs: fetchWait }),
    });
  },
};

/**
 * Connects the `@HandleEvent` methods of the app's controllers to Kafka (a hybrid app). Call before
 * `app.init()`; start consuming with `app.startAllMicroservices()` after it, so that whatever the
 * service prepares at bootstrap (read models, indexes) is ready before the first event.
 */
export function connectEventServer(app: INestApplication): KafkaEventServer {
  const server = app.get(KafkaEventServer);
  app.connectMicroservice({ strategy: server }, { inheritAppConfig: false });
  return server;
}
