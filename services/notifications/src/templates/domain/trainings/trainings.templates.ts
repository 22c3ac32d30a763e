import { getCertificate, getSkill } from '@vetlink/taxonomy';
import { z } from 'zod';
import { place } from '../format';
import { defineTemplate, Language, truncate } from '../template';

/*
 * The veteran's place in a course run of the bureau, from the trainings events
 * (libs/contracts/src/events/trainings.ts). A seat, a promotion from the waitlist and a cancellation are
 * critical, like a mentoring booking and its changes: nobody should miss that a place is promised or
 * gone. A place in line, the completion and the reminder can be switched off (category `training`).
 */

const id = z.string().min(1).max(128);
const day = z.iso.date();

/** What every trainings notice shows: the course, its city and its days. */
const runFields = {
  enrolmentId: id,
  courseTitle: z.string().min(1).max(120),
  cityId: z.string().min(1).max(80),
  startsOn: day,
  endsOn: day,
};

type RunData = { enrolmentId: string; courseTitle: string; cityId: string; startsOn: string; endsOn: string };

function enrolmentLink(portalBaseUrl: string, enrolmentId: string): string {
  return `${portalBaseUrl}/trainings/enrolments/${encodeURIComponent(enrolmentId)}`;
}

/** "2026-12-21 至 2027-01-15" / "2026-12-21 to 2027-01-15"; one day alone when it lasts one. */
function days(run: Pick<RunData, 'startsOn' | 'endsOn'>, language: Language): string {
  if (run.startsOn === run.endsOn) return run.startsOn;
  return language === 'zh' ? `${run.startsOn} 至 ${run.endsOn}` : `${run.startsOn} to ${run.endsOn}`;
}

function runLines(run: RunData, language: Language): string[] {
  return language === 'zh'
    ? [
        `课程：${run.courseTitle}`,
        `时间：${days(run, language)}`,
        `城市：${place(run.cityId, null, language)}`,
      ]
    : [
        `Course: ${run.courseTitle}`,
        `Dates: ${days(run, language)}`,
        `City: ${place(run.cityId, null, language)}`,
      ];
}

const MODES = ['in-person', 'online', 'blended'] as const;

/**
 * A seat in a run (trainings.enrolled, status enrolled, not from the line). The venue, mode and provider
 * are optional in the event (older events lack them): the venue is shown when present, else the
 * reminder before the start is promised to give it.
 */
export const trainingSeatConfirmedTemplate = defineTemplate({
  type: 'training-seat-confirmed',
  description: 'A veteran holds a seat in a course run of the bureau.',
  category: 'training',
  critical: true,
  urgent: false,
  data: z.object({
    ...runFields,
    seatNo: z.number().int().min(1).optional(),
    mode: z.enum(MODES).optional(),
    venue: z.string().min(1).max(200).optional(),
    provider: z.string().min(1).max(120).optional(),
  }),
  render(seat, language, context) {
    const link = enrolmentLink(context.portalBaseUrl, seat.enrolmentId);
    const how = seat.mode ? MODE_NAMES[seat.mode][language] : undefined;
    if (language === 'zh') {
      return {
        title: `报名成功：${seat.courseTitle}（${seat.startsOn} 开班）`,
        body: [
          `您已获得「${seat.courseTitle}」的培训名额${seat.seatNo ? `（座位号 ${seat.seatNo}）` : ''}。`,
          ...runLines(seat, language),
          ...(how ? [`方式：${how}`] : []),
          ...(seat.venue ? [`地点：${seat.venue}`] : []),
          ...(seat.provider ? [`培训机构：${seat.provider}`] : []),
          seat.venue
            ? '开班前会再提醒您；如不能参加，请在开班前退出，把名额让给候补的战友。'
            : '开班前会再提醒您上课地点；如不能参加，请在开班前退出，把名额让给候补的战友。',
        ].join('\n'),
        short: truncate(
          `【vetlink】报名成功：${seat.courseTitle}，${days(seat, language)}${seat.venue ? `，地点：${seat.venue}` : ''}`,
        ),
        link,
      };
    }
    return {
      title: `You have a seat: ${seat.courseTitle} (starts ${seat.startsOn})`,
      body: [
        `You hold a seat in "${seat.courseTitle}"${seat.seatNo ? ` (seat ${seat.seatNo})` : ''}.`,
        ...runLines(seat, language),
        ...(how ? [`How: ${how}`] : []),
        ...(seat.venue ? [`Where: ${seat.venue}`] : []),
        ...(seat.provider ? [`Provider: ${seat.provider}`] : []),
        seat.venue
          ? 'You will be reminded before it starts. If you cannot attend, withdraw before the start so that the next person on the waiting list gets the seat.'
          : 'You will be reminded of the venue before it starts. If you cannot attend, withdraw before the start so that the next person on the waiting list gets the seat.',
      ].join('\n'),
      short: truncate(
        `vetlink: seat confirmed, ${seat.courseTitle}, ${days(seat, language)}${seat.venue ? `, at ${seat.venue}` : ''}`,
      ),
      link,
    };
  },
});

