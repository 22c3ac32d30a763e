import type { CalendarInvite } from './ics';

/** Where a deployment's calendar files come from: the same in every service that writes one. */
export interface CalendarSettings {
  /** Makes UIDs globally unique: `<sessionId>@<uidDomain>`. */
  uidDomain: string;
  /** The organiser's address, a no-reply one (replies go nowhere). */
  organizerEmail: string;
}

/** The defaults of `ICS_UID_DOMAIN` and `ICS_ORGANIZER_EMAIL`, shared so that UIDs agree out of the box. */
export const DEFAULT_CALENDAR_SETTINGS: CalendarSettings = {
  uidDomain: 'mentors.vetlink.cn',
  organizerEmail: 'noreply@vetlink.cn',
};

/** What a one-on-one mentoring session says about itself, from the mentors service or from its events. */
export interface MentoringSession {
  sessionId: string;
  /** Increases with every change of the session: the iCalendar SEQUENCE. */
  sequence: number;
  cancelled: boolean;
  start: Date;
  end: Date;
  /** When this version of the session came to be (DTSTAMP): the same version always gives the same file. */
  changedAt: Date;
  topic: string;
  mentorName: string;
  note?: string;
  address?: string;
  meetingLink?: string;
}

const SUMMARY = {
  zh: (session: MentoringSession) => `vetlink 导师指导：${session.topic}（${session.mentorName}）`,
  en: (session: MentoringSession) => `vetlink mentoring: ${session.topic} (${session.mentorName})`,
} as const;

/**
 * One session as a calendar invite. The mentors API (the file a participant downloads) and the booking
 * e-mails of notifications both build it here, so both copies share the UID and the calendar keeps one event.
 */
export function mentoringSessionInvite(
  session: MentoringSession,
  settings: CalendarSettings,
  language: keyof typeof SUMMARY = 'en',
): CalendarInvite {
  return {
    sessionId: session.sessionId,
    sequence: session.sequence,
    cancelled: session.cancelled,
    start: session.start,
    end: session.end,
    stamp: session.changedAt,
    summary: SUMMARY[language](session),
    ...(session.note ? { description: session.note } : {}),
    ...(session.address ? { location: session.address } : {}),
    ...(session.meetingLink ? { url: session.meetingLink } : {}),
    organizer: { name: session.mentorName, email: settings.organizerEmail },
    uidDomain: settings.uidDomain,
  };
}
