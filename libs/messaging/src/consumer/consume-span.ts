import type { EventEnvelope } from '@vetlink/contracts';
import {
  Context,
  contextFrom,
  failed,
  inSpan,
  ROOT_CONTEXT,
  SpanKind,
  startSpan,
  trace,
} from '@vetlink/tracing';
import type { KafkaMessage } from 'kafkajs';
import { traceHeaders } from '../kafka/kafka-message';

/**
 * Handles events inside a `process <topic>` span, child of the trace their message's headers carry, so
 * that whatever the handler writes to its outbox or queues continues that trace. Events handled together
 * (a batch handler's run) share one active span, child of the first traced event and linked to the
 * others; each other trace in the run gets a span of its own too (same name and time, not active), so
 * that no trace loses its consumer's step because a batch mixed it with another.
 */
export async function consumeSpan<T>(
  source: { topic: string; partition: number; groupId: string },
  items: readonly { message: KafkaMessage; event: EventEnvelope }[],
  work: () => Promise<T>,
): Promise<T> {
  const [parent, ...others] = tracesOf(
    items.map(({ message }) => contextFrom(traceHeaders(message.headers))),
  );
  const first = items[0]?.event;
  const name = `process ${source.topic}`;
  const attributes = {
    'messaging.system': 'kafka',
    'messaging.operation.type': 'process',
    'messaging.destination.name': source.topic,
    'messaging.destination.partition.id': String(source.partition),
    'messaging.consumer.group.name': source.groupId,
    'messaging.batch.message_count': items.length,
    ...(first ? { 'messaging.message.id': first.eventId, 'vetlink.event.type': first.type } : {}),
  };
  const links = others.flatMap((context) => {
    const spanContext = trace.getSpanContext(context);
    return spanContext ? [{ context: spanContext }] : [];
  });
  const siblings = others.map(
    (context) => startSpan(name, { kind: SpanKind.CONSUMER, parent: context, attributes }).span,
  );
  try {
    // Never the consumer loop's own context: an untraced event starts a trace of its own.
    return await inSpan(
      name,
      { kind: SpanKind.CONSUMER, parent: parent ?? ROOT_CONTEXT, links, attributes },
      work,
    );
  } catch (error) {
    for (const sibling of siblings) failed(sibling, error);
    throw error;
  } finally {
    for (const sibling of siblings) sibling.end();
  }
}

/** The traced contexts among these, one per trace, in order. */
function tracesOf(contexts: readonly Context[]): Context[] {
  const seen = new Set<string>();
  return contexts.filter((context) => {
    const traceId = trace.getSpanContext(context)?.traceId;
    if (!traceId || seen.has(traceId)) return false;
    seen.add(traceId);
    return true;
  });
}
