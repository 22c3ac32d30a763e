import type { PendingEvent } from '@vetlink/messaging';

/** The outbox fields an aggregate's document carries (never selected by default, never in a response). */
export interface OutboxFields {
  pendingEvents?: PendingEvent[];
}

/**
 * For findOneAndUpdate on an aggregate: FerretDB 1.x does not implement findAndModify's projection,
 * and mongoose would send one to leave out the `select: false` outbox fields. Selecting them back
 * sends none; the mapping to a domain object drops them anyway.
 */
export const WITHOUT_PROJECTION = '+pendingEvents';
