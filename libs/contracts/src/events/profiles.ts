import { BRANCHES, SENIORITY_BANDS, STRENGTHS } from '@vetlink/taxonomy';
import { z } from 'zod';
import { defineEvent, EventDefinition } from '../lib/define-event';
import { aggregateIdField, cnyField, instantField, taxonomyIdField } from '../lib/payload-fields';
import { TOPICS } from '../lib/topics';
import { JOB_EDUCATION_LEVELS, JOB_EMPLOYMENT_TYPES } from './jobs';

/** The vocabularies below travel in payloads: adding a value is safe, renaming one is a new version. */
export const JOB_SEEKING_STATUSES = ['actively-looking', 'open', 'employed'] as const;
export const NOTIFICATION_CHANNELS = ['in-app', 'email', 'sms', 'wechat'] as const;
/** Quiet hours are wall-clock times in this zone; the platform serves Jiangsu only. */
export const PROFILE_TIME_ZONE = 'Asia/Shanghai';

export type JobSeekingStatus = (typeof JOB_SEEKING_STATUSES)[number];
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

const veteranId = aggregateIdField;
const taxonomyId = taxonomyIdField;
const instant = instantField;
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:mm');
const strength = z.enum(STRENGTHS);
const provenance = z.object({ kind: z.enum(['specialty', 'training', 'certificate']), id: taxonomyId });

const residence = z.object({
  cityId: taxonomyId,
  districtId: taxonomyId.nullable(),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  /** `exact` when the veteran gave coordinates, otherwise the centre of the district or city. */
  precision: z.enum(['exact', 'district', 'city']),
});

/** Where a typed term was written: service record, job preferences, courses taken. */
export const TYPED_TERM_SOURCES = ['specialty', 'desired', 'training'] as const;
export type TypedTermSource = (typeof TYPED_TERM_SOURCES)[number];

const serviceRecord = z.object({
  branch: z.enum(BRANCHES),
  specialtyIds: z.array(taxonomyId).max(20),
  rankId: taxonomyId.nullable(),
  roleIds: z.array(taxonomyId).max(20),
  yearsServed: z.number().min(0).max(50),
  dischargeDate: z.iso.date(),
});

export const notificationPreferencesSchema = z.object({
  channels: z.array(z.enum(NOTIFICATION_CHANNELS)).max(NOTIFICATION_CHANNELS.length),
  weeklyDigest: z.boolean(),
  quietHours: z
    .object({ start: clockTime, end: clockTime, timeZone: z.literal(PROFILE_TIME_ZONE) })
    .nullable(),
});

/**
 * Everything matching and notifications need to keep their own read model of a veteran without
 * reading this service's database. By design it never holds the ID number or the phone number,
 * not even encrypted: those stay in the profiles database. `revision` grows with every change, so a
 * read model can ignore a snapshot older than the one it holds.
 */
