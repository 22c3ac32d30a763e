import { z } from 'zod';
import { defineEvent, EventDefinition } from '../lib/define-event';
import { aggregateIdField, instantField, taxonomyIdField } from '../lib/payload-fields';
import { TOPICS } from '../lib/topics';

/** How a veteran was told about a job: an instant push, or a line of the weekly digest. */
export const JOB_TOLD_VIA = ['push', 'digest'] as const;
export type JobToldVia = (typeof JOB_TOLD_VIA)[number];

export const jobTold = defineEvent({
  type: 'notifications.job-told',
  version: 1,
  topic: TOPICS.notifications,
  description:
    'A veteran has been told about a job (by an instant push or in the weekly digest) in the version that ' +
    '`jobFingerprint` names; told means accepted for delivery, so a push held by quiet hours counts. The ' +
    'notifications service tells each version of a job once; recommendations keeps a read model of these ' +
    'events (key veteranId+jobId, latest fingerprint) to leave already-told jobs out of the weekly digest ' +
    'unless the job changed materially since. Keyed by the veteran.',
  payload: z.object({
    veteranId: aggregateIdField,
    jobId: aggregateIdField,
    /** The matching service\'s hash of the job\'s material fields, as told. */
    jobFingerprint: z.string().min(8).max(64),
    via: z.enum(JOB_TOLD_VIA),
    /** The notification that told it (GET /notifications/{notificationId} in the notifications service). */
    notificationId: z.string().min(1).max(128),
    toldAt: instantField,
  }),
  keyOf: (payload) => payload.veteranId,
});

export type JobToldPayload = z.infer<typeof jobTold.payload>;

/** What a reader of the events needs of an inbox item: never its text (it may name the veteran). */
const inboxItemRef = {
  /** The notification (GET /notifications/{notificationId} in the notifications service). */
  notificationId: z.string().min(1).max(128),
  /** The veteran (or other user) whose inbox holds it. */
  userId: aggregateIdField,
  /** The notification's template type, e.g. `job-matched`, `weekly-digest`. */
  type: z.string().min(1).max(64),
  /** Its category, e.g. `job-push`, `weekly-digest`, `mentoring` (a string: categories are added over time). */
  category: z.string().min(1).max(40),
  /** The jobs it tells about: one for a push, several for a digest, none for other notices. */
  jobIds: z.array(aggregateIdField).max(100),
  /**
   * Where the bureau's figures count it, when the notification knew a place: on a weekly digest, the
   * veteran's home city as recommendations knew it when composing the digest. Absent on other notices (a
   * push is counted in its job's place, which `jobIds` names) and on digests made before digests named it.
   */
  cityId: taxonomyIdField.optional(),
  /** The district of that place, when known (never without `cityId`). */
  districtId: taxonomyIdField.optional(),
};

export const inboxItemRead = defineEvent({
  type: 'notifications.inbox-item-read',
  version: 1,
  topic: TOPICS.notifications,
  description:
    'A user opened an item of their in-app inbox for the first time (POST /inbox/{id}/read; marking the ' +
    'whole inbox read is not opening, and announces nothing). Once per item: its eventId is derived from ' +
    'the notification id, so a repeat, however concurrent, carries the same id. Keyed by the user.',
  payload: z.object({ ...inboxItemRef, readAt: instantField }),
  keyOf: (payload) => payload.userId,
});

export type InboxItemReadPayload = z.infer<typeof inboxItemRead.payload>;

export const weeklyDigestDelivered = defineEvent({
  type: 'notifications.weekly-digest-delivered',
  version: 1,
  topic: TOPICS.notifications,
  description:
    "A weekly digest reached its veteran's in-app inbox (one per digest notification, however often " +
    'delivery was retried: its eventId is derived from the notification id). A digest suppressed by ' +
    "the veteran's preferences, or with no job left to tell, is not delivered. `notifications.job-told` " +
    'says per job that it was accepted for delivery; this says the digest as a whole arrived. Keyed by ' +
    'the veteran.',
  payload: z.object({ ...inboxItemRef, deliveredAt: instantField }),
  keyOf: (payload) => payload.userId,
});

export type WeeklyDigestDeliveredPayload = z.infer<typeof weeklyDigestDelivered.payload>;

export const NOTIFICATION_EVENTS: readonly EventDefinition[] = [
  jobTold,
  inboxItemRead,
  weeklyDigestDelivered,
];