/** A place in line (trainings.enrolled, status waitlisted). */
export const trainingWaitlistedTemplate = defineTemplate({
  type: 'training-waitlisted',
  description: 'A course run was full: the veteran is on its waiting list, at a given place.',
  category: 'training',
  critical: false,
  urgent: false,
  data: z.object({ ...runFields, waitlistPosition: z.number().int().min(1).optional() }),
  render(line, language, context) {
    const link = enrolmentLink(context.portalBaseUrl, line.enrolmentId);
    const position = line.waitlistPosition;
    if (language === 'zh') {
      const where = position ? `候补第 ${position} 位` : '候补名单';
      return {
        title: `已进入候补：${line.courseTitle}（${where}）`,
        body: [
          `「${line.courseTitle}」名额已满，您已进入${where}。有人退出时按顺序递补，递补成功会立即通知您。`,
          ...runLines(line, language),
        ].join('\n'),
        short: truncate(`【vetlink】${line.courseTitle} 名额已满，您在${where}`),
        link,
      };
    }
    const where = position ? `number ${position} on the waiting list` : 'on the waiting list';
    return {
      title: `Waiting list: ${line.courseTitle} (${where})`,
      body: [
        `"${line.courseTitle}" is full: you are ${where}. Seats freed go to the list in order, and you will be told at once when one is yours.`,
        ...runLines(line, language),
      ].join('\n'),
      short: truncate(`vetlink: ${line.courseTitle} is full, you are ${where}`),
      link,
    };
  },
});

/** A freed seat went to the veteran, first in line (trainings.enrolled, promotedFromWaitlist). */
export const trainingPromotedTemplate = defineTemplate({
  type: 'training-promoted',
  description: 'A seat was freed in a course run and went to the veteran, who was first on its waiting list.',
  category: 'training',
  critical: true,
  urgent: false,
  data: z.object({ ...runFields, seatNo: z.number().int().min(1).optional() }),
  render(seat, language, context) {
    const link = enrolmentLink(context.portalBaseUrl, seat.enrolmentId);
    if (language === 'zh') {
      return {
        title: `候补成功：${seat.courseTitle}（${seat.startsOn} 开班）`,
        body: [
          `有人退出，您已从候补名单递补获得「${seat.courseTitle}」的培训名额${seat.seatNo ? `（座位号 ${seat.seatNo}）` : ''}。`,
          ...runLines(seat, language),
          '如不能参加，请在开班前退出，名额会让给下一位候补。',
        ].join('\n'),
        short: truncate(`【vetlink】候补成功：${seat.courseTitle}，${days(seat, language)}`),
        link,
      };
    }
    return {
      title: `A seat is yours: ${seat.courseTitle} (starts ${seat.startsOn})`,
      body: [
        `A seat was freed and you, first on the waiting list, now hold it in "${seat.courseTitle}"${seat.seatNo ? ` (seat ${seat.seatNo})` : ''}.`,
        ...runLines(seat, language),
        'If you cannot attend, withdraw before the start: the seat goes to the next on the list.',
      ].join('\n'),
      short: truncate(`vetlink: off the waiting list, seat in ${seat.courseTitle}, ${days(seat, language)}`),
      link,
    };
  },
});

