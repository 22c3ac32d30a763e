import type { EventDefinition, EventEnvelope } from '@vetlink/contracts';
import { EventRegistry } from '@vetlink/contracts';
import { runWithCorrelationId } from '@vetlink/logging';
import { recordDeadLetter, recordEventHandling, stopwatch } from '@vetlink/metrics';
import type { Consumer, EachBatchPayload, EachMessagePayload, Kafka, KafkaMessage } from 'kafkajs';
import type { Logger } from 'pino';
import type { z } from 'zod';
import { deadLetterTopicOf } from '@vetlink/contracts';
import { deadLetterMessage } from '../dead-letters/dead-letter-headers';
import { consumeSpan } from './consume-span';
import type { EventProducer } from '../kafka/event-producer';
import { DeadLetterReason, Triage, triageMessage } from './message-triage';
import type { ProcessedEventLedger } from './processed-event-ledger';
import { backoffDelayMs, DEFAULT_RETRY_POLICY, RetryPolicy } from './retry-policy';

/** Where a message was read: handlers that care (the Nest transport's context) get it. */
export interface EventSource {
  topic: string;
  partition: number;
}

export type EventHandler<Payload> = (event: EventEnvelope<Payload>, source: EventSource) => Promise<void>;

/** Receives the events of one type from one fetched partition batch, in partition order, none applied before. */
export type EventBatchHandler<Payload> = (
  events: EventEnvelope<Payload>[],
  source: EventSource,
) => Promise<void>;

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
  /**
   * How long the broker holds a fetch that finds nothing new (kafkajs' `maxWaitTimeInMs`, default 5000).
   * `stop` waits for the fetch in flight, so a stop takes up to this long; a shorter wait costs more
   * fetch requests while idle (one per broker per wait) and delays no event (a fetch returns at once
   * when data arrives).
   */
  maxWaitTimeInMs?: number;
}

class ShutdownDuringRetry extends Error {}

/** How many times a whole batch is tried before its events are tried one by one (to find a poison one). */
const BATCH_ATTEMPTS = 2;

type MessagePayload = Pick<EachMessagePayload, 'topic' | 'partition' | 'message' | 'heartbeat'>;

interface Triaged {
  message: KafkaMessage;
  triage: Triage;
  /** Set when the event's type has a batch handler: runs of such messages are applied together. */
  batchKey?: string;
}

/**
 * Applies each event once in effect: skips event ids already in the ledger, retries a failing handler
 * with backoff a bounded number of times, then parks the message in `<topic>.dlq` and moves on.
 * Messages that cannot be parsed, break their schema, or carry an unknown future version go to the
 * dead-letter topic at once. `stop` lets the handler in flight finish and commits offsets.
 */
export class EventConsumer {
  private readonly handlers = new Map<string, EventHandler<unknown>>();
  private readonly batchHandlers = new Map<string, EventBatchHandler<unknown>>();
  /** Batch handlers that record the events they applied themselves: no ledger lookups or records. */
  private readonly selfDeduplicating = new Set<string>();
  private readonly definitions: EventDefinition[] = [];
  private readonly retry: RetryPolicy;
  private registry = new EventRegistry([]);
  private consumer?: Consumer;
  private stopping = false;
  /** The partitions the group assigned this member at its last join (what its lag metric covers). */
  private assigned: Record<string, number[]> = {};

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

