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
  cityId: 'nanjing',
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
  it('are valid payloads of the contracts, with the meeting link, without private notes or claims', () => {
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
      expect(JSON.stringify(payload)).not.toMatch(/never in an event|mentor:mentor-wang:/);
      expect(payload.sessionId).toBe(session.id);
      // Every session event says where, so that the e-mailed calendar invite equals the served one.
      expect(payload.meetingLink).toBe('https://meet.example.cn/wang');
      expect(payload).not.toHaveProperty('address');
      // And the city its figures are counted in, the same on every event of the session.
      expect(payload.cityId).toBe('nanjing');
    }
    expect(payloads[2]).toMatchObject({
      previousStart: '2026-12-07T01:00:00.000Z',
      start: '2026-12-08T01:00:00.000Z',
    });
    expect(payloads[1]).toMatchObject({ cancelledBy: 'mentor', reason: 'ill', sequence: 1 });
  });

  it("carry an in-person session's address, and neither place when the session has none", () => {
    const inPerson = bookedPayload({
      ...session,
      mode: 'in-person',
      meetingLink: undefined,
      address: '宿迁市宿城区洪泽湖路 88 号 3 楼',
    });
    expect(sessionBooked.payload.parse(inPerson)).toMatchObject({
      mode: 'in-person',
      address: '宿迁市宿城区洪泽湖路 88 号 3 楼',
    });
    expect(inPerson).not.toHaveProperty('meetingLink');
    const nowhere = sessionReminderDue.payload.parse(
      reminderPayload({ ...session, meetingLink: undefined }, 1440),
    );
    expect(nowhere).not.toHaveProperty('meetingLink');
    expect(nowhere).not.toHaveProperty('address');
  });

  it('carry no city for a session booked before the city was kept', () => {
    const { cityId: _none, ...booked } = session;
    expect(sessionCompleted.payload.parse(completedPayload(booked, 'held', at))).not.toHaveProperty('cityId');
  });

  it('leave out a stored place the contract refuses, rather than refuse to cancel the session', () => {
    // A link stored before the API refused whitespace: a URL parser takes it, a calendar's URL line should not.
    const legacy = { ...session, meetingLink: 'https://meet.example.cn/my room' };
    const payload = sessionCancelled.payload.parse(cancelledPayload(legacy, 'veteran', at));
    expect(payload).not.toHaveProperty('meetingLink');
    expect(payload.cancelledBy).toBe('veteran');
    const tooLong = cancelledPayload({ ...session, address: '路'.repeat(201) }, 'mentor', at);
    expect(tooLong).not.toHaveProperty('address');
    expect(tooLong.meetingLink).toBe('https://meet.example.cn/wang');
  });
});
