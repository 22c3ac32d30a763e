import { STRENGTHS } from '@vetlink/taxonomy';
import { z } from 'zod';
import { defineEvent, EventDefinition } from '../lib/define-event';
import { TOPICS } from '../lib/topics';
import { JOB_EMPLOYMENT_TYPES } from './jobs';

/** The vocabularies below travel in payloads: adding a value is safe, renaming one is a new version. */
export const MATCH_TRIGGERS = ['job-posted', 'job-updated', 'profile-changed'] as const;

/**
 * What a reason says. Consumers must tolerate kinds they do not know (more will come) and show its
 * `text`, which is always present; `kind` is therefore a plain string in the schema.
 */
export const MATCH_REASON_KINDS = [
  /** A skill the job asks for, and where the veteran's evidence of it comes from. */
  'skill',
  /** A skill the job requires that the veteran shows no evidence of (a gap, never a veto). */
  'skill-missing',
  /** A certificate or licence the job requires, and the one the veteran holds that covers it. */
  'certificate',
  /** A required certificate the veteran does not hold (a veto: never pushed). */
  'certificate-missing',
  /** The job's occupation is one the veteran's service leads to, or one they want. */
  'occupation',
  /** Distance from home, within the veteran's radius. */
  'distance',
  /** Outside the radius, but in a city the veteran said they would work in. */
  'preferred-city',
  /** Farther from home than the veteran's radius (a veto). */
  'outside-radius',
  /** Not in any city the veteran would work in (a veto). */
  'outside-preferred-cities',
  /** Monthly pay against the veteran's minimum. */
  'salary',
  /** The most the job pays is below the veteran's minimum (a veto). */
  'salary-below-floor',
  /** Employment type against the veteran's wishes. */
  'employment-type',
  /** An employment type the veteran does not want (a veto). */
  'employment-type-mismatch',
  /** The occupation's seniority band against the veteran's. */
  'seniority',
  /** How recently the job was posted. */
  'recent',
  'veterans-only',
  'veteran-priority',
] as const;
export const MATCH_REASON_POLARITIES = ['match', 'gap', 'veto'] as const;
export const MATCH_EVIDENCE_KINDS = ['specialty', 'training', 'certificate', 'declared', 'desired'] as const;

export type MatchTrigger = (typeof MATCH_TRIGGERS)[number];
export type MatchReasonKind = (typeof MATCH_REASON_KINDS)[number];
export type MatchReasonPolarity = (typeof MATCH_REASON_POLARITIES)[number];
export type MatchEvidenceKind = (typeof MATCH_EVIDENCE_KINDS)[number];

const aggregateId = z.string().min(1).max(128);
const taxonomyId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a taxonomy id')
  .max(80);
const instant = z.iso.datetime({ offset: true });
const cny = z.number().int().min(0).max(1_000_000);

/** A sentence for people, in both languages the platform speaks: Chinese first, English alongside. */
export const localisedTextSchema = z.object({
  zh: z.string().min(1).max(300),
  en: z.string().min(1).max(300),
});

/**
 * One reason a job fits a veteran (or does not), structured for programs and rendered for people.
 * Only the fields that the kind concerns are present.
 */
export const matchReasonSchema = z.object({
  kind: z
    .string()
    .regex(/^[a-z]+(?:-[a-z]+)*$/)
    .max(60)
    .meta({ description: `one of ${MATCH_REASON_KINDS.join(', ')}` }),
  /** `match` speaks for the fit, `gap` is missing but not disqualifying, `veto` disqualifies (never pushed). */
  polarity: z.enum(MATCH_REASON_POLARITIES),
  skillId: taxonomyId.optional(),
  occupationId: taxonomyId.optional(),
  certificateId: taxonomyId.optional(),
  /** The certificate the veteran holds that covers `certificateId` (the same one, or a higher class). */
  heldCertificateId: taxonomyId.optional(),
  cityId: taxonomyId.optional(),
  /** Where the evidence comes from: a military specialty, a training, a certificate, a declared skill, a wish. */
  via: z.object({ kind: z.enum(MATCH_EVIDENCE_KINDS), id: taxonomyId.nullable() }).optional(),
  strength: z.enum(STRENGTHS).optional(),
  requirement: z.enum(['required', 'preferred']).optional(),
  distanceKm: z.number().min(0).optional(),
  radiusKm: z.number().min(0).optional(),
  salaryMin: cny.optional(),
  salaryMax: cny.optional(),
  salaryFloor: cny.optional(),
  employmentType: z.enum(JOB_EMPLOYMENT_TYPES).optional(),
  daysSincePosted: z.number().int().min(0).optional(),
  text: localisedTextSchema,
});

export type MatchReason = z.infer<typeof matchReasonSchema>;
export type LocalisedText = z.infer<typeof localisedTextSchema>;

/** What a notification can quote about a job without asking anyone (pushes and the weekly digest). */
export const matchedJobSummarySchema = z.object({
  title: z.string().min(1).max(120),
  employerId: aggregateId,
  employerName: z.string().min(1).max(200),
  occupationId: taxonomyId,
  employmentType: z.enum(JOB_EMPLOYMENT_TYPES),
  /** Monthly pay in CNY. */
  salary: z.object({ min: cny, max: cny }),
  cityId: taxonomyId,
  districtId: taxonomyId,
  /** From the veteran's home; null when matching does not know where the veteran lives. */
  distanceKm: z.number().min(0).nullable(),
  veteransOnly: z.boolean(),
  veteranPriority: z.boolean(),
  deadline: instant,
});

export const jobMatched = defineEvent({
  type: 'matching.job-matched',
  version: 1,
  topic: TOPICS.jobMatches,
  description:
    'A job fits a job-seeking veteran well enough to push it to them: pushed once per veteran and job, and again ' +
    "only after the job changed materially (a new `jobFingerprint`). Keyed by the veteran, so one veteran's pushes " +
    'stay in order. Carries the score, its reasons (structured, and rendered in Chinese and English) and a summary ' +
    'of the job to quote.',
  payload: z.object({
    /** Stable for one veteran, job and job version: a repeat delivery carries the same id. */
    matchId: z.string().min(1).max(128),
    veteranId: aggregateId,
    jobId: aggregateId,
    /** 0-100, see services/matching/README.md for how it is made. */
    score: z.number().int().min(0).max(100),
    /** The points each part of the score contributed (skills, occupation, distance, ...). */
    components: z.record(z.string(), z.number().min(0).max(100)),
    /** One line for a push notification. */
    headline: localisedTextSchema,
    reasons: z.array(matchReasonSchema).max(60),
    job: matchedJobSummarySchema,
    /** Hash of the job's material fields as matched; a new value means the job changed materially. */
    jobFingerprint: z.string().min(8).max(64),
    trigger: z.enum(MATCH_TRIGGERS),
    matchedAt: instant,
  }),
  keyOf: (payload) => payload.veteranId,
});

export type JobMatchedPayload = z.infer<typeof jobMatched.payload>;
export type MatchedJobSummary = z.infer<typeof matchedJobSummarySchema>;

export const MATCHING_EVENTS: readonly EventDefinition[] = [jobMatched];
