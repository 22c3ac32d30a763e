import type { EnvelopeOrigin } from '@vetlink/contracts';
import { currentCorrelationId } from '@vetlink/logging';
import { SERVICE_NAME } from '../service-name';

/** Who made an event and in answer to which request or event; `at` is the time of the state change. */
export function eventOrigin(at: Date): EnvelopeOrigin {
  return { producer: SERVICE_NAME, correlationId: currentCorrelationId(), occurredAt: at };
}
