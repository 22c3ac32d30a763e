import type { EnvelopeOrigin } from '@vetlink/contracts';
import { currentCorrelationId } from '@vetlink/logging';

/**
 * Who made an event and in answer to which request or consumed event (the correlation id in scope);
 * `at` is the time of the state change it records.
 */
export function eventOrigin(producer: string, at: Date): EnvelopeOrigin {
  return { producer, correlationId: currentCorrelationId(), occurredAt: at };
}
