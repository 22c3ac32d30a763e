import { buildIcs, DEFAULT_CALENDAR_SETTINGS, mentoringSessionInvite } from '@vetlink/calendar';
import ICAL from 'ical.js';
import { createTemplateRegistry } from '../catalogue';
import type { LocalisedMessage } from '../template';

const context = { portalBaseUrl: 'https://vetlink.example.cn', calendar: DEFAULT_CALENDAR_SETTINGS };
const session = {
  sessionId: '665f1c2ab3d4e5f601234567',
  mentorName: '王建国',
  topic: '开一家物流公司',
  startsAt: '2026-12-07T01:00:00.000Z',
  endsAt: '2026-12-07T02:00:00.000Z',
  sequence: 1,
  changedAt: '2026-12-02T08:00:00.000Z',
};
const address = '宿迁市宿城区洪泽湖路 88 号, 3 楼';
const meetingLink = 'https://meet.example.cn/r/wang?room=1;a=b';

function event(content: LocalisedMessage, language: 'zh' | 'en') {
  const [file] = content[language].attachments!;
  const calendar = new ICAL.Component(ICAL.parse(file.content));
  return { file, event: calendar.getFirstSubcomponent('vevent')! };
}

describe("the place of a session in the booking e-mails' text and calendar invite", () => {
  const registry = createTemplateRegistry();

  it("puts an in-person session's address in LOCATION and shows it next to the time", () => {
    const content = registry.render(
      'mentor-session-booked',
      { ...session, address, mode: 'in-person', reader: 'veteran' },
      context,
    );
    const { file, event: invite } = event(content, 'zh');
    expect(invite.getFirstPropertyValue('location')).toBe(address);
    expect(invite.getFirstPropertyValue('url')).toBeNull();
    expect(file.content).toContain('LOCATION:宿迁市宿城区洪泽湖路 88 号\\, 3 楼\r\n');
    expect(content.zh.body.split('\n')).toEqual([
      '时间：2026-12-07 09:00',
      '方式：面谈',
      `地点：${address}`,
      '主题：开一家物流公司',
    ]);
    expect(content.en.body.split('\n')).toContain(`Where: ${address}`);
    // The short text of SMS and WeChat stays as it was.
    expect(content.zh.short).not.toContain('宿迁');
  });

  it("puts an online session's meeting link in URL, the same file the mentors API serves", () => {
    const content = registry.render(
      'mentor-session-booked',
      { ...session, meetingLink, mode: 'online', reader: 'mentor' },
      context,
    );
    const { file, event: invite } = event(content, 'en');
    expect(invite.getFirstPropertyValue('url')).toBe(meetingLink);
    expect(invite.getFirstPropertyValue('location')).toBeNull();
    const served = buildIcs(
      mentoringSessionInvite(
        {
          sessionId: session.sessionId,
          sequence: session.sequence,
          cancelled: false,
          start: new Date(session.startsAt),
          end: new Date(session.endsAt),
          changedAt: new Date(session.changedAt),
          topic: session.topic,
          mentorName: session.mentorName,
          meetingLink,
        },
        DEFAULT_CALENDAR_SETTINGS,
      ),
    );
    expect(file.content).toBe(served);
    expect(content.zh.body.split('\n')).toContain(`会议链接：${meetingLink}`);
    expect(content.en.body.split('\n')).toContain(`Meeting link: ${meetingLink}`);
  });

  it('says where a moved session and a reminder take place, and not where a cancelled one would have', () => {
    const moved = registry.render(
      'mentor-booking-changed',
      { ...session, address, change: 'rescheduled', previousStartsAt: '2026-12-06T01:00:00.000Z' },
      context,
    );
    expect(moved.zh.body.split('\n')).toEqual([
      '您与导师王建国的预约改到 2026-12-07 09:00（原定 2026-12-06 09:00）。',
      `地点：${address}`,
    ]);
    expect(event(moved, 'en').event.getFirstPropertyValue('location')).toBe(address);

    const cancelled = registry.render(
      'mentor-booking-changed',
      { ...session, address, change: 'cancelled' },
      context,
    );
    expect(cancelled.en.body).toBe(
      'Your booked session with 王建国 was cancelled (it was at 2026-12-07 09:00).',
    );
    // The CANCEL names the same event, place included, as the served file of the cancelled session.
    expect(event(cancelled, 'en').event.getFirstPropertyValue('location')).toBe(address);

    const reminder = registry.render(
      'mentor-session-reminder',
      {
        sessionId: session.sessionId,
        mentorName: '王建国',
        startsAt: session.startsAt,
        mode: 'online',
        topic: '开店',
        meetingLink,
      },
      context,
    );
    expect(reminder.en.body.split('\n')).toEqual([
      'When: 2026-12-07 09:00',
      'How: online',
      `Meeting link: ${meetingLink}`,
      'Topic: 开店',
    ]);
    expect(reminder.zh.attachments).toBeUndefined();
  });

  it('still renders from an event without a place (sent before the field existed): no LOCATION, no URL', () => {
    const content = registry.render(
      'mentor-session-booked',
      { ...session, mode: 'online', reader: 'veteran' },
      context,
    );
    const { file, event: invite } = event(content, 'zh');
    expect(invite.getFirstPropertyValue('location')).toBeNull();
    expect(invite.getFirstPropertyValue('url')).toBeNull();
    expect(file.content).not.toMatch(/\r\n(LOCATION|URL):/);
    expect(content.zh.body.split('\n')).toEqual([
      '时间：2026-12-07 09:00',
      '方式：线上',
      '主题：开一家物流公司',
    ]);
  });

  it('refuses a place the contract refuses (a link with a space, an address on two lines)', () => {
    const render = (place: object) =>
      registry.render(
        'mentor-session-booked',
        { ...session, ...place, mode: 'online', reader: 'veteran' },
        context,
      );
    expect(() => render({ meetingLink: 'https://meet.example.cn/my room' })).toThrow(/meetingLink/);
    expect(() => render({ meetingLink: 'http://meet.example.cn/r' })).toThrow(/meetingLink/);
    expect(() => render({ address: '宿迁市\n宿城区' })).toThrow(/address/);
  });
});
