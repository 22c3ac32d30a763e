import { Controller, INestMicroservice, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { EventDefinition, EventEnvelope, probeRecorded } from '@vetlink/contracts';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import type { RetryPolicy } from '../src/consumer/retry-policy';
import type { ProcessedEventLedger } from '../src/consumer/processed-event-ledger';
import type { EventProducer } from '../src/kafka/event-producer';
import { HandleEvent, HandleEventBatch } from '../src/nest/handle-event.decorator';
import { KafkaEventServer } from '../src/nest/kafka-event.server';
import { quietLogger } from './quiet-logger';

export type ProbeEvent = EventEnvelope<{ probeId: string; sequence: number; note?: string }>;

export interface ProbeConsumerOptions {
  retry?: RetryPolicy;
  keysConsumedConcurrently?: number;
  handler?: (event: ProbeEvent) => Promise<void>;
  /** Also handle version 2 of the probe event (an upgraded consumer). */
  upgraded?: boolean;
  /** Declare the handler with `@HandleEventBatch`; `onBatch` sees each batch it is given. */
  batch?: boolean;
  onBatch?: (events: ProbeEvent[]) => void;
}

export interface ProbeWorld {
  kafka: Kafka;
  groupId: string;
  producer: EventProducer;
  connection: Connection;
  probe: EventDefinition<(typeof probeRecorded)['payload']>;
  ledger(): ProcessedEventLedger;
}

/**
 * A consumer as a service declares one: a Nest microservice on the Kafka event transport whose
 * `@HandleEvent` methods count each application of an event per event id, so that repeats would show.
 */
export class ProbeConsumer {
  private app?: INestMicroservice;

  constructor(
    private readonly world: ProbeWorld,
    private readonly options: ProbeConsumerOptions,
  ) {}

  async start(): Promise<this> {
    const { world, options } = this;
    const apply = async (event: ProbeEvent) => {
      await options.handler?.(event);
      await world.connection
        .collection('applications')
        .updateOne(
          { _id: event.eventId as never },
          { $inc: { times: 1 }, $set: { sequence: event.payload.sequence } },
          { upsert: true },
        );
    };

    @Controller()
    class ProbeHandlers {
      @HandleEvent(world.probe)
      async recorded(event: ProbeEvent) {
        await apply(event);
      }
    }
    @Controller()
    class UpgradedProbeHandlers {
      @HandleEvent({ ...world.probe, version: 2 })
      async recordedV2(event: ProbeEvent) {
        await apply(event);
      }
    }
    @Controller()
    class BatchProbeHandlers {
      @HandleEventBatch(world.probe)
      async recorded(events: ProbeEvent[]) {
        options.onBatch?.(events);
        for (const event of events) await apply(event);
      }
    }
    const controllers = options.batch
      ? [BatchProbeHandlers]
      : options.upgraded
        ? [ProbeHandlers, UpgradedProbeHandlers]
        : [ProbeHandlers];
    @Module({ controllers })
    class ProbeModule {}

    const server = new KafkaEventServer({
      kafka: world.kafka,
      groupId: world.groupId,
      producer: world.producer,
      ledger: world.ledger(),
      logger: quietLogger,
      topicSettings: { partitions: 3, replicationFactor: 1 },
      keysConsumedConcurrently: options.keysConsumedConcurrently,
      retry: options.retry ?? { attempts: 3, initialDelayMs: 10, maxDelayMs: 50 },
    });
    this.app = await NestFactory.createMicroservice(ProbeModule, { strategy: server, logger: false });
    await this.app.listen();
    return this;
  }

  async stop(): Promise<void> {
    await this.app?.close();
    this.app = undefined;
  }
}
