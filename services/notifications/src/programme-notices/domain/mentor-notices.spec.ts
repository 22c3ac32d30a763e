import { DEFAULT_CALENDAR_SETTINGS } from '@vetlink/calendar';
import ICAL from 'ical.js';
import { withoutAttachments } from '../../templates/domain/template';
import { createTemplateRegistry } from '../../templates/domain/catalogue';
import { bookedNotices, changedNotices, reminderNotices, verifiedNotices } from './mentor-notices';

const context = { portalBaseUrl: 'https://vetlink.example.cn', calendar: DEFAULT_CALENDAR_SETTINGS };
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

  describe('the calendar invite each booking e-mail carries, rendered from the event alone', () => {
    const invite = (content: ReturnType<typeof registry.render>, language: 'zh' | 'en') => {
      const [file] = content[language].attachments!;
      const calendar = new ICAL.Component(ICAL.parse(file.content));
      const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
      return { file, method: calendar.getFirstPropertyValue('method'), event };
    };

    it('a booking: METHOD:REQUEST, the UID the mentors API uses, SEQUENCE 0, times in UTC', () => {
      const [veteran] = bookedNotices({ ...session, bookedAt: '2026-12-01T08:00:00.000Z' });
      const content = registry.render(veteran.type, veteran.data, context);
      const { file, method, event } = invite(content, 'zh');
      expect(file.contentType).toBe('text/calendar; charset=utf-8; method=REQUEST');
      expect(file.filename).toBe('mentoring-session.ics');
      expect(method).toBe('REQUEST');
      expect(event.uid).toBe('665f1c2ab3d4e5f601234567@mentors.vetlink.cn');
      expect(event.sequence).toBe(0);
      expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-07T01:00:00.000Z');
      expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-07T02:00:00.000Z');
      expect(event.summary).toBe('vetlink 导师指导：开一家物流公司（王建国）');
      expect(file.content).toContain('DTSTAMP:20261201T080000Z\r\n');
      expect(invite(content, 'en').event.summary).toBe('vetlink mentoring: 开一家物流公司 (王建国)');
      // The same event renders the same bytes: a redelivery or a retry sends the same file.
      expect(registry.render(veteran.type, veteran.data, context)).toEqual(content);
    });

    it('a move: REQUEST at the new time with the higher SEQUENCE; a cancellation: CANCEL', () => {
      const [moved] = changedNotices({
        ...session,
        start: '2026-12-08T06:00:00.000Z',
        end: '2026-12-08T07:00:00.000Z',
        sequence: 2,
        previousStart: session.start,
        previousEnd: session.end,
        rescheduledBy: 'officer',
        rescheduledAt: '2026-12-02T08:00:00.000Z',
      });
      const move = invite(registry.render(moved.type, moved.data, context), 'en');
      expect(move.method).toBe('REQUEST');
      expect(move.event.sequence).toBe(2);
      expect(move.event.startDate.toJSDate().toISOString()).toBe('2026-12-08T06:00:00.000Z');

      const [cancelled] = changedNotices({
        ...session,
        sequence: 3,
        cancelledBy: 'mentor',
        reason: 'ill',
        cancelledAt: '2026-12-03T08:00:00.000Z',
      });
      const cancel = invite(registry.render(cancelled.type, cancelled.data, context), 'en');
      expect(cancel.file.contentType).toBe('text/calendar; charset=utf-8; method=CANCEL');
      expect(cancel.method).toBe('CANCEL');
      expect(cancel.event.uid).toBe(move.event.uid);
      expect(cancel.event.sequence).toBe(3);
    });

    it("carries the event's place into every notice: LOCATION or URL in the invite, a line of the text", () => {
      const link = 'https://meet.example.cn/wang';
      const [booked] = bookedNotices({ ...session, meetingLink: link, bookedAt: '2026-12-01T08:00:00.000Z' });
      expect(booked.data).toMatchObject({ meetingLink: link });
      const content = registry.render(booked.type, booked.data, context);
      expect(invite(content, 'zh').event.component.getFirstPropertyValue('url')).toBe(link);
      expect(content.zh.body).toContain(`会议链接：${link}`);

      const address = '宿迁市宿城区洪泽湖路 88 号';
      const inPerson = { ...session, mode: 'in-person' as const, address };
      const [moved] = changedNotices({
        ...inPerson,
        sequence: 1,
        previousStart: session.start,
        previousEnd: session.end,
        rescheduledBy: 'veteran',
        rescheduledAt: '2026-12-02T08:00:00.000Z',
      });
      expect(invite(registry.render(moved.type, moved.data, context), 'en').event.location).toBe(address);
      const [cancelled] = changedNotices({
        ...inPerson,
        sequence: 2,
        cancelledBy: 'mentor',
        cancelledAt: '2026-12-03T08:00:00.000Z',
      });
      expect(invite(registry.render(cancelled.type, cancelled.data, context), 'en').event.location).toBe(
        address,
      );
      const [reminder] = reminderNotices({ ...inPerson, minutesBefore: 60 });
      expect(registry.render(reminder.type, reminder.data, context).zh.body).toContain(`地点：${address}`);
    });

    it('an event without a place (sent before the field existed) still renders, without LOCATION or URL', () => {
      const [veteran] = bookedNotices({ ...session, bookedAt: '2026-12-01T08:00:00.000Z' });
      expect(veteran.data).not.toHaveProperty('meetingLink');
      expect(veteran.data).not.toHaveProperty('address');
      const { file } = invite(registry.render(veteran.type, veteran.data, context), 'zh');
      expect(file.content).not.toMatch(/\r\n(LOCATION|URL)[:;]/);
    });

    it('none with a reminder, and the inbox keeps the text without the file', () => {
      const [reminder] = reminderNotices({ ...session, minutesBefore: 60 });
      expect(registry.render(reminder.type, reminder.data, context).zh.attachments).toBeUndefined();
      const [veteran] = bookedNotices({ ...session, bookedAt: '2026-12-01T08:00:00.000Z' });
      const content = registry.render(veteran.type, veteran.data, context);
      const kept = withoutAttachments(content);
      expect(kept.zh).not.toHaveProperty('attachments');
      expect(kept.en.title).toBe(content.en.title);
    });
  });
});
