import { isTooOld, reminderSkip, sessionChangeSkip } from './freshness';

const hour = 3600_000;
const now = new Date('2026-12-07T00:00:00.000Z');
const reading = (occurredAt: string) => ({ occurredAt, now, maxAgeMs: 72 * hour });
const session = { start: '2026-12-07T01:00:00.000Z', sequence: 0 };

describe('which programme events still make a notice when read (a new group reads from the start)', () => {
  it('drops an event older than the bound', () => {
    expect(isTooOld('2026-12-04T00:00:00.000Z', now, 72 * hour)).toBe(false);
    expect(isTooOld('2026-12-03T23:59:59.000Z', now, 72 * hour)).toBe(true);
  });

  it('tells a booking, a move or a cancellation only before the session starts and within the bound', () => {
    expect(sessionChangeSkip(session, 'booked', null, reading('2026-12-06T23:00:00.000Z'))).toBeNull();
    expect(sessionChangeSkip(session, 'booked', null, reading('2026-12-01T00:00:00.000Z'))).toBe('too-old');
    const started = { ...session, start: '2026-12-06T23:59:00.000Z' };
    expect(sessionChangeSkip(started, 'cancelled', null, reading('2026-12-06T22:00:00.000Z'))).toBe(
      'session-started',
    );
  });

  it('does not confirm a booking that was moved or cancelled since (the later change is told)', () => {
    const fresh = reading('2026-12-06T23:00:00.000Z');
    expect(sessionChangeSkip(session, 'booked', { sequence: 2, cancelled: false }, fresh)).toBe(
      'session-changed-since',
    );
    expect(sessionChangeSkip(session, 'booked', { sequence: 0, cancelled: true }, fresh)).toBe(
      'session-changed-since',
    );
    expect(
      sessionChangeSkip({ ...session, sequence: 1 }, 'cancelled', { sequence: 1, cancelled: true }, fresh),
    ).toBeNull();
  });

  it('never reminds of a session that started, was cancelled or moved', () => {
    const reminder = { ...session, minutesBefore: 60 };
    const due = reading('2026-12-06T23:59:00.000Z');
    expect(reminderSkip(reminder, null, due)).toBeNull();
    expect(reminderSkip(reminder, { sequence: 0, cancelled: false }, due)).toBeNull();
    expect(reminderSkip(reminder, { sequence: 1, cancelled: true }, due)).toBe('session-cancelled');
    expect(reminderSkip(reminder, { sequence: 1, cancelled: false }, due)).toBe('session-changed-since');
    expect(reminderSkip({ ...reminder, start: '2026-12-06T23:30:00.000Z' }, null, due)).toBe(
      'session-started',
    );
  });

  it('does not send a reminder read later than half its lead time (a replay or a backlog)', () => {
    const reminder = { ...session, minutesBefore: 60 };
    expect(reminderSkip(reminder, null, reading('2026-12-06T23:30:00.000Z'))).toBeNull();
    expect(reminderSkip(reminder, null, reading('2026-12-06T23:29:59.000Z'))).toBe('reminder-late');
    const dayAhead = { ...session, start: '2026-12-08T00:00:00.000Z', minutesBefore: 1440 };
    expect(reminderSkip(dayAhead, null, reading('2026-12-06T13:00:00.000Z'))).toBeNull();
    expect(reminderSkip(dayAhead, null, reading('2026-12-06T11:00:00.000Z'))).toBe('reminder-late');
  });
});
