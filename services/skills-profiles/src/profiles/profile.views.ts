import {
  JOB_EDUCATION_LEVELS,
  JOB_EMPLOYMENT_TYPES,
  JOB_SEEKING_STATUSES,
  NOTIFICATION_CHANNELS,
  PROFILE_TIME_ZONE,
} from '@vetlink/contracts';
import { createZodDto } from '@vetlink/http';
import { maskMobileNumber, maskResidentIdNumber } from '@vetlink/persistence';
import {
  assessCompleteness,
  CourseCompletion,
  maskedDisplayName,
  NotificationPreferences,
  VerificationSource,
  VeteranProfile,
} from '@vetlink/profiles';
import { BRANCHES } from '@vetlink/taxonomy';
import { z } from 'zod';

// Response shapes: documented in OpenAPI, and the mappers below must produce them (checked by the compiler).
const instant = z.iso.datetime();

const serviceRecordView = z.object({
  branch: z.enum(BRANCHES),
  specialtyIds: z.array(z.string()),
  /** Typed, unknown to the taxonomy, kept as typed. */
  specialtyTexts: z.array(z.string()),
  rankId: z.string().nullable(),
  roleIds: z.array(z.string()),
  yearsServed: z.number(),
  dischargeDate: z.iso.date(),
  awards: z.array(z.string()),
});

const educationView = z.object({
  level: z.enum(JOB_EDUCATION_LEVELS),
  major: z.string().nullable(),
  institution: z.string().nullable(),
  graduationYear: z.number().int().nullable(),
});

const preferencesView = z.object({
  desiredOccupationIds: z.array(z.string()),
  /** Typed, unknown to the taxonomy, kept as typed. */
  desiredOccupationTexts: z.array(z.string()),
  preferredCityIds: z.array(z.string()),
  radiusKm: z.number().int().nullable(),
  minimumMonthlySalary: z.number().int().nullable(),
  employmentTypes: z.array(z.enum(JOB_EMPLOYMENT_TYPES)),
});

const notificationPreferencesView = z.object({
  channels: z.array(z.enum(NOTIFICATION_CHANNELS)),
  weeklyDigest: z.boolean(),
  quietHours: z
    .object({ start: z.string(), end: z.string(), timeZone: z.literal(PROFILE_TIME_ZONE) })
    .nullable(),
});

const courseRefFields = {
  courseId: z.string(),
  runId: z.string(),
  enrolmentId: z.string(),
  courseTitle: z.string(),
};

const verificationSourceView = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('officer') }),
    z.object({ kind: z.literal('course'), ...courseRefFields }),
  ])
  .meta({
    description:
      "What vouches for the skill: an officer's own check, or a course of the bureau the veteran completed.",
  });

const verificationView = z
  .object({ verifiedBy: z.string(), verifiedAt: instant, source: verificationSourceView })
  .meta({
    description:
      'Who verified the skill, when, and on what (`verified`, `verifiedBy` and `verifiedAt` beside it say ' +
      'the same, for older clients).',
  });

/** For employers and mentors: what vouches for a skill, without the officers' ids. */
const maskedVerificationView = z.object({ verifiedAt: instant, source: verificationSourceView });

const earnedCertificateView = z
  .object({
    certificateId: z.string(),
    ...courseRefFields,
    certifiedAt: instant,
  })
  .meta({ description: 'A certificate the profile holds because a course of the bureau awarded it.' });

const courseCompletionView = z
  .object({
    ...courseRefFields,
    trainingId: z.string().nullable(),
    skillIds: z.array(z.string()),
    certificateIds: z.array(z.string()),
    attendancePercent: z.number().int(),
    recordedBy: z.string(),
    completedAt: instant,
  })
  .meta({
    description:
      'A course of the bureau the veteran completed, as recorded (`trainings.course-completed`): what it taught ' +
      'and certified, verified by the bureau. Kept as provenance even when those are edited away.',
  });

export const fullProfileViewSchema = z
  .object({
    view: z.literal('full'),
    veteranId: z.string(),
    revision: z.number().int(),
    identity: z.object({ fullName: z.string(), idNumber: z.string(), phone: z.string() }),
    residence: z
      .object({
        cityId: z.string(),
        districtId: z.string().nullable(),
        lat: z.number().nullable(),
        lng: z.number().nullable(),
      })
      .nullable(),
    serviceRecord: serviceRecordView.nullable(),
    skills: z.array(
      z.object({
        skillId: z.string(),
        level: z.number().int(),
        verified: z.boolean(),
        verifiedBy: z.string().nullable(),
        verifiedAt: instant.nullable(),
        verification: verificationView.nullable(),
      }),
    ),
    certificateIds: z.array(z.string()),
    earnedCertificates: z.array(earnedCertificateView),
    trainingIds: z.array(z.string()),
    trainingTexts: z.array(z.string()),
    courseCompletions: z.array(courseCompletionView),
    education: educationView.nullable(),
    preferences: preferencesView,
    jobSeekingStatus: z.enum(JOB_SEEKING_STATUSES),
    notificationPreferences: notificationPreferencesView,
    createdAt: instant,
    updatedAt: instant,
  })
  .meta({ description: 'For the veteran themself and officers: everything, unmasked.' });