  /**
   * A handler that takes the events of this type from one fetched partition batch together (one
   * database round trip for many events). Same guarantees as `on`: events already in the ledger are
   * left out, the batch's events are recorded in the ledger after the handler's effects, a failing batch
   * is retried, then its events are tried one by one (each retried, then dead-lettered), so one poison
   * event does not stop the others. Runs of this type between other types' events keep partition order.
   */
  onBatch<Schema extends z.ZodType>(
    definition: EventDefinition<Schema>,
    handler: EventBatchHandler<z.infer<Schema>>,
    { selfDeduplicating = false }: { selfDeduplicating?: boolean } = {},
  ): this {
    this.definitions.push(definition);
    const key = handlerKey(definition.type, definition.version);
    this.batchHandlers.set(key, handler as EventBatchHandler<unknown>);
    if (selfDeduplicating) this.selfDeduplicating.add(key);
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
      ...(this.options.maxWaitTimeInMs === undefined
        ? {}
        : { maxWaitTimeInMs: this.options.maxWaitTimeInMs }),
    });
    const joined = joinTimeoutMs === undefined ? undefined : groupJoined(this.consumer, joinTimeoutMs);
    joined?.catch(() => undefined); // awaited below; a failed connect must not leave it unhandled
    this.consumer.on(this.consumer.events.GROUP_JOIN, ({ payload }) => {
      this.assigned = payload.memberAssignment;
    });
    await this.consumer.connect();
    await this.consumer.subscribe({
      topics: this.registry.topics(),
      fromBeginning: this.options.fromBeginning ?? true,
    });
    const keysAtOnce = this.options.keysConsumedConcurrently ?? 1;
    await this.consumer.run({
      autoCommitInterval: 1000,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 1,
      ...(keysAtOnce > 1 || this.batchHandlers.size > 0
        ? {
            eachBatchAutoResolve: false,
            eachBatch: (payload: EachBatchPayload) => this.processBatch(payload, keysAtOnce),
          }
        : { eachMessage: (payload: EachMessagePayload) => this.process(payload) }),
    });
    await joined;
  }

  /** The partitions this member consumes, by topic: each member reports only their lag. */
  assignedPartitions(): Record<string, number[]> {
    return this.assigned;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.assigned = {};
    await this.consumer?.disconnect();
    this.consumer = undefined;
  }

  /**
   * A partition's fetched batch, its offsets resolved once all is done. Runs of events whose type has a
   * batch handler go to it together; the others are handled one by one, keys side by side (each key's
   * messages in order).
   */
  private async processBatch(
    { batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload,
    keysAtOnce: number,
  ): Promise<void> {
    const { topic, partition } = batch;
    const running = () => isRunning() && !isStale();
    for (const run of runsOf(batch.messages.map((message) => this.triaged(message)))) {
      if (!running()) return;
      const batchKey = run[0]?.batchKey;
      if (batchKey) await this.processRun(batchKey, run, { topic, partition, heartbeat });
      else if (!(await this.processByKey(run, keysAtOnce, { topic, partition, heartbeat }, running))) return;
    }
    if (!running()) return;
    resolveOffset(batch.lastOffset());
    await heartbeat();
  }

  private triaged(message: KafkaMessage): Triaged {
    const triage = triageMessage(message.value, this.registry);
    if (triage.kind !== 'handle') return { message, triage };
    const key = handlerKey(triage.event.type, triage.event.version);
    return { message, triage, batchKey: this.batchHandlers.has(key) ? key : undefined };
  }

  /** Whether every message was handled (false when the consumer stopped or lost the partition meanwhile). */
  private async processByKey(
    items: readonly Triaged[],
    keysAtOnce: number,
    { topic, partition, heartbeat }: Omit<MessagePayload, 'message'>,
    running: () => boolean,
  ): Promise<boolean> {
    const byKey = new Map<string, Triaged[]>();
    for (const item of items) {
      const key = item.message.key?.toString() ?? '';
      const queue = byKey.get(key);
      if (queue) queue.push(item);
      else byKey.set(key, [item]);
    }
    const queues = [...byKey.values()];
    let next = 0;
    const worker = async () => {
      while (next < queues.length && running()) {
        for (const { message, triage } of queues[next++] as Triaged[])
          await this.process({ topic, partition, message, heartbeat }, triage);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(keysAtOnce, queues.length)) }, worker));
    return next >= queues.length && running();
  }

  /** A run of one batch-handled type: the events not in the ledger go to the handler together. */
  private async processRun(
    batchKey: string,
    run: readonly Triaged[],
    { topic, partition, heartbeat }: Omit<MessagePayload, 'message'>,
  ): Promise<void> {
    const handler = this.batchHandlers.get(batchKey) as EventBatchHandler<unknown>;
    const byEventId = new Map<string, { message: KafkaMessage; event: EventEnvelope }>();
    for (const { message, triage } of run) {
      // A re-sent event (outbox at least once) may come twice in one batch: it is applied once.
      if (triage.kind === 'handle' && !byEventId.has(triage.event.eventId))
        byEventId.set(triage.event.eventId, { message, event: triage.event });
    }
    const ledgered = !this.selfDeduplicating.has(batchKey);
    const lookup = stopwatch();
    const applied = ledgered
      ? await this.options.ledger.processedAmong([...byEventId.keys()])
      : new Set<string>();
    const fresh = [...byEventId.values()].filter(({ event }) => !applied.has(event.eventId));
    if (applied.size > 0) {
      const seconds = lookup();
      for (const { event } of byEventId.values())
        if (applied.has(event.eventId)) recordEventHandling(event.type, 'duplicate', seconds);
      this.options.logger.debug({ skipped: applied.size }, 'skipping events already applied');
    }
    if (fresh.length === 0) return;
    await consumeSpan({ topic, partition, groupId: this.options.groupId }, fresh, () =>
      this.applyRun(batchKey, handler, fresh, ledgered, { topic, partition, heartbeat }),
    );
  }

  /** The handler on a run's fresh events: retried together, then one by one; then the ledger. */
  private async applyRun(
    batchKey: string,
    handler: EventBatchHandler<unknown>,
    fresh: readonly { message: KafkaMessage; event: EventEnvelope }[],
    ledgered: boolean,
    { topic, partition, heartbeat }: Omit<MessagePayload, 'message'>,
  ): Promise<void> {
    const events = fresh.map(({ event }) => event);
    const elapsed = stopwatch();
    for (let attempt = 1; ; attempt++) {
      try {
        await handler(events, { topic, partition });
        // One observation per batch call: its duration is the batch's.
        recordEventHandling(events[0]?.type ?? batchKey, 'handled', elapsed());
        break;
      } catch (error) {
        if (this.stopping) throw new ShutdownDuringRetry(`stopping while retrying a batch of ${batchKey}`);
        this.options.logger.warn(
          { type: batchKey, events: events.length, attempt, err: error },
          'event batch handler failed',
        );
        if (attempt >= Math.min(BATCH_ATTEMPTS, this.retry.attempts)) {
          // One by one: each event with the usual retries, a poison one dead-lettered alone.
          const single: EventHandler<unknown> = (event, source) => handler([event], source);
          for (const { message, event } of fresh)
            await this.applyWithRetries(single, event, { topic, partition, message, heartbeat });
          break;
        }
        await sleep(backoffDelayMs(this.retry, attempt));
        await heartbeat();
      }
    }
    if (ledgered) await this.options.ledger.recordMany(events);
    await heartbeat();
  }

  private async process(
    { topic, partition, message, heartbeat }: MessagePayload,
    triage = triageMessage(message.value, this.registry),
  ): Promise<void> {
    if (triage.kind === 'skip') return;
    if (triage.kind === 'dead-letter') {
      await this.deadLetter(topic, partition, message, triage.reason, triage.detail, 1);
      return;
    }
    const { event } = triage;
    const elapsed = stopwatch();
    if (await this.options.ledger.has(event.eventId)) {
      recordEventHandling(event.type, 'duplicate', elapsed());
      this.options.logger.debug(
        { eventId: event.eventId, type: event.type },
        'skipping an event already applied',
      );
      return;
    }
    const handler = this.handlers.get(handlerKey(event.type, event.version));
    if (!handler) return;
    await consumeSpan({ topic, partition, groupId: this.options.groupId }, [{ message, event }], async () => {
      await this.applyWithRetries(handler, event, { topic, partition, message, heartbeat });
      await this.options.ledger.record(event.eventId, event.type);
    });
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
    const elapsed = stopwatch();
    for (let attempt = 1; ; attempt++) {
      try {
        await runWithCorrelationId(event.correlationId, () => handler(event, { topic, partition }));
        recordEventHandling(event.type, 'handled', elapsed());
        return;
      } catch (error) {
        const context = { eventId: event.eventId, type: event.type, attempt, err: error };
        if (attempt >= this.retry.attempts) {
          recordEventHandling(event.type, 'failed', elapsed());
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
    recordDeadLetter(deadLetterTopicOf(topic));
    this.options.logger.error(
      { topic, partition, offset: message.offset, reason, attempts },
      `dead-lettered: ${error}`,
    );
  }
}

/** Consecutive messages that go the same way: one batch-handled type together, everything else one by one. */
function runsOf(items: readonly Triaged[]): Triaged[][] {
  const runs: Triaged[][] = [];
  for (const item of items) {
    const last = runs[runs.length - 1];
    if (last && last[0]?.batchKey === item.batchKey) last.push(item);
    else runs.push([item]);
  }
  return runs;
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
