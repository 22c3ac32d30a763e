import { createEvent, EnvelopeOrigin, EventDefinition, EventEnvelope } from '@vetlink/contracts';
import { traceCarrier, TraceCarrier } from '@vetlink/tracing';
import type { z } from 'zod';

/**
 * An event waiting in its aggregate's document to be published. Stored in the same document as the
 * state change, so that the write and the event succeed or fail together without transactions.
 */
export interface PendingEvent<Payload = unknown> {
  topic: string;
  envelope: EventEnvelope<Payload>;
  /**
   * The trace the event was written in (`traceparent`, `tracestate`), so that its publication, perhaps
   * by the relay much later, continues it. Absent while tracing is off, and in entries written before.
   */
  traceContext?: TraceCarrier;
}

export const PENDING_EVENTS_FIELD = 'pendingEvents';
/** Present exactly when events wait; indexed (multikey) so that a sweep on MongoDB reads only those documents. */
export const PENDING_EVENT_ID_PATH = `${PENDING_EVENTS_FIELD}.envelope.eventId`;

export function pendingEvent<Schema extends z.ZodType>(
  definition: EventDefinition<Schema>,
  payload: z.input<Schema>,
  origin: EnvelopeOrigin,
): PendingEvent<z.infer<Schema>> {
  const traceContext = traceCarrier();
  return {
    topic: definition.topic,
    envelope: createEvent(definition, payload, origin),
    ...(traceContext ? { traceContext } : {}),
  };
}

/** A MongoDB update document; drivers type operator values loosely, and so do we. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type MongoUpdate = Record<string, any>;

/** Adds events to an update of the aggregate's document: one atomic single-document write. */
export function withPendingEvents(update: MongoUpdate, events: readonly PendingEvent[]): MongoUpdate {
  if (events.length === 0) return update;
  const push = (update['$push'] as Record<string, unknown> | undefined) ?? {};
  return { ...update, $push: { ...push, [PENDING_EVENTS_FIELD]: { $each: events } } };
}

/** The fields a new aggregate document starts with when its creation is itself an event. */
export function initialPendingEvents(events: readonly PendingEvent[]) {
  return { [PENDING_EVENTS_FIELD]: [...events] };
}
