import ICAL from 'ical.js';
import { buildIcs, CalendarInvite, icsContentType } from './ics';
import { DEFAULT_CALENDAR_SETTINGS, mentoringSessionInvite } from './mentoring-session';

const invite: CalendarInvite = {
  sessionId: '6753a1f0c2b4e5d6f7a8b9c0',
  sequence: 2,
  cancelled: false,
  start: new Date('2026-12-08T02:00:00Z'),
  end: new Date('2026-12-08T03:00:00Z'),
  stamp: new Date('2026-12-05T10:11:12Z'),
  summary: '导师面谈: 物流创业, costs; plans',
  description: 'Topic: opening a logistics company in Suqian\nBring: business plan',
  location: '宿迁市宿城区退役军人服务中心 3楼, 会议室 A',
  url: 'https://meet.example.cn/r/abc',
  organizer: { name: '王老师', email: 'mentors@vetlink.cn' },
  uidDomain: 'mentors.vetlink.cn',
};

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, event, parsed: new ICAL.Event(event) };
}

describe('the .ics of a booking', () => {
  it('parses back (ical.js) with its method, stable UID, SEQUENCE, times and escaped text', () => {
    const ics = buildIcs(invite);
    const { calendar, event, parsed } = parse(ics);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(parsed.uid).toBe('6753a1f0c2b4e5d6f7a8b9c0@mentors.vetlink.cn');
    expect(parsed.sequence).toBe(2);
    expect(parsed.startDate.toJSDate().toISOString()).toBe('2026-12-08T02:00:00.000Z');
    expect(parsed.endDate.toJSDate().toISOString()).toBe('2026-12-08T03:00:00.000Z');
    expect(parsed.summary).toBe(invite.summary);
    expect(parsed.description).toBe(invite.description);
    expect(parsed.location).toBe(invite.location);
    expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(event.getFirstProperty('organizer')!.getParameter('cn')).toBe('王老师');
  });

  it('ends every line with CRLF and folds none longer than 75 octets', () => {
    const ics = buildIcs({ ...invite, description: '很长的说明'.repeat(40) });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '').includes('\n')).toBe(false);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(parse(ics).parsed.description).toBe('很长的说明'.repeat(40));
  });

  it('cancels the same event: METHOD CANCEL, STATUS CANCELLED, same UID, a higher SEQUENCE', () => {
    const { calendar, event, parsed } = parse(buildIcs({ ...invite, cancelled: true, sequence: 3 }));
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(parsed.uid).toBe('6753a1f0c2b4e5d6f7a8b9c0@mentors.vetlink.cn');
    expect(parsed.sequence).toBe(3);
  });

  it('escapes backslashes, semicolons, commas and every kind of line break in TEXT', () => {
    const description = 'a\\b; c, d\r\ne\rf\ng';
    const ics = buildIcs({ ...invite, description });
    expect(ics).toContain('DESCRIPTION:a\\\\b\\; c\\, d\\ne\\nf\\ng\r\n');
    expect(parse(ics).parsed.description).toBe('a\\b; c, d\ne\nf\ng');
  });

  it('writes times in UTC whatever offset they were given in', () => {
    const ics = buildIcs({ ...invite, start: new Date('2026-12-08T10:00:00+08:00') });
    expect(ics).toContain('DTSTART:20261208T020000Z\r\n');
    expect(ics).toContain('DTSTAMP:20261205T101112Z\r\n');
  });

  it('names the method in the content type an e-mail part needs', () => {
    expect(icsContentType({ cancelled: false })).toBe('text/calendar; charset=utf-8; method=REQUEST');
    expect(icsContentType({ cancelled: true })).toBe('text/calendar; charset=utf-8; method=CANCEL');
  });
});

describe('a mentoring session as an invite', () => {
  const session = {
    sessionId: 's-1',
    sequence: 4,
    cancelled: false,
    start: new Date('2026-12-08T02:00:00Z'),
    end: new Date('2026-12-08T03:00:00Z'),
    changedAt: new Date('2026-12-06T08:00:00Z'),
    topic: '开物流公司',
    mentorName: '王老师',
  };

  it('gives the same file for the same version, with the UID the settings name', () => {
    const first = buildIcs(mentoringSessionInvite(session, DEFAULT_CALENDAR_SETTINGS));
    expect(buildIcs(mentoringSessionInvite({ ...session }, DEFAULT_CALENDAR_SETTINGS))).toBe(first);
    const { parsed, event } = parse(first);
    expect(parsed.uid).toBe('s-1@mentors.vetlink.cn');
    expect(parsed.sequence).toBe(4);
    expect(parsed.summary).toBe('vetlink mentoring: 开物流公司 (王老师)');
    expect(event.getFirstProperty('organizer')!.getFirstValue()).toBe('mailto:noreply@vetlink.cn');
    expect(parsed.location).toBeNull();
  });

  it('reads in Chinese when asked, and carries the place, link and note when known', () => {
    const invite = mentoringSessionInvite(
      { ...session, address: '宿迁市宿城区', meetingLink: 'https://meet.example.cn/r/1', note: '带上计划书' },
      { uidDomain: 'calendar.example.cn', organizerEmail: 'mentors@example.cn' },
      'zh',
    );
    const { parsed, event } = parse(buildIcs(invite));
    expect(parsed.summary).toBe('vetlink 导师指导：开物流公司（王老师）');
    expect(parsed.uid).toBe('s-1@calendar.example.cn');
    expect(parsed.location).toBe('宿迁市宿城区');
    expect(parsed.description).toBe('带上计划书');
    expect(event.getFirstPropertyValue('url')).toBe('https://meet.example.cn/r/1');
  });
});
