import { z } from 'zod';
import { defineTemplate, truncate } from './template';
import { dateTime } from './format';
import {
  placeLines,
  sessionInviteAttachment,
  sessionInviteFields,
  sessionPlaceFields,
} from './mentors/session-invite';

/*
 * The mentoring templates every session event shares: the reminder (urgent) and a change of a booking
 * (critical). Their data is what programme-notices/ maps from the mentors events (libs/contracts).
 */

const name = z.string().min(1).max(100);
const id = z.string().min(1).max(128);

/** A session starts soon: urgent, so quiet hours do not hold it (a 08:00 session reminded at 07:00). */
export const sessionReminderTemplate = defineTemplate({
  type: 'mentor-session-reminder',
  description: 'A one-on-one session with a mentor starts soon.',
  category: 'mentoring',
  critical: false,
  urgent: true,
  data: z.object({
    sessionId: id,
    mentorName: name,
    startsAt: z.iso.datetime({ offset: true }),
    mode: z.enum(['online', 'in-person']),
    topic: z.string().min(1).max(120),
    ...sessionPlaceFields,
  }),
  render(session, language, context) {
    const link = `${context.portalBaseUrl}/mentoring/sessions/${encodeURIComponent(session.sessionId)}`;
    const when = dateTime(session.startsAt);
    // The place is in the body (the e-mail and the inbox), not in the short text of SMS and WeChat: 140
    // characters have no room for a link of up to 500, and the session's page (the link) shows it.
    if (language === 'zh') {
      const how = session.mode === 'online' ? '线上' : '面谈';
      return {
        title: `提醒：${when} 与导师${session.mentorName}的一对一指导`,
        body: [
          `时间：${when}`,
          `方式：${how}`,
          ...placeLines(session, language),
          `主题：${session.topic}`,
        ].join('\n'),
        short: truncate(`【vetlink】提醒：${when} 与导师${session.mentorName}的一对一指导（${how}）`),
        link,
      };
    }
    const how = session.mode === 'online' ? 'online' : 'in person';
    return {
      title: `Reminder: your session with ${session.mentorName} at ${when}`,
      body: [
        `When: ${when}`,
        `How: ${how}`,
        ...placeLines(session, language),
        `Topic: ${session.topic}`,
      ].join('\n'),
      short: truncate(`vetlink: session with ${session.mentorName} at ${when} (${how})`),
      link,
    };
  },
});

/**
 * A booked session was moved or cancelled: critical, it cannot be switched off. The e-mail carries the
 * calendar invite of the new version: METHOD:REQUEST with a higher SEQUENCE for a move, CANCEL for a cancellation.
 */
export const bookingChangedTemplate = defineTemplate({
  type: 'mentor-booking-changed',
  description: 'A booked session with a mentor was rescheduled or cancelled.',
  category: 'mentoring',
  critical: true,
  urgent: false,
  data: z.object({
    /** `startsAt`/`endsAt`: the time it had (cancelled) or its new time (rescheduled). */
    ...sessionInviteFields,
    change: z.enum(['rescheduled', 'cancelled']),
    /** A rescheduled session's old time. */
    previousStartsAt: z.iso.datetime({ offset: true }).optional(),
  }),
  render(booking, language, context) {
    const link = `${context.portalBaseUrl}/mentoring/sessions/${encodeURIComponent(booking.sessionId)}`;
    const when = dateTime(booking.startsAt);
    const before = booking.previousStartsAt ? dateTime(booking.previousStartsAt) : null;
    const cancelled = booking.change === 'cancelled';
    const attachments = [sessionInviteAttachment(booking, cancelled, language, context)];
    // A moved session says where it now takes place; a cancelled one takes place nowhere.
    const place = cancelled ? [] : placeLines(booking, language);
    if (language === 'zh') {
      const what = cancelled ? `已取消（原定 ${when}）` : `改到 ${when}`;
      return {
        title: `与导师${booking.mentorName}的预约${what}`,
        body: [
          `您与导师${booking.mentorName}的预约${what}${before ? `（原定 ${before}）` : ''}。`,
          ...place,
        ].join('\n'),
        short: truncate(`【vetlink】与导师${booking.mentorName}的预约${what}`),
        link,
        attachments,
      };
    }
    const what = cancelled ? `was cancelled (it was at ${when})` : `moved to ${when}`;
    return {
      title: `Your session with ${booking.mentorName} ${what}`,
      body: [
        `Your booked session with ${booking.mentorName} ${what}${before ? ` (it was at ${before})` : ''}.`,
        ...place,
      ].join('\n'),
      short: truncate(`vetlink: session with ${booking.mentorName} ${what}`),
      link,
      attachments,
    };
  },
});
