import { z } from 'zod';
import { defineEvent, EventDefinition } from '../lib/define-event';
import { aggregateIdField, cnyField, instantField, taxonomyIdField } from '../lib/payload-fields';
import { TOPICS } from '../lib/topics';

/** The vocabularies below travel in payloads: adding a value is safe, renaming one is a new version. */
export const JOB_STATUSES = ['draft', 'open', 'paused', 'closed', 'filled'] as const;
export const JOB_CLOSE_REASONS = ['closed-by-employer', 'filled', 'deadline-passed'] as const;
export const JOB_EMPLOYMENT_TYPES = ['full-time', 'part-time', 'contract', 'internship', 'flexible'] as const;
/** The least schooling a position asks for, in the order of China's education system. */
export const JOB_EDUCATION_LEVELS = [
  'none',
  'junior-high',
  'senior-high',
  'vocational-secondary',
  'associate',
  'bachelor',
  'master',
  'doctorate',
] as const;
export const APPLICATION_STAGES = [
  'applied',
  'viewed',
  'interview',
  'offer',
  'hired',
  'rejected',
  'withdrawn',
] as const;
export const APPLICATION_ACTORS = ['employer', 'veteran', 'officer'] as const;

export type JobStatus = (typeof JOB_STATUSES)[number];
export type JobCloseReason = (typeof JOB_CLOSE_REASONS)[number];
export type JobEmploymentType = (typeof JOB_EMPLOYMENT_TYPES)[number];
export type JobEducationLevel = (typeof JOB_EDUCATION_LEVELS)[number];
export type ApplicationStage = (typeof APPLICATION_STAGES)[number];
export type ApplicationActor = (typeof APPLICATION_ACTORS)[number];

const aggregateId = aggregateIdField;
const taxonomyId = taxonomyIdField;
const instant = instantField;

const skillRequirement = z.object({ skillId: taxonomyId, level: z.number().int().min(1).max(5) });

const jobLocation = z.object({
  cityId: taxonomyId,
  districtId: taxonomyId,
  address: z.string().min(1).max(200),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});

/** Monthly pay in CNY. */
const monthlySalary = z
  .object({ min: cnyField, max: cnyField })
  .refine((salary) => salary.min <= salary.max, { message: 'min must not exceed max', path: ['min'] });

/**
 * Everything another service needs to keep its own read model of a job (matching indexes and scores
 * it, notifications quote it) without ever reading this service's database.
 */
const jobSnapshot = z.object({
  jobId: aggregateId,
  employerId: aggregateId,
  employerName: z.string().min(1).max(200),
  employerVerified: z.boolean(),
  title: z.string().min(1).max(120),
  description: z.string().min(1).max(10_000),
  occupationId: taxonomyId,
  requiredSkills: z.array(skillRequirement).max(50),
  preferredSkills: z.array(skillRequirement).max(50),
  requiredCertificates: z.array(taxonomyId).max(30),
  /**
   * Skills the employer typed that the taxonomy does not know, as written: matching reads them as the
   * job's words (text relevance, text candidates). Added in place: absent in events made before it.
   */
  skillTexts: z.array(z.string().min(1).max(60)).max(50).optional(),
  education: z.enum(JOB_EDUCATION_LEVELS),
  experienceYears: z.number().int().min(0).max(60),
  location: jobLocation,
  salary: monthlySalary,
  employmentType: z.enum(JOB_EMPLOYMENT_TYPES),
  headcount: z.number().int().min(1).max(10_000),
  benefits: z.array(z.string().min(1).max(60)).max(30),
  veteransOnly: z.boolean(),
  veteranPriority: z.boolean(),
  deadline: instant,
  status: z.enum(JOB_STATUSES),
  postedAt: instant,
  updatedAt: instant,
});

/**
 * The fields a match depends on: a change to any of them is a material change (`materialChange` in
 * jobs.job-updated, a new fingerprint in matching), after which matches are recomputed and a job may be
 * pushed again. The description, benefits, headcount and deadline do not move a match.
 */
export const JOB_MATERIAL_FIELDS = [
  'title',
  'occupationId',
  'requiredSkills',
  'preferredSkills',
  'requiredCertificates',
  'skillTexts',
  'location',
  'salary',
  'employmentType',
  'veteransOnly',
  'veteranPriority',
] as const satisfies readonly (keyof z.infer<typeof jobSnapshot>)[];

export type JobMaterialField = (typeof JOB_MATERIAL_FIELDS)[number];

export const jobPosted = defineEvent({
  type: 'jobs.job-posted',
  version: 1,
  topic: TOPICS.jobPostings,
  description: 'An employer published a job: it is open for applications. Carries the full job snapshot.',
  payload: jobSnapshot.extend({ status: z.literal('open') }),
  keyOf: (payload) => payload.jobId,
});

