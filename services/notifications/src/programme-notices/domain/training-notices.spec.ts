import {
  courseCompleted,
  courseEnrolled,
  courseEnrolmentCancelled,
  courseRunStarting,
} from '@vetlink/contracts';
import { DEFAULT_CALENDAR_SETTINGS } from '@vetlink/calendar';
import { createTemplateRegistry } from '../../templates/domain/catalogue';
import {
  courseCompletedNotice,
  enrolledNotice,
  enrolmentCancelledNotice,
  enrolmentNoticeSkip,
  runReminderNotice,
  runReminderSkip,
} from './training-notices';

const registry = createTemplateRegistry();
const context = { portalBaseUrl: 'https://vetlink.example.cn', calendar: DEFAULT_CALENDAR_SETTINGS };
const HOUR = 3600_000;

const run = {
  enrolmentId: 'enrolment-1',
  runId: 'run-1',
  courseId: 'course-1',
  veteranId: 'veteran-1',
  courseTitle: '叉车操作培训（退役军人专班）',
  cityId: 'nanjing',
  startsOn: '2026-12-21',
  endsOn: '2027-01-15',
};
const at = '2026-12-10T02:00:00.000Z';

const seat = courseEnrolled.payload.parse({
  ...run,
  status: 'enrolled',
  seatNo: 7,
  promotedFromWaitlist: false,
  enrolledAt: at,
});
const line = courseEnrolled.payload.parse({
  ...run,
  status: 'waitlisted',
  waitlistPosition: 3,
  promotedFromWaitlist: false,
  enrolledAt: at,
});
const promoted = courseEnrolled.payload.parse({ ...seat, promotedFromWaitlist: true });
const cancelledByOfficer = courseEnrolmentCancelled.payload.parse({
  ...run,
  previousStatus: 'enrolled',
  cancelledBy: 'officer',
  cancelledAt: at,
});
const completed = courseCompleted.payload.parse({
  ...run,
  trainingId: 'forklift-course',
  skillIds: ['forklift-operation'],
  certificateIds: ['forklift-licence'],
  attendancePercent: 95,
  recordedBy: 'officer-1',
  completedAt: '2027-01-15T09:00:00.000Z',
});
const reminder = courseRunStarting.payload.parse({
  ...run,
  provider: '南京市退役军人职业技能培训中心',
  mode: 'in-person',
  venue: '江宁区天元中路 8 号实训楼',
  seatNo: 7,
  daysBefore: 1,
  remindAt: '2026-12-20T00:00:00.000Z',
});

