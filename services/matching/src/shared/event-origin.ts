import type { EnvelopeOrigin } from '@vetlink/contracts';
import { currentCorrelationId } from '@vetlink/logging';
import { SERVICE_NAME } from '../service-name';

/** Who made an event and in answer to what (the consumed event's correlation id); `at` is when. */
export function eventOrigin(at: Date): EnvelopeOrigin {
  return { producer: SERVICE_NAME, correlationId: currentCorrelationId(), occurredAt: at };
}
