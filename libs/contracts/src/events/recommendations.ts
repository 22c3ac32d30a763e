import { z } from 'zod';
import { defineEvent, EventDefinition } from '../lib/define-event';
import { aggregateIdField, instantField, taxonomyIdField } from '../lib/payload-fields';
import { TOPICS } from '../lib/topics';
import { localisedTextSchema, matchedJobSummarySchema, matchReasonSchema } from './matching';

/** An ISO week in Asia/Shanghai, e.g. 2026-W48. */
export const isoWeekField = z
  .string()
  .regex(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/, 'must be an ISO week, e.g. 2026-W48');

/** One job of a weekly digest: why it was picked, and what a message can quote. */
export const digestPickSchema = z.object({
  jobId: aggregateIdField,
  /** The matching score's hash of the job's material fields, as picked (the "already told" ledger's key). */
  jobFingerprint: z.string().min(8).max(64),
  /** 0-100, the same score as matching.job-matched (libs/matching-score). */
  score: z.number().int().min(0).max(100),
  headline: localisedTextSchema,
  reasons: z.array(matchReasonSchema).max(12),
  job: matchedJobSummarySchema,
});

export const weeklyDigestReady = defineEvent({
  type: 'recommendations.weekly-digest-ready',
  version: 1,
  topic: TOPICS.weeklyDigests,
  description:
    "A veteran's weekly featured jobs are ready to deliver: the best open jobs for them, posted or materially " +
    'changed since their previous digest and not already told, ranked by the matching score. At most one per ' +
    "veteran and ISO week: `digestId` is the same for every delivery of it (and so is the envelope's eventId), so " +
    'a repeat after a crash is recognised. Never sent empty. Keyed by the veteran.',
  payload: z.object({
    /** `<week>-<veteranId>`: one per veteran and week. */
    digestId: z.string().min(1).max(160),
    veteranId: aggregateIdField,
    /** The veteran's home city as recommendations knew it when composing (for figures by city); absent before. */
    cityId: taxonomyIdField.optional(),
    /** The district of that home, when the veteran gave one (never without `cityId`). */
    districtId: taxonomyIdField.optional(),
    week: isoWeekField,
    /** The Monday (YYYY-MM-DD, Asia/Shanghai) of that week. */
    weekOf: z.iso.date(),
    /** The digest covers jobs new or materially changed in [since, until). */
    since: instantField,
    until: instantField,
    jobs: z.array(digestPickSchema).min(1).max(20),
    preparedAt: instantField,
  }),
  keyOf: (payload) => payload.veteranId,
});

export type WeeklyDigestReadyPayload = z.infer<typeof weeklyDigestReady.payload>;
export type DigestPick = z.infer<typeof digestPickSchema>;

export const RECOMMENDATION_EVENTS: readonly EventDefinition[] = [weeklyDigestReady];