export const officerProfileViewSchema = fullProfileViewSchema
  .extend({
    view: z.literal('officer'),
    identity: z.object({
      fullName: z.string(),
      idNumberMasked: z.string().meta({ example: '3201**********1234' }),
      phoneMasked: z.string().meta({ example: '139****5678' }),
    }),
  })
  .meta({
    description:
      'For officers: everything but the ID number and phone, which are masked; reading them in clear is ' +
      '`POST /profiles/{veteranId}/identity-disclosures`, with a reason, and the veteran can see it.',
  });

export const maskedProfileViewSchema = z
  .object({
    view: z.literal('masked'),
    veteranId: z.string(),
    identity: z.object({
      displayName: z.string().meta({ example: '张**' }),
      idNumberMasked: z.string().meta({ example: '3201**********1234' }),
      phoneMasked: z.string().meta({ example: '138****5678' }),
    }),
    residence: z.object({ cityId: z.string(), districtId: z.string().nullable() }).nullable(),
    serviceRecord: serviceRecordView.nullable(),
    skills: z.array(
      z.object({
        skillId: z.string(),
        level: z.number().int(),
        verified: z.boolean(),
        verification: maskedVerificationView.nullable(),
      }),
    ),
    certificateIds: z.array(z.string()),
    earnedCertificates: z.array(earnedCertificateView),
    trainingIds: z.array(z.string()),
    trainingTexts: z.array(z.string()),
    education: educationView.nullable(),
    preferences: preferencesView,
    jobSeekingStatus: z.enum(JOB_SEEKING_STATUSES),
    updatedAt: instant,
  })
  .meta({
    description:
      'For employers and mentors: masked identity, no contact, home location only to the district.',
  });

export const profileSummarySchema = z
  .object({
    veteranId: z.string(),
    fullName: z.string(),
    cityId: z.string().nullable(),
    districtId: z.string().nullable(),
    branch: z.enum(BRANCHES).nullable(),
    jobSeekingStatus: z.enum(JOB_SEEKING_STATUSES),
    completeness: z.number().int(),
    createdAt: instant,
    updatedAt: instant,
  })
  .meta({ id: 'ProfileSummary' });

export type FullProfileView = z.infer<typeof fullProfileViewSchema>;
export type MaskedProfileView = z.infer<typeof maskedProfileViewSchema>;
export type OfficerProfileView = z.infer<typeof officerProfileViewSchema>;
export type ProfileSummary = z.infer<typeof profileSummarySchema>;

export class FullProfileDto extends createZodDto(fullProfileViewSchema) {}
export class MaskedProfileDto extends createZodDto(maskedProfileViewSchema) {}
export class OfficerProfileDto extends createZodDto(officerProfileViewSchema) {}
export class ProfilePageDto extends createZodDto(
  z.object({ items: z.array(profileSummarySchema), nextCursor: z.string().optional() }),
) {}

export function toFullProfileView(profile: VeteranProfile): FullProfileView {
  return {
    view: 'full',
    veteranId: profile.veteranId,
    revision: profile.revision,
    identity: {
      fullName: profile.identity.fullName,
      idNumber: profile.identity.idNumber,
      phone: profile.identity.phone,
    },
    residence: profile.residence,
    serviceRecord: serviceRecordOf(profile),
    skills: profile.skills.map((skill) => ({
      skillId: skill.skillId,
      level: skill.level,
      verified: skill.verification !== null,
      verifiedBy: skill.verification?.verifiedBy ?? null,
      verifiedAt: skill.verification?.verifiedAt.toISOString() ?? null,
      verification: skill.verification && {
        verifiedBy: skill.verification.verifiedBy,
        verifiedAt: skill.verification.verifiedAt.toISOString(),
        source: toVerificationSourceView(skill.verification.source),
      },
    })),
    certificateIds: profile.certificateIds,
    earnedCertificates: toEarnedCertificates(profile),
    trainingIds: profile.trainingIds,
    trainingTexts: profile.trainingTexts ?? [],
    courseCompletions: profile.courseCompletions.map(toCourseCompletionView),
    education: profile.education,
    preferences: {
      ...profile.preferences,
      desiredOccupationTexts: profile.preferences.desiredOccupationTexts ?? [],
    },
    jobSeekingStatus: profile.jobSeekingStatus,
    notificationPreferences: withTimeZone(profile.notificationPreferences),
    createdAt: profile.createdAt.toISOString(),
    updatedAt: profile.updatedAt.toISOString(),
  };
}

