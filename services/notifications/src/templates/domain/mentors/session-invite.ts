import { buildIcs, icsContentType, mentoringSessionInvite } from '@vetlink/calendar';
import { z } from 'zod';
import type { Language, MessageAttachment, TemplateContext } from '../template';

/**
 * What a booking e-mail's calendar invite needs besides what the message shows, all from the
 * `mentors.session-*` event: its end, its version (the SEQUENCE) and when that version came to be
 * (DTSTAMP), so that the file is the same however often it is rendered.
 */
export const sessionInviteFields = {
  sessionId: z.string().min(1).max(128),
  mentorName: z.string().min(1).max(100),
  topic: z.string().min(1).max(120),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  sequence: z.number().int().min(0),
  changedAt: z.iso.datetime({ offset: true }),
};

type SessionInviteData = {
  [Field in keyof typeof sessionInviteFields]: z.infer<(typeof sessionInviteFields)[Field]>;
};

/** The invite as an attachment: METHOD:REQUEST while booked or moved, METHOD:CANCEL once cancelled. */
export function sessionInviteAttachment(
  session: SessionInviteData,
  cancelled: boolean,
  language: Language,
  context: TemplateContext,
): MessageAttachment {
  const invite = mentoringSessionInvite(
    {
      sessionId: session.sessionId,
      sequence: session.sequence,
      cancelled,
      start: new Date(session.startsAt),
      end: new Date(session.endsAt),
      changedAt: new Date(session.changedAt),
      topic: session.topic,
      mentorName: session.mentorName,
    },
    context.calendar,
    language,
  );
  return {
    filename: cancelled ? 'cancelled-session.ics' : 'mentoring-session.ics',
    contentType: icsContentType(invite),
    content: buildIcs(invite),
  };
}
