import { Availability, DEFAULT_AVAILABILITY } from './availability';

/** Monday to Friday 09:00-12:00 and 14:00-17:00, hour-long sessions, no buffers, no notice. */
export function weekdayAvailability(changes: Partial<Availability> = {}): Availability {
  return {
    ...DEFAULT_AVAILABILITY,
    mentorId: 'mentor-1',
    weeklyRules: [1, 2, 3, 4, 5].flatMap((weekday) => [
      { weekday, start: '09:00', end: '12:00' },
      { weekday, start: '14:00', end: '17:00' },
    ]),
    sessionMinutes: [60],
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    minNoticeMinutes: 0,
    horizonDays: 60,
    maxPerDay: 10,
    maxPerWeek: 50,
    updatedAt: new Date('2026-12-01T00:00:00Z'),
    ...changes,
  };
}