/** The veteran withdrew, or an officer or the provider withdrew them (trainings.enrolment-cancelled). */
export const trainingEnrolmentCancelledTemplate = defineTemplate({
  type: 'training-enrolment-cancelled',
  description: 'A seat or a waiting-list place in a course run was given up (by the veteran or for them).',
  category: 'training',
  critical: true,
  urgent: false,
  data: z.object({
    ...runFields,
    previousStatus: z.enum(['enrolled', 'waitlisted']),
    cancelledBy: z.enum(['veteran', 'officer', 'provider']),
  }),
  render(cancelled, language, context) {
    const link = enrolmentLink(context.portalBaseUrl, cancelled.enrolmentId);
    const seat = cancelled.previousStatus === 'enrolled';
    if (language === 'zh') {
      const what = seat ? '培训名额' : '候补位置';
      const who = {
        veteran: `您已退出「${cancelled.courseTitle}」，${what}已释放。`,
        officer: `退役军人事务局工作人员已为您取消「${cancelled.courseTitle}」的${what}。如有疑问请联系当地退役军人服务站。`,
        provider: `培训机构已为您取消「${cancelled.courseTitle}」的${what}。如有疑问请联系培训机构。`,
      }[cancelled.cancelledBy];
      return {
        title: `已取消：${cancelled.courseTitle}（原定 ${cancelled.startsOn} 开班）`,
        body: [who, ...runLines(cancelled, language), '仍可重新报名（排在候补名单末尾）。'].join('\n'),
        short: truncate(`【vetlink】${cancelled.courseTitle} 的${what}已取消`),
        link,
      };
    }
    const what = seat ? 'seat' : 'place on the waiting list';
    const who = {
      veteran: `You withdrew from "${cancelled.courseTitle}": your ${what} is given up.`,
      officer: `An officer of the veterans affairs bureau cancelled your ${what} in "${cancelled.courseTitle}". Ask your local veterans service station if this is unexpected.`,
      provider: `The training provider cancelled your ${what} in "${cancelled.courseTitle}". Ask the provider if this is unexpected.`,
    }[cancelled.cancelledBy];
    return {
      title: `Cancelled: ${cancelled.courseTitle} (was to start ${cancelled.startsOn})`,
      body: [
        who,
        ...runLines(cancelled, language),
        'You may enrol again (at the end of the waiting list).',
      ].join('\n'),
      short: truncate(`vetlink: your ${what} in ${cancelled.courseTitle} was cancelled`),
      link,
    };
  },
});

function names(
  ids: readonly string[],
  lookup: (id: string) => { zh: string; en: string } | undefined,
  language: Language,
) {
  return ids.map((entryId) => lookup(entryId)?.[language] ?? entryId);
}

