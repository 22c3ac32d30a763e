import type { EventEnvelope } from '@vetlink/contracts';
import type { TraceCarrier } from '@vetlink/tracing';
import type { IHeaders, Message } from 'kafkajs';

/** Headers let brokers' tools and dead-letter handling see what a message is without parsing it. */
export const EVENT_HEADERS = {
  eventId: 'event-id',
  type: 'event-type',
  version: 'event-version',
  correlationId: 'correlation-id',
  producer: 'producer',
} as const;

/** W3C trace context headers of a traced message (`traceparent`, `tracestate`), read by consumers. */
export const TRACE_HEADERS = ['traceparent', 'tracestate'] as const;

export function toKafkaMessage(envelope: EventEnvelope, trace?: TraceCarrier): Message {
  return {
    key: envelope.key,
    value: JSON.stringify(envelope),
    headers: {
      [EVENT_HEADERS.eventId]: envelope.eventId,
      [EVENT_HEADERS.type]: envelope.type,
      [EVENT_HEADERS.version]: String(envelope.version),
      [EVENT_HEADERS.correlationId]: envelope.correlationId,
      [EVENT_HEADERS.producer]: envelope.producer,
      ...trace,
    },
  };
}

/** The trace context a message's headers carry, as text (empty when untraced). */
export function traceHeaders(headers: IHeaders | undefined): Record<string, string | undefined> {
  return Object.fromEntries(TRACE_HEADERS.map((name) => [name, headerText(headers, name)]));
}

export function headerText(headers: IHeaders | undefined, name: string): string | undefined {
  const value = headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}
