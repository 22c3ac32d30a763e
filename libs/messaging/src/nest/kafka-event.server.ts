import type { OnModuleDestroy } from '@nestjs/common';
import { CustomTransportStrategy, MessageHandler, Server } from '@nestjs/microservices';
import type { EventDefinition, EventEnvelope } from '@vetlink/contracts';
import type { Kafka } from 'kafkajs';
import { consumerLagGauge } from '@vetlink/metrics';
import type { Logger } from 'pino';
import { isObservable, lastValueFrom } from 'rxjs';
import { EventConsumer, EventConsumerOptions } from '../consumer/event-consumer';
import type { ProcessedEventLedger } from '../consumer/processed-event-ledger';
import type { EventProducer } from '../kafka/event-producer';
import { ensureTopics, TopicSettings } from '../kafka/topic-admin';
import { ConsumerLagProbe } from '../kafka/consumer-lag-probe';
import { EventContext } from './event-context';
import { EVENT_BATCH, EVENT_BATCH_SELF_DEDUPLICATING, EVENT_DEFINITION } from './handle-event.decorator';

export const KAFKA_EVENTS_TRANSPORT = Symbol('KAFKA_EVENTS_TRANSPORT');

export interface KafkaEventServerOptions extends Pick<
  EventConsumerOptions,
  | 'retry'
  | 'fromBeginning'
  | 'partitionsConsumedConcurrently'
  | 'keysConsumedConcurrently'
  | 'maxWaitTimeInMs'
> {
  kafka: Kafka;
  /** The whole consumer group id (`<service>.<group>`). */
  groupId: string;
  producer: EventProducer;
  ledger: ProcessedEventLedger;
  logger: Logger;
  topicSettings: TopicSettings;
  /** How long start-up waits for the group to take its partitions (default 60 s). */
  joinTimeoutMs?: number;
}

interface Claim {
  definition: EventDefinition;
  handler: MessageHandler;
  /** `@HandleEventBatch`: the handler receives the envelopes of one partition batch. */
  batch: boolean;
  /** `@HandleEventBatch(…, { selfDeduplicating: true })`: no ledger for its events. */
  selfDeduplicating: boolean;
}

/**
 * A `@nestjs/microservices` transport for vetlink's events. Handlers are `@HandleEvent(definition)`
 * (or `@HandleEventBatch(definition)`) methods on controllers; the topics to subscribe follow from them. Underneath, the EventConsumer
 * validates envelopes and payloads, skips events its ledger has seen, retries with backoff, parks what
 * keeps failing in `<topic>.dlq`, and handles partitions and keys side by side. Two handlers for one
 * event type and version refuse to start: which one ran would be an accident of module order.
 */
export class KafkaEventServer extends Server implements CustomTransportStrategy, OnModuleDestroy {
  override readonly transportId = KAFKA_EVENTS_TRANSPORT;
  private readonly claims = new Map<string, Claim>();
  private consumer?: EventConsumer;
  private lagProbe?: ConsumerLagProbe;

  constructor(private readonly options: KafkaEventServerOptions) {
    super();
  }

  override addHandler(
    pattern: unknown,
    callback: MessageHandler,
    isEventHandler = false,
    extras: Record<string, unknown> = {},
  ): void {
    const definition = extras[EVENT_DEFINITION] as EventDefinition | undefined;
    if (!isEventHandler || !definition) {
      throw new Error(
        `${String(pattern)}: the Kafka event transport carries events only; declare handlers with @HandleEvent(definition) or @HandleEventBatch(definition)`,
      );
    }
    const key = `${definition.type} v${definition.version}`;
    if (this.claims.has(key)) {
      throw new Error(
        `two handlers claim ${key} in consumer group ${this.options.groupId}; an event type has one handler per service`,
      );
    }
    this.claims.set(key, {
      definition,
      handler: callback,
      batch: extras[EVENT_BATCH] === true,
      selfDeduplicating: extras[EVENT_BATCH_SELF_DEDUPLICATING] === true,
    });
  }

  /** The event types and versions this server's handlers claim (for listings and tests). */
  claimed(): EventDefinition[] {
    return [...this.claims.values()].map(({ definition }) => definition);
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      await this.start();
      callback();
    } catch (error) {
      callback(error);
    }
  }

  /** Lets the handler in flight finish and commits offsets; a second call does nothing. */
  async close(): Promise<void> {
    const consumer = this.consumer;
    this.consumer = undefined;
    await this.lagProbe?.stop();
    this.lagProbe = undefined;
    await consumer?.stop();
  }

  /**
   * Nest closes microservices only after every module's destroy and before-shutdown hooks; consuming
   * stops first instead, so that what handlers use (outbox relay, indexes, connections) may stop in
   * `beforeApplicationShutdown` or later with no handler in flight.
   */
  async onModuleDestroy(): Promise<void> {
    await this.close();
  }

  /** Forgets events applied longer ago than the retention; redeliveries that old are not expected. */
  async pruneLedger(retentionMs: number, now = new Date()): Promise<void> {
    if (this.claims.size > 0) await this.options.ledger.prune(new Date(now.getTime() - retentionMs));
  }

  /** The group and the topics it consumes, once consuming; null before, or when no handler claims events. */
  consuming(): { groupId: string; topics: string[] } | null {
    return this.consumer ? { groupId: this.options.groupId, topics: this.consumer.topics() } : null;
  }

  on(): never {
    throw new Error('the Kafka event transport emits no status events');
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }

  private async start(): Promise<void> {
    if (this.claims.size === 0 || this.consumer) return;
    const { kafka, topicSettings, joinTimeoutMs, ...consumerOptions } = this.options;
    const consumer = new EventConsumer({ kafka, ...consumerOptions });
    for (const { definition, handler, batch, selfDeduplicating } of this.claims.values()) {
      if (batch)
        consumer.onBatch(definition, (events, source) => this.invoke(handler, events, source), {
          selfDeduplicating,
        });
      else consumer.on(definition, (event, source) => this.invoke(handler, event, source));
    }
    await this.options.ledger.ensureIndexes();
    await ensureTopics(kafka, consumer.topics(), topicSettings);
    this.consumer = consumer;
    await consumer.start({ joinTimeoutMs: joinTimeoutMs ?? 60_000 });
    // vetlink_kafka_consumer_lag, read from the brokers when Prometheus scrapes.
    this.lagProbe = new ConsumerLagProbe(
      kafka,
      {
        groupId: this.options.groupId,
        topics: consumer.topics(),
        assigned: () => consumer.assignedPartitions(),
      },
      consumerLagGauge,
    );
  }

  /** Runs the Nest handler chain (guards, interceptors, filters) and surfaces its failure as a rejection. */
  private async invoke(
    handler: MessageHandler,
    events: EventEnvelope | EventEnvelope[],
    source: { topic: string; partition: number },
  ): Promise<void> {
    const context = new EventContext([source.topic, source.partition, this.options.groupId]);
    const result = await handler(events, context);
    if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
  }
}
