import { z } from 'zod';
import { defineEvent, EventDefinition } from '../lib/define-event';
import { aggregateIdField, instantField, taxonomyIdField } from '../lib/payload-fields';

/**
 * The mentors service's topics. Topic names are forever (see TOPICS): consumers subscribe by these
 * strings. One for mentors (keyed by mentor), one for sessions (keyed by session, so that a session's
 * booking, changes, reminders and completion stay in order).
 */
export const MENTOR_TOPICS = {
  mentors: 'mentors.mentors',
  sessions: 'mentors.sessions',
} as const;

/** Online (a meeting link) or in person (an address). */
export const SESSION_MODES = ['online', 'in-person'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

/** Who ended a session early. */
export const SESSION_CANCELLERS = ['veteran', 'mentor', 'officer'] as const;

/** What the mentor recorded after the session's time. */
export const SESSION_OUTCOMES = ['held', 'no-show'] as const;

export const mentorVerified = defineEvent({
  type: 'mentors.mentor-verified',
  version: 1,
  topic: MENTOR_TOPICS.mentors,
  description:
    'A bureau officer verified a mentor who applied: from now on veterans find and book them. Sent once per ' +
    'verification (a reactivation after a suspension is not a new verification). Keyed by the mentor.',
  payload: z.object({
    mentorId: aggregateIdField,
    displayName: z.string().min(1).max(60),
    expertise: z.array(z.string().min(1).max(60)).max(12),
    cityId: z.string().min(1).max(80),
    verifiedBy: aggregateIdField,
    verifiedAt: instantField,
  }),
  keyOf: (payload) => payload.mentorId,
});

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_OR_LINE_BREAK = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const WHITESPACE_OR_CONTROL = /[\s\u0000-\u001F\u007F-\u009F]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

/**
 * An in-person session's address, as the mentors API takes it on a mentor's profile: one line of at
 * most 200 characters without control or bidirectional-override characters (it becomes a calendar
 * file's LOCATION and a line of an e-mail).
 */
export const sessionAddressField = z
  .string()
  .min(1)
  .max(200)
  .refine((text) => !CONTROL_OR_LINE_BREAK.test(text), 'must be one line without control characters')
  .refine((text) => !BIDI_CONTROL.test(text), 'must not contain bidirectional control characters');

/**
 * An online session's meeting link, as the mentors API takes it: https, at most 500 characters, and no
 * whitespace or control characters (a URI holds none, and it is written unescaped as a calendar
 * file's URL line and a line of an e-mail).
 */
export const sessionMeetingLinkField = z
  .url({ protocol: /^https$/, error: 'must be an https URL' })
  .max(500)
  .refine((link) => !WHITESPACE_OR_CONTROL.test(link), 'must not contain whitespace or control characters')
  .refine((link) => !BIDI_CONTROL.test(link), 'must not contain bidirectional control characters');

/** What every session event says about the session, so that a message can be written from it alone. */
const sessionFields = {
  sessionId: aggregateIdField,
  mentorId: aggregateIdField,
  mentorName: z.string().min(1).max(60),
  veteranId: aggregateIdField,
  start: instantField,
  end: instantField,
  mode: z.enum(SESSION_MODES),
  topic: z.string().min(1).max(120),
  /** Increases with every change of the session; the `.ics` SEQUENCE. */
  sequence: z.number().int().min(0),
  /**
   * Where it takes place, as the session holds it (copied from the mentor's profile when booked): the
   * address of an in-person session, the meeting link of an online one. Optional, added in version 1:
   * events sent before carry neither, and a session booked without one has none.
   */
  address: sessionAddressField.optional(),
  meetingLink: sessionMeetingLinkField.optional(),
  /**
   * The city whose figures the session belongs to, fixed when it was booked: the veteran's home city
   * (the bureau counts its veterans' sessions), or the mentor's city when the veteran's is not known.
   * Optional, added in version 1: events sent before carry none, nor those of sessions booked before.
   */
  cityId: taxonomyIdField.optional(),
};

export const sessionBooked = defineEvent({
  type: 'mentors.session-booked',
  version: 1,
  topic: MENTOR_TOPICS.sessions,
  description:
    'A veteran booked a one-on-one session with a verified mentor. The time was free for both: the ' +
    'booking was decided by unique claims on their time blocks. Keyed by the session.',
  payload: z.object({ ...sessionFields, bookedAt: instantField }),
  keyOf: (payload) => payload.sessionId,
});

export const sessionRescheduled = defineEvent({
  type: 'mentors.session-rescheduled',
  version: 1,
  topic: MENTOR_TOPICS.sessions,
  description:
    'A booked session moved to another time (the new time was held before the old one was released). ' +
    '`start`/`end` are the new times, `previousStart`/`previousEnd` the old. Keyed by the session.',
  payload: z.object({
    ...sessionFields,
    previousStart: instantField,
    previousEnd: instantField,
    rescheduledBy: z.enum(SESSION_CANCELLERS),
    rescheduledAt: instantField,
  }),
  keyOf: (payload) => payload.sessionId,
});

export const sessionCancelled = defineEvent({
  type: 'mentors.session-cancelled',
  version: 1,
  topic: MENTOR_TOPICS.sessions,
  description:
    'A booked session was cancelled by the veteran (before the cut-off), the mentor (with a reason) or an ' +
    'officer; its time is free again and no reminder follows. Keyed by the session.',
  payload: z.object({
    ...sessionFields,
    cancelledBy: z.enum(SESSION_CANCELLERS),
    reason: z.string().max(500).optional(),
    cancelledAt: instantField,
  }),
  keyOf: (payload) => payload.sessionId,
});

export const sessionReminderDue = defineEvent({
  type: 'mentors.session-reminder-due',
  version: 1,
  topic: MENTOR_TOPICS.sessions,
  description:
    'A booked session starts in `minutesBefore` minutes (24 h and 1 h by default): remind both people. At ' +
    'most one per session, sequence and offset; never for a cancelled or moved session. Keyed by the session.',
  payload: z.object({ ...sessionFields, minutesBefore: z.number().int().min(1).max(10_080) }),
  keyOf: (payload) => payload.sessionId,
});

export const sessionCompleted = defineEvent({
  type: 'mentors.session-completed',
  version: 1,
  topic: MENTOR_TOPICS.sessions,
  description:
    "The mentor recorded the session's outcome: held, or the veteran did not come (no-show). Private notes " +
    'never travel in the event. Keyed by the session.',
  payload: z.object({
    ...sessionFields,
    outcome: z.enum(SESSION_OUTCOMES),
    completedAt: instantField,
  }),
  keyOf: (payload) => payload.sessionId,
});

export type MentorVerifiedPayload = z.infer<typeof mentorVerified.payload>;
export type SessionBookedPayload = z.infer<typeof sessionBooked.payload>;
export type SessionRescheduledPayload = z.infer<typeof sessionRescheduled.payload>;
export type SessionCancelledPayload = z.infer<typeof sessionCancelled.payload>;
export type SessionReminderDuePayload = z.infer<typeof sessionReminderDue.payload>;
export type SessionCompletedPayload = z.infer<typeof sessionCompleted.payload>;

export const MENTOR_EVENTS: readonly EventDefinition[] = [
  mentorVerified,
  sessionBooked,
  sessionRescheduled,
  sessionCancelled,
  sessionReminderDue,
  sessionCompleted,
];
