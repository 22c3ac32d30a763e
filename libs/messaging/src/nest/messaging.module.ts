import { DynamicModule, Module } from '@nestjs/common';
import { PeriodicTasksModule } from '@vetlink/periodic-tasks';
import type { Kafka } from 'kafkajs';
import { EventProducer } from '../kafka/event-producer';
import { createKafka } from '../kafka/kafka-client';
import { kafkaEventServerProvider } from './kafka-event-server.provider';
import { LedgerPruning } from './ledger-pruning';
import { OutboxRelayHost } from './outbox-relay.host';
import { KAFKA, MESSAGING_SETTINGS, MessagingSettings } from './tokens';

/** Kafka for a Nest service: client, idempotent producer, outbox relay, and the event server for `@HandleEvent` handlers. */
@Module({})
export class MessagingModule {
  static forRoot(settings: MessagingSettings): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      imports: [PeriodicTasksModule],
      providers: [
        { provide: MESSAGING_SETTINGS, useValue: settings },
        { provide: KAFKA, useFactory: () => createKafka(settings) },
        { provide: EventProducer, useFactory: (kafka: Kafka) => new EventProducer(kafka), inject: [KAFKA] },
        OutboxRelayHost,
        kafkaEventServerProvider,
        LedgerPruning,
      ],
      exports: [KAFKA, EventProducer, OutboxRelayHost, kafkaEventServerProvider],
    };
  }
}