export const veteranProfileSnapshotSchema = z.object({
  veteranId,
  revision: z.number().int().min(1),
  /** Surname and masked given name, e.g. 张**. */
  displayName: z.string().min(1).max(60),
  residence: residence.nullable(),
  serviceRecord: serviceRecord.nullable(),
  declaredSkills: z
    .array(z.object({ skillId: taxonomyId, level: z.number().int().min(1).max(5), verified: z.boolean() }))
    .max(100),
  /** Civilian skills read from the service record, trainings and certificates (taxonomy crosswalk). */
  derivedSkills: z.array(z.object({ skillId: taxonomyId, strength, from: z.array(provenance).min(1) })),
  derivedOccupations: z.array(
    z.object({ occupationId: taxonomyId, strength, from: z.array(provenance).min(1) }),
  ),
  seniorityBand: z.enum(SENIORITY_BANDS),
  certificateIds: z.array(taxonomyId).max(50),
  trainingIds: z.array(taxonomyId).max(50),
  education: z
    .object({ level: z.enum(JOB_EDUCATION_LEVELS), major: z.string().max(100).nullable() })
    .nullable(),
  desiredOccupationIds: z.array(taxonomyId).max(20),
  /**
   * What the veteran typed as a specialty or post, a desired occupation or a course, and the taxonomy
   * does not know: kept as typed, so that matching still reads it in a job's text.
   */
  typedTerms: z
    .array(z.object({ source: z.enum(TYPED_TERM_SOURCES), text: z.string().min(1).max(60) }))
    .max(80)
    .optional(),
  preferredCityIds: z.array(taxonomyId).max(20),
  radiusKm: z.number().int().min(1).max(1000).nullable(),
  /** CNY per month. */
  minimumMonthlySalary: cnyField.nullable(),
  employmentTypes: z.array(z.enum(JOB_EMPLOYMENT_TYPES)),
  jobSeekingStatus: z.enum(JOB_SEEKING_STATUSES),
  notificationPreferences: notificationPreferencesSchema,
  /** 0-100, see GET /profiles/me/completeness for what is missing. */
  completeness: z.number().int().min(0).max(100),
  updatedAt: instant,
});

export type VeteranProfileSnapshot = z.infer<typeof veteranProfileSnapshotSchema>;

/** The snapshot fields an update can change (everything but identity and bookkeeping). */
export const PROFILE_SNAPSHOT_FIELDS = Object.keys(veteranProfileSnapshotSchema.shape).filter(
  (field) => !['veteranId', 'revision', 'updatedAt'].includes(field),
) as ProfileSnapshotField[];
export type ProfileSnapshotField = Exclude<
  keyof VeteranProfileSnapshot,
  'veteranId' | 'revision' | 'updatedAt'
>;

export const profileCreated = defineEvent({
  type: 'profiles.profile-created',
  version: 1,
  topic: TOPICS.veteranProfiles,
  description:
    'A veteran created their profile. Carries the matching snapshot (never the ID number or phone).',
  payload: veteranProfileSnapshotSchema,
  keyOf: (payload) => payload.veteranId,
});

export const profileUpdated = defineEvent({
  type: 'profiles.profile-updated',
  version: 1,
  topic: TOPICS.veteranProfiles,
  description:
    'A profile changed in a way its snapshot shows (changes to the ID number or phone alone emit nothing). ' +
    'Carries the whole new snapshot and which of its fields changed.',
  payload: veteranProfileSnapshotSchema.extend({
    changedFields: z
      .array(z.enum(PROFILE_SNAPSHOT_FIELDS as [ProfileSnapshotField, ...ProfileSnapshotField[]]))
      .min(1),
  }),
  keyOf: (payload) => payload.veteranId,
});

export const jobSeekingStatusChanged = defineEvent({
  type: 'profiles.job-seeking-status-changed',
  version: 1,
  topic: TOPICS.veteranProfiles,
  description:
    'A veteran started or stopped looking for work (also announced, with the rest of the snapshot, by profile-updated).',
  payload: z.object({
    veteranId,
    revision: z.number().int().min(1),
    previousStatus: z.enum(JOB_SEEKING_STATUSES),
    status: z.enum(JOB_SEEKING_STATUSES),
    changedAt: instant,
  }),
  keyOf: (payload) => payload.veteranId,
});

export const veteranErased = defineEvent({
  type: 'profiles.veteran-erased',
  version: 1,
  topic: TOPICS.veteranProfiles,
  description:
    'A veteran had their account and profile erased (their right under PIPL): every service forgets them, read models, ' +
    'search indexes, inboxes and ledgers included, keeping at most anonymous counts. The last event of its key.',
  payload: z.object({ veteranId, revision: z.number().int().min(1), erasedAt: instant }),
  keyOf: (payload) => payload.veteranId,
});

export const PROFILE_EVENTS: readonly EventDefinition[] = [
  profileCreated,
  profileUpdated,
  jobSeekingStatusChanged,
  veteranErased,
];
