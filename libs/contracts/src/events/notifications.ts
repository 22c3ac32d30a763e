import { z } from 'zod';
import { defineEvent, EventDefinition } from '../lib/define-event';
import { aggregateIdField, instantField } from '../lib/payload-fields';
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

export const NOTIFICATION_EVENTS: readonly EventDefinition[] = [jobTold];
