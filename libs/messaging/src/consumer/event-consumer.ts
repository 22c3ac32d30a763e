import type { EventDefinition, EventEnvelope } from '@vetlink/contracts';
import { EventRegistry } from '@vetlink/contracts';
import { runWithCorrelationId } from '@vetlink/logging';
import type { Consumer, EachBatchPayload, EachMessagePayload, Kafka, KafkaMessage } from 'kafkajs';
import type { Logger } from 'pino';
import type { z } from 'zod';
import { deadLetterTopicOf } from '@vetlink/contracts';
import { deadLetterMessage } from '../dead-letters/dead-letter-headers';
import type { EventProducer } from '../kafka/event-producer';
import { DeadLetterReason, triageMessage } from './message-triage';
import type { ProcessedEventLedger } from './processed-event-ledger';
import { backoffDelayMs, DEFAULT_RETRY_POLICY, RetryPolicy } from './retry-policy';

/** Where a message was read: handlers that care (the Nest transport's context) get it. */
export interface EventSource {
  topic: string;
  partition: number;
}

export type EventHandler<Payload> = (event: EventEnvelope<Payload>, source: EventSource) => Promise<void>;

export interface EventConsumerOptions {
  kafka: Kafka;
  groupId: string;
  producer: EventProducer;
  ledger: ProcessedEventLedger;
  logger: Logger;
  retry?: RetryPolicy;
  /** A new group reads each topic from its start (read models are built from history). */
  fromBeginning?: boolean;
  /**
   * How many partitions are handled at once (default 1): one partition's database and Kafka round trips
   * overlap another's work. Events of one key still come one at a time, in order.
   */
  partitionsConsumedConcurrently?: number;
  /**
   * Within one partition's fetched batch, how many keys are handled at once (default 1: one message at
   * a time). Each key's events stay in order; the batch's offsets are committed once all of it is done,
   * so a crash part-way hands the whole batch to the next owner, whose ledger skips what was applied.
   */
  keysConsumedConcurrently?: number;
}

class ShutdownDuringRetry extends Error {}

/**
 * Applies each event once in effect: skips event ids already in the ledger, retries a failing handler
 * with backoff a bounded number of times, then parks the message in `<topic>.dlq` and moves on.
 * Messages that cannot be parsed, break their schema, or carry an unknown future version go to the
 * dead-letter topic at once. `stop` lets the handler in flight finish and commits offsets.
 */
export class EventConsumer {
  private readonly handlers = new Map<string, EventHandler<unknown>>();
  private readonly definitions: EventDefinition[] = [];
  private readonly retry: RetryPolicy;
  private registry = new EventRegistry([]);
  private consumer?: Consumer;
  private stopping = false;

  constructor(private readonly options: EventConsumerOptions) {
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
  }

  on<Schema extends z.ZodType>(
    definition: EventDefinition<Schema>,
    handler: EventHandler<z.infer<Schema>>,
  ): this {
    this.definitions.push(definition);
    this.handlers.set(handlerKey(definition.type, definition.version), handler as EventHandler<unknown>);
    return this;
  }

  topics(): string[] {
    return new EventRegistry(this.definitions).topics();
  }

  /** With `joinTimeoutMs`, resolves only once the group has assigned this member its partitions. */
  async start({ joinTimeoutMs }: { joinTimeoutMs?: number } = {}): Promise<void> {
    this.registry = new EventRegistry(this.definitions);
    this.stopping = false;
    this.consumer = this.options.kafka.consumer({
      groupId: this.options.groupId,
      allowAutoTopicCreation: false,
    });
    const joined = joinTimeoutMs === undefined ? undefined : groupJoined(this.consumer, joinTimeoutMs);
    joined?.catch(() => undefined); // awaited below; a failed connect must not leave it unhandled
    await this.consumer.connect();
    await this.consumer.subscribe({
      topics: this.registry.topics(),
      fromBeginning: this.options.fromBeginning ?? true,
    });
    const keysAtOnce = this.options.keysConsumedConcurrently ?? 1;
    await this.consumer.run({
      autoCommitInterval: 1000,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 1,
      ...(keysAtOnce > 1
        ? {
            eachBatchAutoResolve: false,
            eachBatch: (payload: EachBatchPayload) => this.processBatch(payload, keysAtOnce),
          }
        : { eachMessage: (payload: EachMessagePayload) => this.process(payload) }),
    });
    await joined;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.consumer?.disconnect();
    this.consumer = undefined;
  }

