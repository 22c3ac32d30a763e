import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { createLogger } from '@vetlink/logging';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import { EventConsumer, EventConsumerOptions } from '../consumer/event-consumer';
import { LedgerCollection, ProcessedEventLedger } from '../consumer/processed-event-ledger';
import { EventProducer } from '../kafka/event-producer';
import { KAFKA, MESSAGING_SETTINGS, MessagingSettings } from './tokens';

const LEDGER_COLLECTION = 'processed_events';
const LEDGER_RETENTION_MS = 14 * 24 * 3600_000;
const LEDGER_PRUNE_EVERY_MS = 3600_000;

/** Builds a service's event consumers, each with its ledger in the service's own database, pruned hourly. */
@Injectable()
export class EventConsumerFactory implements OnApplicationShutdown {
  private readonly pruneTimers: NodeJS.Timeout[] = [];

  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(MESSAGING_SETTINGS) private readonly settings: MessagingSettings,
    private readonly producer: EventProducer,
    @InjectConnection() private readonly connection: Connection,
  ) {}

  async create(
    group: string,
    options: Pick<EventConsumerOptions, 'retry' | 'partitionsConsumedConcurrently' | 'keysConsumedConcurrently'> = {},
  ): Promise<EventConsumer> {
    const groupId = `${this.settings.clientId}.${group}`;
    const ledger = new ProcessedEventLedger(this.connection.collection(LEDGER_COLLECTION) as unknown as LedgerCollection, groupId);
    await ledger.ensureIndexes();
    const logger = createLogger({ service: this.settings.clientId }).child({ consumerGroup: groupId });
    const timer = setInterval(() => {
      ledger.prune(new Date(Date.now() - LEDGER_RETENTION_MS)).catch((error) => logger.warn({ err: error }, 'ledger pruning failed'));
    }, LEDGER_PRUNE_EVERY_MS);
    timer.unref();
    this.pruneTimers.push(timer);
    return new EventConsumer({ kafka: this.kafka, groupId, producer: this.producer, ledger, logger, ...options });
  }

  onApplicationShutdown() {
    for (const timer of this.pruneTimers) clearInterval(timer);
  }
}
