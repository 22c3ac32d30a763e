/*
 * Which programme events are still worth a notice when they are read. A consumer group that newly
 * subscribes to the programme topics reads them from their start (and one catching up after an outage
 * reads a backlog): nobody should be told of a booking made months ago, or reminded of a session that
 * has begun or was cancelled since.
 */

/** What notifications keeps of a session from its events (session_states, by session id). */
export interface SessionState {
  /** The highest `sequence` of a booking, a move or a cancellation seen. */
  sequence: number;
  cancelled: boolean;
}

export type SkipReason =
  | 'too-old'
  | 'session-started'
  | 'session-cancelled'
  | 'session-changed-since'
  | 'reminder-late'
  | 'run-started';

/** An event older than the bound (PROGRAMME_NOTICE_MAX_AGE_HOURS) makes no notice. */
export function isTooOld(occurredAt: string, now: Date, maxAgeMs: number): boolean {
  return now.getTime() - new Date(occurredAt).getTime() > maxAgeMs;
}

/** The bound and the time a session event is read at. */
export interface Reading {
  occurredAt: string;
  now: Date;
  maxAgeMs: number;
}

/**
 * A booking, a move or a cancellation: not once the session's time has come (the notice would be moot)
 * or the event is too old; a booking or a move not when the session changed since (the later change is
 * told instead).
 */
export function sessionChangeSkip(
  session: { start: string; sequence: number },
  kind: 'booked' | 'rescheduled' | 'cancelled',
  state: SessionState | null,
  reading: Reading,
): SkipReason | null {
  if (isTooOld(reading.occurredAt, reading.now, reading.maxAgeMs)) return 'too-old';
  if (reading.now.getTime() >= new Date(session.start).getTime()) return 'session-started';
  if (kind !== 'cancelled' && state && (state.cancelled || state.sequence > session.sequence))
    return 'session-changed-since';
  return null;
}

/**
 * A reminder: never for a session that has started, was cancelled or moved (a reminder of the new time
 * carries the new sequence), and not when it is read later than half its lead time after it was due — a
 * consumer that far behind may not have read the cancellation that follows it yet, and a reminder of a
 * 24-hour notice read 13 hours late is no longer what it says.
 */
export function reminderSkip(
  reminder: { start: string; sequence: number; minutesBefore: number },
  state: SessionState | null,
  reading: Reading,
): SkipReason | null {
  if (isTooOld(reading.occurredAt, reading.now, reading.maxAgeMs)) return 'too-old';
  if (reading.now.getTime() >= new Date(reminder.start).getTime()) return 'session-started';
  if (state?.cancelled) return 'session-cancelled';
  if (state && state.sequence > reminder.sequence) return 'session-changed-since';
  const lateMs = reading.now.getTime() - new Date(reading.occurredAt).getTime();
  if (lateMs > (reminder.minutesBefore * 60_000) / 2) return 'reminder-late';
  return null;
}
