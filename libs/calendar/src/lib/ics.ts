/**
 * One booking as an iCalendar object (RFC 5545) with an iTIP method (RFC 5546): `REQUEST` while it is
 * booked (a later SEQUENCE updates the same event in the attendee's calendar), `CANCEL` once cancelled.
 * The UID is the session's, so every version of the file names the same event.
 */
export interface CalendarInvite {
  sessionId: string;
  sequence: number;
  cancelled: boolean;
  start: Date;
  end: Date;
  stamp: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  organizer: { name: string; email: string };
  /** The domain that makes UIDs globally unique. */
  uidDomain: string;
}

/** The iTIP method of an invite: REQUEST while booked (also for a move), CANCEL once cancelled. */
export function icsMethod(invite: Pick<CalendarInvite, 'cancelled'>): 'REQUEST' | 'CANCEL' {
  return invite.cancelled ? 'CANCEL' : 'REQUEST';
}

/** The MIME type of the file, with the method as RFC 6047 asks of an iMIP e-mail part. */
export function icsContentType(invite: Pick<CalendarInvite, 'cancelled'>): string {
  return `text/calendar; charset=utf-8; method=${icsMethod(invite)}`;
}

/** The file as RFC 5545 text: CRLF line ends, lines folded at 75 octets, times in UTC. */
export function buildIcs(invite: CalendarInvite): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//vetlink//mentors//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${icsMethod(invite)}`,
    'BEGIN:VEVENT',
    `UID:${invite.sessionId}@${invite.uidDomain}`,
    `SEQUENCE:${invite.sequence}`,
    `DTSTAMP:${utc(invite.stamp)}`,
    `DTSTART:${utc(invite.start)}`,
    `DTEND:${utc(invite.end)}`,
    `SUMMARY:${text(invite.summary)}`,
    ...(invite.description ? [`DESCRIPTION:${text(invite.description)}`] : []),
    ...(invite.location ? [`LOCATION:${text(invite.location)}`] : []),
    ...(invite.url ? [`URL:${invite.url}`] : []),
    `ORGANIZER;CN=${param(invite.organizer.name)}:mailto:${invite.organizer.email}`,
    `STATUS:${invite.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** UTC date-time form, e.g. 20261207T010000Z. */
function utc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** TEXT value escaping (RFC 5545 3.3.11). */
function text(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A parameter value, quoted when it holds `:;,`; quotes themselves cannot appear and are dropped. */
function param(value: string): string {
  const clean = value.replace(/"/g, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/** Lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