describe('trainings events into the veteran’s notices', () => {
  it('tells a seat, a place in line and a promotion apart, each once per enrolment', () => {
    expect(enrolledNotice(seat)).toMatchObject({
      userId: 'veteran-1',
      type: 'training-seat-confirmed',
      cause: 'enrolment-1|seat',
    });
    expect(enrolledNotice(line)).toMatchObject({
      type: 'training-waitlisted',
      cause: 'enrolment-1|waitlisted',
    });
    expect(enrolledNotice(promoted)).toMatchObject({
      type: 'training-promoted',
      cause: 'enrolment-1|promoted',
    });
    expect(enrolmentCancelledNotice(cancelledByOfficer).cause).toBe('enrolment-1|cancelled');
    const placed = {
      ...seat,
      mode: 'in-person' as const,
      venue: '南京技师学院实训楼',
      provider: '南京技师学院',
    };
    expect(enrolledNotice(placed).data).toMatchObject({
      venue: '南京技师学院实训楼',
      provider: '南京技师学院',
    });
    expect(
      registry.render('training-seat-confirmed', enrolledNotice(placed).data, context).zh.body,
    ).toContain('地点：南京技师学院实训楼');
    expect(courseCompletedNotice(completed).cause).toBe('enrolment-1|completed');
    expect(runReminderNotice(reminder).cause).toBe('enrolment-1|reminder|2026-12-20T00:00:00.000Z');
  });

  it('makes seats, promotions and cancellations critical; a place in line, completion and reminders can be switched off', () => {
    const critical = (type: string) => registry.get(type).critical;
    expect(registry.get('training-seat-confirmed').category).toBe('training');
    expect(
      ['training-seat-confirmed', 'training-promoted', 'training-enrolment-cancelled'].map(critical),
    ).toEqual([true, true, true]);
    expect(['training-waitlisted', 'training-completed', 'training-run-reminder'].map(critical)).toEqual([
      false,
      false,
      false,
    ]);
    expect(registry.get('training-run-reminder').urgent).toBe(false);
  });

  it('writes the seat with its dates and city, in Chinese and English', () => {
    const { zh, en } = registry.render('training-seat-confirmed', enrolledNotice(seat).data, context);
    expect(zh.title).toBe('报名成功：叉车操作培训（退役军人专班）（2026-12-21 开班）');
    expect(zh.body).toContain('座位号 7');
    expect(zh.body).toContain('时间：2026-12-21 至 2027-01-15');
    expect(zh.body).toContain('城市：南京市');
    expect(en.body).toContain('Dates: 2026-12-21 to 2027-01-15');
    expect(en.link).toBe('https://vetlink.example.cn/trainings/enrolments/enrolment-1');
  });

  it('gives the place in line, and says who cancelled', () => {
    const waiting = registry.render('training-waitlisted', enrolledNotice(line).data, context);
    expect(waiting.zh.title).toBe('已进入候补：叉车操作培训（退役军人专班）（候补第 3 位）');
    expect(waiting.en.title).toContain('number 3 on the waiting list');
    const moved = registry.render('training-promoted', enrolledNotice(promoted).data, context);
    expect(moved.zh.title).toMatch(/^候补成功：/);
    const cancelled = registry.render(
      'training-enrolment-cancelled',
      enrolmentCancelledNotice(cancelledByOfficer).data,
      context,
    );
    expect(cancelled.zh.body).toContain('退役军人事务局工作人员已为您取消');
    expect(cancelled.en.body).toContain('An officer of the veterans affairs bureau cancelled your seat');
  });

  it('names the verified certificate and skills a completion earned', () => {
    const { zh, en } = registry.render('training-completed', courseCompletedNotice(completed).data, context);
    expect(zh.body).toContain('您的档案现在显示经核验的证书：叉车司机证（特种设备作业人员证N1）。');
    expect(zh.body).toContain('经核验的技能：叉车操作。');
    expect(en.body).toContain(
      'Your profile now shows the verified certificate: Forklift operator licence (N1).',
    );
  });

  it('reminds of where and how, "tomorrow" for the 1-day reminder, short enough for SMS', () => {
    const { zh, en } = registry.render('training-run-reminder', runReminderNotice(reminder).data, context);
    expect(zh.title).toBe('提醒：叉车操作培训（退役军人专班） 明天（2026-12-21）开班');
    expect(zh.body.split('\n')).toEqual(
      expect.arrayContaining([
        '方式：线下面授',
        '地点：江宁区天元中路 8 号实训楼',
        '培训机构：南京市退役军人职业技能培训中心',
      ]),
    );
    expect(en.title).toBe('Reminder: 叉车操作培训（退役军人专班） starts tomorrow (2026-12-21)');
    const online = registry.render(
      'training-run-reminder',
      { ...runReminderNotice(reminder).data, mode: 'online', venue: undefined, daysBefore: 3 },
      context,
    );
    expect(online.en.title).toContain('starts in 3 days');
    expect(online.zh.body).not.toContain('地点');
    for (const message of [zh, en, online.zh, online.en])
      expect([...message.short].length).toBeLessThanOrEqual(140);
  });
});

describe('which trainings events are still worth a notice when read', () => {
  const maxAgeMs = 72 * HOUR;
  const readAt = (occurredAt: string, now: string) => ({ occurredAt, now: new Date(now), maxAgeMs });

  it('tells a seat before the run begins, not once it has begun or when older than the bound', () => {
    expect(enrolmentNoticeSkip(run, readAt(at, '2026-12-10T02:00:05Z'))).toBeNull();
    expect(enrolmentNoticeSkip(run, readAt('2026-12-20T15:00:00Z', '2026-12-20T16:00:00Z'))).toBe(
      'run-started',
    );
    expect(enrolmentNoticeSkip(run, readAt(at, '2026-12-14T02:00:01Z'))).toBe('too-old');
  });

  it('drops a reminder read later than half its lead time (due 08:00 the day before: read after 16:00)', () => {
    const sent = reminder.remindAt;
    expect(runReminderSkip(reminder, readAt(sent, '2026-12-20T00:00:10Z'))).toBeNull();
    expect(runReminderSkip(reminder, readAt(sent, '2026-12-20T07:59:00Z'))).toBeNull();
    expect(runReminderSkip(reminder, readAt(sent, '2026-12-20T08:00:01Z'))).toBe('reminder-late');
    expect(runReminderSkip(reminder, readAt(sent, '2026-12-20T16:00:00Z'))).toBe('run-started');
  });
});
