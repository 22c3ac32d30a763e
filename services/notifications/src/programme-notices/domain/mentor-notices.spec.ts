import { createTemplateRegistry } from '../../templates/domain/catalogue';
import { bookedNotices, changedNotices, reminderNotices, verifiedNotices } from './mentor-notices';

const context = { portalBaseUrl: 'https://vetlink.example.cn' };
const session = {
  sessionId: '665f1c2ab3d4e5f601234567',
  mentorId: 'mentor-wang',
  mentorName: '王建国',
  veteranId: 'veteran-li',
  start: '2026-12-07T01:00:00.000Z',
  end: '2026-12-07T02:00:00.000Z',
  mode: 'online' as const,
  topic: '开一家物流公司',
  sequence: 0,
};

describe('mentoring notifications from the mentors events', () => {
  const registry = createTemplateRegistry();

  it('confirms a booking to the veteran and tells the mentor, critical, in zh and en', () => {
    const [veteran, mentor] = bookedNotices({ ...session, bookedAt: '2026-12-01T08:00:00.000Z' });
    expect([veteran.userId, mentor.userId]).toEqual(['veteran-li', 'mentor-wang']);
    // One notification each: the cause names the reader.
    expect(veteran.cause).not.toBe(mentor.cause);
    const forVeteran = registry.render(veteran.type, veteran.data, context);
    expect(forVeteran.zh.title).toBe('已预约：2026-12-07 09:00 与导师王建国的一对一指导');
    expect(forVeteran.en.body).toContain('How: online');
    expect(registry.render(mentor.type, mentor.data, context).zh.title).toBe(
      '新预约：2026-12-07 09:00 的一对一指导',
    );
    expect(registry.get('mentor-session-booked')).toMatchObject({ critical: true, category: 'mentoring' });
  });

  it('tells a change to the other person only, with the existing booking-changed template', () => {
    const cancelled = changedNotices({
      ...session,
      sequence: 1,
      cancelledBy: 'veteran',
      cancelledAt: '2026-12-02T08:00:00.000Z',
    });
    expect(cancelled.map((notice) => notice.userId)).toEqual(['mentor-wang']);
    expect(registry.render(cancelled[0].type, cancelled[0].data, context).zh.title).toContain('已取消');
    const moved = changedNotices({
      ...session,
      sequence: 2,
      previousStart: session.start,
      previousEnd: session.end,
      rescheduledBy: 'officer',
      rescheduledAt: '2026-12-02T08:00:00.000Z',
    });
    expect(moved.map((notice) => notice.userId)).toEqual(['veteran-li', 'mentor-wang']);
    expect(registry.render(moved[0].type, moved[0].data, context).en.body).toBe(
      'Your booked session with 王建国 moved to 2026-12-07 09:00 (it was at 2026-12-07 09:00).',
    );
    expect(registry.get('mentor-booking-changed')).toMatchObject({ critical: true });
  });

  it('reminds both people and tells a mentor they were verified', () => {
    const reminders = reminderNotices({ ...session, minutesBefore: 60 });
    expect(reminders).toHaveLength(2);
    expect(new Set(reminders.map((notice) => notice.cause)).size).toBe(2);
    expect(registry.render(reminders[0].type, reminders[0].data, context).zh.body).toBe(
      ['时间：2026-12-07 09:00', '方式：线上', '主题：开一家物流公司'].join('\n'),
    );
    expect(registry.render(reminders[0].type, reminders[0].data, context).en.title).toBe(
      'Reminder: your session with 王建国 at 2026-12-07 09:00',
    );
    const [verified] = verifiedNotices({
      mentorId: 'mentor-wang',
      displayName: '王建国',
      expertise: ['logistics'],
      cityId: 'suqian',
      verifiedBy: 'officer-1',
      verifiedAt: '2026-12-01T08:00:00.000Z',
    });
    expect(registry.render(verified.type, verified.data, context).zh.title).toBe(
      '王建国，您的导师资格已通过审核',
    );
  });
});
