import { buildIcs, icsContentType, mentoringSessionInvite } from '@vetlink/calendar';
import { sessionAddressField, sessionMeetingLinkField } from '@vetlink/contracts';
import { z } from 'zod';
import type { Language, MessageAttachment, TemplateContext } from '../template';

/**
 * Where a session takes place, as its `mentors.session-*` event says: the address of an in-person
 * session, the meeting link of an online one. Events sent before the field existed carry neither.
 */
export const sessionPlaceFields = {
  address: sessionAddressField.optional(),
  meetingLink: sessionMeetingLinkField.optional(),
};

type SessionPlace = { address?: string; meetingLink?: string };

/** The body's lines naming the place, next to the time; none when the event did not say. */
export function placeLines(session: SessionPlace, language: Language): string[] {
  const lines: string[] = [];
  if (session.address)
    lines.push(language === 'zh' ? `地点：${session.address}` : `Where: ${session.address}`);
  if (session.meetingLink)
    lines.push(
      language === 'zh' ? `会议链接：${session.meetingLink}` : `Meeting link: ${session.meetingLink}`,
    );
  return lines;
}

/**
 * What a booking e-mail's calendar invite needs besides what the message shows, all from the
 * `mentors.session-*` event: its end, its version (the SEQUENCE), when that version came to be
 * (DTSTAMP), so that the file is the same however often it is rendered, and its place (LOCATION or URL,
 * as in the file the mentors API serves).
 */
export const sessionInviteFields = {
  sessionId: z.string().min(1).max(128),
  mentorName: z.string().min(1).max(100),
  topic: z.string().min(1).max(120),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  sequence: z.number().int().min(0),
  changedAt: z.iso.datetime({ offset: true }),
  ...sessionPlaceFields,
};

type SessionInviteData = z.infer<z.ZodObject<typeof sessionInviteFields>>;

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
      ...(session.address ? { address: session.address } : {}),
      ...(session.meetingLink ? { meetingLink: session.meetingLink } : {}),
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
