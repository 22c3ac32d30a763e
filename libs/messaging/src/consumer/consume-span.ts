import type { EventEnvelope } from '@vetlink/contracts';
import { contextFrom, inSpan, Link, ROOT_CONTEXT, SpanKind, trace } from '@vetlink/tracing';
import type { KafkaMessage } from 'kafkajs';
import { traceHeaders } from '../kafka/kafka-message';

/**
 * Handles events inside a `process <topic>` span, child of the trace their message's headers carry, so
 * that whatever the handler writes to its outbox or queues continues that trace. Events handled
 * together (a batch handler's run) have one span: child of the first traced one, linked to the others.
 */
export function consumeSpan<T>(
  source: { topic: string; partition: number; groupId: string },
  items: readonly { message: KafkaMessage; event: EventEnvelope }[],
  work: () => Promise<T>,
): Promise<T> {
  const contexts = items.map(({ message }) => contextFrom(traceHeaders(message.headers)));
  const traced = contexts.filter((context) => trace.getSpanContext(context) !== undefined);
  const [parent, ...others] = traced;
  const links = others.map((context) => ({ context: trace.getSpanContext(context) })) as Link[];
  const first = items[0]?.event;
  return inSpan(
    `process ${source.topic}`,
    {
      kind: SpanKind.CONSUMER,
      // Never the consumer loop's own context: an untraced event starts a trace of its own.
      parent: parent ?? ROOT_CONTEXT,
      links,
      attributes: {
        'messaging.system': 'kafka',
        'messaging.operation.type': 'process',
        'messaging.destination.name': source.topic,
        'messaging.destination.partition.id': String(source.partition),
        'messaging.consumer.group.name': source.groupId,
        'messaging.batch.message_count': items.length,
        ...(first ? { 'messaging.message.id': first.eventId, 'vetlink.event.type': first.type } : {}),
      },
    },
    work,
  );
}
