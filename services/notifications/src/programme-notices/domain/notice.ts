/**
 * One notification a programme event asks for: to whom, with which template and data, and the identity
 * of its cause (the same fact always makes the same cause, so a redelivered or replayed event notifies once).
 */
export interface Notice {
  userId: string;
  type: string;
  /** Names the fact and the reader: `Notify` derives the notification id from type and cause. */
  cause: string;
  data: Record<string, unknown>;
}

/** `a|b|c`: the parts of a cause, none of them containing `|` (ids and instants never do). */
export function causeOf(...parts: (string | number)[]): string {
  return parts.join('|');
}
