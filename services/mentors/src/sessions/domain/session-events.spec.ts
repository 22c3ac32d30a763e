import {
  sessionBooked,
  sessionCancelled,
  sessionCompleted,
  sessionReminderDue,
  sessionRescheduled,
} from '@vetlink/contracts';
import { Session } from './session';
import {
  bookedPayload,
  cancelledPayload,
  completedPayload,
  reminderPayload,
  rescheduledPayload,
} from './session-events';

const session: Session = {
  id: '665f1c2ab3d4e5f601234567',
  mentorId: 'mentor-wang',
  mentorName: '王建国',
  veteranId: 'veteran-li',
  start: new Date('2026-12-07T09:00:00+08:00'),
  end: new Date('2026-12-07T10:00:00+08:00'),
  blockedFrom: new Date('2026-12-07T09:00:00+08:00'),
  blockedUntil: new Date('2026-12-07T10:15:00+08:00'),
  mode: 'online',
  topic: 'Opening a cold-chain logistics company',
  meetingLink: 'https://meet.example.cn/wang',
  privateNotes: 'never in an event',
  status: 'booked',
  sequence: 0,
  claimIds: ['mentor:mentor-wang:2026-12-07T01:00:00.000Z'],
  remindedOffsets: [],
  bookedAt: new Date('2026-12-01T08:00:00Z'),
  updatedAt: new Date('2026-12-01T08:00:00Z'),
};
const at = new Date('2026-12-02T08:00:00Z');

describe('session events', () => {
  it('are valid payloads of the contracts, without private notes, claims or the meeting link', () => {
    const payloads = [
      sessionBooked.payload.parse(bookedPayload(session)),
      sessionCancelled.payload.parse(cancelledPayload({ ...session, sequence: 1 }, 'mentor', at, 'ill')),
      sessionRescheduled.payload.parse(
        rescheduledPayload(
          {
            ...session,
            start: new Date('2026-12-08T09:00:00+08:00'),
            end: new Date('2026-12-08T10:00:00+08:00'),
            sequence: 1,
          },
          session,
          'veteran',
          at,
        ),
      ),
      sessionReminderDue.payload.parse(reminderPayload(session, 60)),
      sessionCompleted.payload.parse(completedPayload({ ...session, sequence: 1 }, 'no-show', at)),
    ];
    for (const payload of payloads) {
      expect(JSON.stringify(payload)).not.toMatch(/never in an event|meet\.example|mentor:mentor-wang:/);
      expect(payload.sessionId).toBe(session.id);
    }
    expect(payloads[2]).toMatchObject({
      previousStart: '2026-12-07T01:00:00.000Z',
      start: '2026-12-08T01:00:00.000Z',
    });
    expect(payloads[1]).toMatchObject({ cancelledBy: 'mentor', reason: 'ill', sequence: 1 });
  });
});
