import { z } from 'zod';
import { dateTime } from '../format';
import { defineTemplate, truncate } from '../template';
import { placeLines, sessionInviteAttachment, sessionInviteFields } from './session-invite';

/**
 * A session was booked (mentors.session-booked): the veteran's confirmation and the mentor's notice.
 * Critical like every booking change: nobody should miss that their time is now promised. The e-mail
 * carries the calendar invite (METHOD:REQUEST), the one the mentors API serves for the same version.
 */
export const sessionBookedTemplate = defineTemplate({
  type: 'mentor-session-booked',
  description: 'A one-on-one session with a mentor was booked (told to the veteran and to the mentor).',
  category: 'mentoring',
  critical: true,
  urgent: false,
  data: z.object({
    ...sessionInviteFields,
    mode: z.enum(['online', 'in-person']),
    /** Who reads it: the veteran who booked, or the mentor who was booked. */
    reader: z.enum(['veteran', 'mentor']),
  }),
  render(booking, language, context) {
    const link = `${context.portalBaseUrl}/mentoring/sessions/${encodeURIComponent(booking.sessionId)}`;
    const when = dateTime(booking.startsAt);
    const attachments = [sessionInviteAttachment(booking, false, language, context)];
    if (language === 'zh') {
      const how = booking.mode === 'online' ? '线上' : '面谈';
      const title =
        booking.reader === 'veteran'
          ? `已预约：${when} 与导师${booking.mentorName}的一对一指导`
          : `新预约：${when} 的一对一指导`;
      return {
        title,
        body: [
          `时间：${when}`,
          `方式：${how}`,
          ...placeLines(booking, language),
          `主题：${booking.topic}`,
        ].join('\n'),
        short: truncate(`【vetlink】${title}（${how}）`),
        link,
        attachments,
      };
    }
    const how = booking.mode === 'online' ? 'online' : 'in person';
    const title =
      booking.reader === 'veteran'
        ? `Booked: your session with ${booking.mentorName} at ${when}`
        : `New booking: a session at ${when}`;
    return {
      title,
      body: [
        `When: ${when}`,
        `How: ${how}`,
        ...placeLines(booking, language),
        `Topic: ${booking.topic}`,
      ].join('\n'),
      short: truncate(`vetlink: ${title} (${how})`),
      link,
      attachments,
    };
  },
});
