import { randomUUID } from 'node:crypto';
import { z } from 'zod';

/**
 * Every event on the bus travels in this envelope. Its field names are a public contract:
 * consumers in other services parse them, so they never change meaning once published.
 */
export const envelopeSchema = z.object({
  eventId: z.uuid(),
  type: z.string().regex(/^[a-z]+\.[a-z]+(-[a-z]+)*$/, 'type is <domain>.<fact-in-past-tense>'),
  version: z.number().int().min(1),
  occurredAt: z.iso.datetime({ offset: true }),
  producer: z.string().min(1),
  key: z.string().min(1),
  correlationId: z.string().min(1),
  payload: z.unknown(),
});

export type EventEnvelope<Payload = unknown> = Omit<z.infer<typeof envelopeSchema>, 'payload'> & {
  payload: Payload;
};

export interface EnvelopeOrigin {
  producer: string;
  correlationId?: string;
  occurredAt?: Date;
  eventId?: string;
}

export function newEnvelope<Payload>(
  fields: { type: string; version: number; key: string; payload: Payload },
  origin: EnvelopeOrigin,
): EventEnvelope<Payload> {
  const eventId = origin.eventId ?? randomUUID();
  return {
    eventId,
    type: fields.type,
    version: fields.version,
    occurredAt: (origin.occurredAt ?? new Date()).toISOString(),
    producer: origin.producer,
    key: fields.key,
    // An event caused by no request starts its own chain.
    correlationId: origin.correlationId ?? eventId,
    payload: fields.payload,
  };
}
