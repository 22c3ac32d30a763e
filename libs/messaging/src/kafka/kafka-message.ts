import type { EventEnvelope } from '@vetlink/contracts';
import type { IHeaders, Message } from 'kafkajs';

/** Headers let brokers' tools and dead-letter handling see what a message is without parsing it. */
export const EVENT_HEADERS = {
  eventId: 'event-id',
  type: 'event-type',
  version: 'event-version',
  correlationId: 'correlation-id',
  producer: 'producer',
} as const;

export function toKafkaMessage(envelope: EventEnvelope): Message {
  return {
    key: envelope.key,
    value: JSON.stringify(envelope),
    headers: {
      [EVENT_HEADERS.eventId]: envelope.eventId,
      [EVENT_HEADERS.type]: envelope.type,
      [EVENT_HEADERS.version]: String(envelope.version),
      [EVENT_HEADERS.correlationId]: envelope.correlationId,
      [EVENT_HEADERS.producer]: envelope.producer,
    },
  };
}

export function headerText(headers: IHeaders | undefined, name: string): string | undefined {
  const value = headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}