  /** A partition's batch, keys side by side (each key's messages in order), its offsets resolved once all is done. */
  private async processBatch(
    { batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload,
    keysAtOnce: number,
  ): Promise<void> {
    const byKey = new Map<string, KafkaMessage[]>();
    for (const message of batch.messages) {
      const key = message.key?.toString() ?? '';
      const messages = byKey.get(key);
      if (messages) messages.push(message);
      else byKey.set(key, [message]);
    }
    const queues = [...byKey.values()];
    const { topic, partition } = batch;
    let next = 0;
    const worker = async () => {
      while (next < queues.length && isRunning() && !isStale()) {
        for (const message of queues[next++] as KafkaMessage[])
          await this.process({ topic, partition, message, heartbeat });
      }
    };
    await Promise.all(Array.from({ length: Math.min(keysAtOnce, queues.length) }, worker));
    if (next < queues.length || !isRunning() || isStale()) return;
    resolveOffset(batch.lastOffset());
    await heartbeat();
  }

  private async process({
    topic,
    partition,
    message,
    heartbeat,
  }: Pick<EachMessagePayload, 'topic' | 'partition' | 'message' | 'heartbeat'>): Promise<void> {
    const triage = triageMessage(message.value, this.registry);
    if (triage.kind === 'skip') return;
    if (triage.kind === 'dead-letter') {
      await this.deadLetter(topic, partition, message, triage.reason, triage.detail, 1);
      return;
    }
    const { event } = triage;
    if (await this.options.ledger.has(event.eventId)) {
      this.options.logger.debug(
        { eventId: event.eventId, type: event.type },
        'skipping an event already applied',
      );
      return;
    }
    const handler = this.handlers.get(handlerKey(event.type, event.version));
    if (!handler) return;
    await this.applyWithRetries(handler, event, { topic, partition, message, heartbeat });
    await this.options.ledger.record(event.eventId, event.type);
  }

  private async applyWithRetries(
    handler: EventHandler<unknown>,
    event: EventEnvelope,
    {
      topic,
      partition,
      message,
      heartbeat,
    }: Pick<EachMessagePayload, 'topic' | 'partition' | 'message' | 'heartbeat'>,
  ): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await runWithCorrelationId(event.correlationId, () => handler(event, { topic, partition }));
        return;
      } catch (error) {
        const context = { eventId: event.eventId, type: event.type, attempt, err: error };
        if (attempt >= this.retry.attempts) {
          await this.deadLetter(
            topic,
            partition,
            message,
            'handler-failed',
            (error as Error).message,
            attempt,
          );
          return;
        }
        // Left uncommitted: whoever owns the partition next retries it, and the ledger keeps it once.
        if (this.stopping) throw new ShutdownDuringRetry(`stopping while retrying ${event.eventId}`);
        this.options.logger.warn(context, 'event handler failed; retrying');
        await sleep(backoffDelayMs(this.retry, attempt));
        await heartbeat();
      }
    }
  }

  private async deadLetter(
    topic: string,
    partition: number,
    message: KafkaMessage,
    reason: DeadLetterReason,
    error: string,
    attempts: number,
  ): Promise<void> {
    const cause = { reason, error, attempts, topic, partition, groupId: this.options.groupId };
    await this.options.producer.sendRaw(deadLetterTopicOf(topic), [deadLetterMessage(message, cause)]);
    this.options.logger.error(
      { topic, partition, offset: message.offset, reason, attempts },
      `dead-lettered: ${error}`,
    );
  }
}

function handlerKey(type: string, version: number): string {
  return `${type}@${version}`;
}

function groupJoined(consumer: Consumer, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the consumer group was not joined within ${timeoutMs} ms`)),
      timeoutMs,
    );
    timer.unref();
    const stopListening = consumer.on(consumer.events.GROUP_JOIN, () => {
      clearTimeout(timer);
      stopListening();
      resolve();
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