export const jobUpdated = defineEvent({
  type: 'jobs.job-updated',
  version: 1,
  topic: TOPICS.jobPostings,
  description:
    'A published job changed (its content, or paused / resumed). Carries the full snapshot after the change; ' +
    '`materialChange` is true when anything that affects matching changed (title, occupation, skills, ' +
    'certificates, location, salary, employment type, veteran flags).',
  payload: jobSnapshot.extend({ status: z.enum(['open', 'paused']), materialChange: z.boolean() }),
  keyOf: (payload) => payload.jobId,
});

export const jobClosed = defineEvent({
  type: 'jobs.job-closed',
  version: 1,
  topic: TOPICS.jobPostings,
  description:
    'A job stopped taking applications for good: closed by its employer, filled, or past its deadline.',
  payload: z.object({
    jobId: aggregateId,
    employerId: aggregateId,
    reason: z.enum(JOB_CLOSE_REASONS),
    closedAt: instant,
    /** Where the job was (for the bureau's figures by place); absent in events sent before it was added. */
    cityId: taxonomyId.optional(),
    districtId: taxonomyId.optional(),
  }),
  keyOf: (payload) => payload.jobId,
});

export const applicationSubmitted = defineEvent({
  type: 'jobs.application-submitted',
  version: 1,
  topic: TOPICS.jobApplications,
  description: 'A veteran applied to an open job.',
  payload: z.object({
    applicationId: aggregateId,
    jobId: aggregateId,
    employerId: aggregateId,
    veteranId: aggregateId,
    jobTitle: z.string().min(1).max(120),
    submittedAt: instant,
    /** The job's place (for the bureau's figures by place); absent in events sent before it was added. */
    cityId: taxonomyId.optional(),
    districtId: taxonomyId.optional(),
  }),
  keyOf: (payload) => payload.applicationId,
});

export const applicationStageChanged = defineEvent({
  type: 'jobs.application-stage-changed',
  version: 1,
  topic: TOPICS.jobApplications,
  description: 'An application moved to another stage (by the employer, or withdrawn by the veteran).',
  payload: z.object({
    applicationId: aggregateId,
    jobId: aggregateId,
    employerId: aggregateId,
    veteranId: aggregateId,
    from: z.enum(APPLICATION_STAGES),
    to: z.enum(APPLICATION_STAGES),
    changedBy: z.enum(APPLICATION_ACTORS),
    changedAt: instant,
  }),
  keyOf: (payload) => payload.applicationId,
});

export const veteranHired = defineEvent({
  type: 'jobs.veteran-hired',
  version: 1,
  topic: TOPICS.jobApplications,
  description: 'An employment outcome: a veteran was hired through an application (the bureau counts these).',
  payload: z.object({
    applicationId: aggregateId,
    jobId: aggregateId,
    employerId: aggregateId,
    employerName: z.string().min(1).max(200),
    veteranId: aggregateId,
    jobTitle: z.string().min(1).max(120),
    occupationId: taxonomyId,
    employmentType: z.enum(JOB_EMPLOYMENT_TYPES),
    cityId: taxonomyId,
    districtId: taxonomyId,
    salary: monthlySalary,
    veteransOnly: z.boolean(),
    veteranPriority: z.boolean(),
    hiredAt: instant,
    /** When the job was published (time from posting to hire); absent in events sent before it was added. */
    jobPostedAt: instant.optional(),
  }),
  keyOf: (payload) => payload.applicationId,
});

/** What the bureau's figures need of an organisation: never its contact person or phone. */
const employerRef = {
  organisationId: aggregateId,
  name: z.string().min(1).max(200),
  industry: z.string().min(1).max(64),
  cityId: taxonomyId,
};

export const employerRegistered = defineEvent({
  type: 'jobs.employer-registered',
  version: 1,
  topic: TOPICS.employers,
  description:
    'An organisation registered itself to post jobs (its staff, with the unified social credit code); its jobs go live once the bureau verifies it. Keyed by the organisation.',
  payload: z.object({ ...employerRef, registeredAt: instant }),
  keyOf: (payload) => payload.organisationId,
});

export const employerVerified = defineEvent({
  type: 'jobs.employer-verified',
  version: 1,
  topic: TOPICS.employers,
  description:
    'A bureau officer verified a registered organisation, once: its eventId is derived from the organisation (one name-based id however often it is published). Keyed by the organisation.',
  payload: z.object({ ...employerRef, verifiedBy: aggregateId, verifiedAt: instant }),
  keyOf: (payload) => payload.organisationId,
});

export const JOB_EVENTS: readonly EventDefinition[] = [
  employerRegistered,
  employerVerified,
  jobPosted,
  jobUpdated,
  jobClosed,
  applicationSubmitted,
  applicationStageChanged,
  veteranHired,
];