/** The veteran completed a run: what it earned, verified by the bureau (trainings.course-completed). */
export const trainingCompletedTemplate = defineTemplate({
  type: 'training-completed',
  description: 'A veteran completed a course run: the skills and certificates it earned are verified.',
  category: 'training',
  critical: false,
  urgent: false,
  data: z.object({
    ...runFields,
    skillIds: z.array(z.string().min(1).max(80)).max(30),
    certificateIds: z.array(z.string().min(1).max(80)).max(10),
  }),
  render(completed, language, context) {
    const link = `${context.portalBaseUrl}/profile`;
    const certificates = names(completed.certificateIds, getCertificate, language);
    const skills = names(completed.skillIds, getSkill, language);
    if (language === 'zh') {
      return {
        title: `结业：${completed.courseTitle}`,
        body: [
          `恭喜您完成「${completed.courseTitle}」（${days(completed, language)}）。`,
          ...(certificates.length ? [`您的档案现在显示经核验的证书：${certificates.join('、')}。`] : []),
          ...(skills.length ? [`经核验的技能：${skills.join('、')}。`] : []),
          '新的岗位推荐会按更新后的档案推送给您。',
        ].join('\n'),
        short: truncate(
          `【vetlink】恭喜结业：${completed.courseTitle}${certificates.length ? `，已获证书：${certificates.join('、')}` : ''}`,
        ),
        link,
      };
    }
    return {
      title: `Completed: ${completed.courseTitle}`,
      body: [
        `Congratulations on completing "${completed.courseTitle}" (${days(completed, language)}).`,
        ...(certificates.length
          ? [
              `Your profile now shows the verified certificate${certificates.length > 1 ? 's' : ''}: ${certificates.join(', ')}.`,
            ]
          : []),
        ...(skills.length ? [`Verified skills: ${skills.join(', ')}.`] : []),
        'New job recommendations will follow from your updated profile.',
      ].join('\n'),
      short: truncate(
        `vetlink: completed ${completed.courseTitle}${certificates.length ? `; certified: ${certificates.join(', ')}` : ''}`,
      ),
      link,
    };
  },
});

const MODE_NAMES = {
  'in-person': { zh: '线下面授', en: 'in person' },
  online: { zh: '线上', en: 'online' },
  blended: { zh: '线上线下结合', en: 'online and in person' },
} as const;

/** The run starts in a few days (trainings.run-starting): where, how and who runs it. */
export const trainingRunReminderTemplate = defineTemplate({
  type: 'training-run-reminder',
  description: 'A course run in which the veteran holds a seat starts in a few days: where and how.',
  category: 'training',
  critical: false,
  urgent: false,
  data: z.object({
    ...runFields,
    provider: z.string().min(1).max(120),
    mode: z.enum(MODES),
    venue: z.string().min(1).max(200).optional(),
    seatNo: z.number().int().min(1).optional(),
    daysBefore: z.number().int().min(1).max(30),
  }),
  render(run, language, context) {
    const link = enrolmentLink(context.portalBaseUrl, run.enrolmentId);
    const how = MODE_NAMES[run.mode][language];
    if (language === 'zh') {
      const when = run.daysBefore === 1 ? '明天' : `${run.daysBefore} 天后`;
      return {
        title: `提醒：${run.courseTitle} ${when}（${run.startsOn}）开班`,
        body: [
          ...runLines(run, language),
          `方式：${how}`,
          ...(run.venue ? [`地点：${run.venue}`] : []),
          `培训机构：${run.provider}`,
          ...(run.seatNo ? [`座位号：${run.seatNo}`] : []),
          '如不能参加，请尽早退出，把名额让给候补的战友。',
        ].join('\n'),
        short: truncate(
          `【vetlink】提醒：${run.courseTitle} ${run.startsOn} 开班${run.venue ? `，地点：${run.venue}` : `（${how}）`}`,
        ),
        link,
      };
    }
    const when = run.daysBefore === 1 ? 'tomorrow' : `in ${run.daysBefore} days`;
    return {
      title: `Reminder: ${run.courseTitle} starts ${when} (${run.startsOn})`,
      body: [
        ...runLines(run, language),
        `How: ${how}`,
        ...(run.venue ? [`Where: ${run.venue}`] : []),
        `Provider: ${run.provider}`,
        ...(run.seatNo ? [`Seat: ${run.seatNo}`] : []),
        'If you cannot attend, withdraw as early as you can so that someone on the waiting list gets the seat.',
      ].join('\n'),
      short: truncate(
        `vetlink: ${run.courseTitle} starts ${run.startsOn}${run.venue ? ` at ${run.venue}` : ` (${how})`}`,
      ),
      link,
    };
  },
});

export const TRAINING_TEMPLATES = [
  trainingSeatConfirmedTemplate,
  trainingWaitlistedTemplate,
  trainingPromotedTemplate,
  trainingEnrolmentCancelledTemplate,
  trainingCompletedTemplate,
  trainingRunReminderTemplate,
];