function serviceRecordOf(profile: VeteranProfile): z.infer<typeof serviceRecordView> | null {
  const record = profile.serviceRecord;
  return record && { ...record, specialtyTexts: record.specialtyTexts ?? [] };
}

export function toOfficerProfileView(profile: VeteranProfile): OfficerProfileView {
  const { identity } = profile;
  return {
    ...toFullProfileView(profile),
    view: 'officer',
    identity: {
      fullName: identity.fullName,
      idNumberMasked: maskResidentIdNumber(identity.idNumber),
      phoneMasked: maskMobileNumber(identity.phone),
    },
  };
}

export function toMaskedProfileView(profile: VeteranProfile): MaskedProfileView {
  return {
    view: 'masked',
    veteranId: profile.veteranId,
    identity: {
      displayName: maskedDisplayName(profile.identity.fullName),
      idNumberMasked: maskResidentIdNumber(profile.identity.idNumber),
      phoneMasked: maskMobileNumber(profile.identity.phone),
    },
    residence: profile.residence && {
      cityId: profile.residence.cityId,
      districtId: profile.residence.districtId,
    },
    serviceRecord: serviceRecordOf(profile),
    skills: profile.skills.map((skill) => ({
      skillId: skill.skillId,
      level: skill.level,
      verified: skill.verification !== null,
      verification: skill.verification && {
        verifiedAt: skill.verification.verifiedAt.toISOString(),
        source: toVerificationSourceView(skill.verification.source),
      },
    })),
    certificateIds: profile.certificateIds,
    earnedCertificates: toEarnedCertificates(profile),
    trainingIds: profile.trainingIds,
    trainingTexts: profile.trainingTexts ?? [],
    education: profile.education,
    preferences: {
      ...profile.preferences,
      desiredOccupationTexts: profile.preferences.desiredOccupationTexts ?? [],
    },
    jobSeekingStatus: profile.jobSeekingStatus,
    updatedAt: profile.updatedAt.toISOString(),
  };
}

/** A line of an officer's list: enough to pick a veteran, none of the personal numbers. */
export function toProfileSummary(profile: VeteranProfile): ProfileSummary {
  return {
    veteranId: profile.veteranId,
    fullName: profile.identity.fullName,
    cityId: profile.residence?.cityId ?? null,
    districtId: profile.residence?.districtId ?? null,
    branch: profile.serviceRecord?.branch ?? null,
    jobSeekingStatus: profile.jobSeekingStatus,
    completeness: assessCompleteness(profile).score,
    createdAt: profile.createdAt.toISOString(),
    updatedAt: profile.updatedAt.toISOString(),
  };
}

function toVerificationSourceView(source: VerificationSource): VerificationSource {
  if (source.kind === 'officer') return { kind: 'officer' };
  const { kind, courseId, runId, enrolmentId, courseTitle } = source;
  return { kind, courseId, runId, enrolmentId, courseTitle };
}

/**
 * "Certified by course X on day Y": each certificate the profile still holds that a completed course
 * awarded, by the first course that did.
 */
function toEarnedCertificates(profile: VeteranProfile): FullProfileView['earnedCertificates'] {
  return profile.certificateIds.flatMap((certificateId) => {
    const course = profile.courseCompletions.find((completion) =>
      completion.certificateIds.includes(certificateId),
    );
    if (!course) return [];
    const { courseId, runId, enrolmentId, courseTitle, completedAt } = course;
    return [
      { certificateId, courseId, runId, enrolmentId, courseTitle, certifiedAt: completedAt.toISOString() },
    ];
  });
}

function toCourseCompletionView(completion: CourseCompletion): FullProfileView['courseCompletions'][number] {
  return { ...completion, completedAt: completion.completedAt.toISOString() };
}

function withTimeZone(preferences: NotificationPreferences): FullProfileView['notificationPreferences'] {
  return {
    channels: preferences.channels,
    weeklyDigest: preferences.weeklyDigest,
    quietHours: preferences.quietHours && { ...preferences.quietHours, timeZone: PROFILE_TIME_ZONE },
  };
}
