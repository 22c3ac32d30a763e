import {
  JOB_EDUCATION_LEVELS,
  JOB_EMPLOYMENT_TYPES,
  JOB_SEEKING_STATUSES,
  NOTIFICATION_CHANNELS,
} from '@vetlink/contracts';
import { shanghaiDay } from '@vetlink/clock';
import { createZodDto, freeText, pagingFields, PUBLIC_TEXT_REFUSES } from '@vetlink/http';
import {
  isMainlandMobileNumber,
  isValidResidentIdNumber,
  normaliseMobileNumber,
  normaliseResidentIdNumber,
} from '@vetlink/persistence';
import {
  BRANCHES,
  getDistrict,
  isKnownCertificateId,
  isKnownCityId,
  isKnownDistrictId,
  isKnownOccupationId,
  isKnownRankId,
  isKnownRoleId,
  isKnownSkillId,
  isKnownSpecialtyId,
  isKnownTrainingId,
} from '@vetlink/taxonomy';
import { PROFILE_LIST_LIMITS } from '@vetlink/profiles';
import { z } from 'zod';
import { knownTaxonomyId, knownTaxonomyIds, uniqueList } from '../shared/taxonomy-fields';
import {
  emptyTermReport,
  keptTexts,
  mergeIds,
  resolveTyped,
  resolveTypedCertificates,
} from './domain/typed-terms';

// Messages never quote an ID number or phone number: error bodies and logs must not carry them.
export const idNumberField = z
  .string()
  .max(40)
  .transform(normaliseResidentIdNumber)
  .refine(
    (idNumber) => isValidResidentIdNumber(idNumber),
    'must be an 18-character PRC resident ID number with a valid birth date and check character (GB 11643)',
  );

const phoneField = z
  .string()
  .max(30)
  .transform(normaliseMobileNumber)
  .refine(isMainlandMobileNumber, 'must be a mainland China mobile number (11 digits, starting 13 to 19)');

// The name is stored in clear, so it must not become a place where numbers hide.
const fullNameField = z
  .string()
  .trim()
  .min(2)
  .max(40)
  .regex(/^[^\d]+$/, 'must not contain digits');
const optionalText = (max: number) => freeText({ max, refuse: PUBLIC_TEXT_REFUSES }).nullable().default(null);
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:mm (24-hour, Asia/Shanghai)');

const identitySchema = z.strictObject({
  fullName: fullNameField,
  idNumber: idNumberField,
  phone: phoneField,
});

const residenceSchema = z
  .strictObject({
    cityId: knownTaxonomyId(isKnownCityId, 'Jiangsu city'),
    districtId: knownTaxonomyId(isKnownDistrictId, 'district').nullable().default(null),
    lat: z.number().min(-90).max(90).nullable().default(null),
    lng: z.number().min(-180).max(180).nullable().default(null),
  })
  .superRefine((residence, context) => {
    if (residence.districtId && getDistrict(residence.districtId)?.cityId !== residence.cityId) {
      context.addIssue({
        code: 'custom',
        path: ['districtId'],
        message: `district "${residence.districtId}" is not in city "${residence.cityId}"`,
      });
    }
    if ((residence.lat === null) !== (residence.lng === null)) {
      context.addIssue({
        code: 'custom',
        path: [residence.lat === null ? 'lat' : 'lng'],
        message: 'give both lat and lng, or neither',
      });
    }
  });

const dischargeDateField = z.iso
  .date()
  .refine((date) => date <= shanghaiDay(new Date()), 'must not be in the future')
  .refine((date) => date >= '1950-01-01', 'must be 1950 or later');

/** Names as people say them ("汽车兵", "通信员", "班长"), read against the taxonomy at the edge. */
const typedTerms = (max: number) =>
  z
    .array(freeText({ max: 40, refuse: PUBLIC_TEXT_REFUSES }))
    .max(max)
    .default([]);

const serviceRecordSchema = z.strictObject({
  branch: z.enum(BRANCHES),
  specialtyIds: knownTaxonomyIds(isKnownSpecialtyId, 'military specialty', 10).default([]),
  /** Specialties and posts held, typed; a post ("班长") counts as a role. */
  specialties: typedTerms(10),
  rankId: knownTaxonomyId(isKnownRankId, 'rank').nullable().default(null),
  roleIds: knownTaxonomyIds(isKnownRoleId, 'leadership role', 10).default([]),
  yearsServed: z.number().min(0).max(45),
  dischargeDate: dischargeDateField,
  awards: z
    .array(freeText({ max: 100, refuse: PUBLIC_TEXT_REFUSES }))
    .max(20)
    .default([]),
});

const skillsSchema = z
  .array(
    z.strictObject({
      skillId: knownTaxonomyId(isKnownSkillId, 'skill'),
      level: z.number().int().min(1).max(5),
    }),
  )
  .max(PROFILE_LIST_LIMITS.skills)
  .refine(
    (skills) => new Set(skills.map((skill) => skill.skillId)).size === skills.length,
    'lists a skill more than once',
  );

const educationSchema = z.strictObject({
  level: z.enum(JOB_EDUCATION_LEVELS),
  major: optionalText(100),
  institution: optionalText(100),
  graduationYear: z
    .number()
    .int()
    .min(1950)
    .refine((year) => year <= new Date().getFullYear() + 6, 'is too far in the future')
    .nullable()
    .default(null),
});

const preferencesSchema = z.strictObject({
  desiredOccupationIds: knownTaxonomyIds(isKnownOccupationId, 'occupation', 10).default([]),
  desiredOccupations: typedTerms(10),
  preferredCityIds: knownTaxonomyIds(isKnownCityId, 'Jiangsu city', 13).default([]),
  radiusKm: z.number().int().min(1).max(500).nullable().default(null),
  minimumMonthlySalary: z.number().int().min(0).max(1_000_000).nullable().default(null),
  employmentTypes: uniqueList(
    z.enum(JOB_EMPLOYMENT_TYPES),
    'employment type',
    JOB_EMPLOYMENT_TYPES.length,
  ).default([]),
});

const quietHoursSchema = z
  .strictObject({ start: clockTime, end: clockTime })
  .refine((hours) => hours.start !== hours.end, { message: 'must differ from start', path: ['end'] });

const notificationPreferencesSchema = z.strictObject({
  channels: uniqueList(z.enum(NOTIFICATION_CHANNELS), 'channel', NOTIFICATION_CHANNELS.length),
  weeklyDigest: z.boolean(),
  quietHours: quietHoursSchema.nullable(),
});

const certificateIdsField = knownTaxonomyIds(
  isKnownCertificateId,
  'certificate',
  PROFILE_LIST_LIMITS.certificateIds,
);
const trainingIdsField = knownTaxonomyIds(isKnownTrainingId, 'training', PROFILE_LIST_LIMITS.trainingIds);
const jobSeekingStatusField = z.enum(JOB_SEEKING_STATUSES);

/**
 * What the veteran typed becomes ids where the taxonomy knows it (and the answer says how each term was
 * read); a certificate it does not know is kept as an id of its text, any other term as typed, beside
 * the ids of its section (a section written replaces its typed terms too).
 */
function resolveTypedProfile<
  Input extends {
    serviceRecord?: z.output<typeof serviceRecordSchema> | null;
    preferences?: z.output<typeof preferencesSchema>;
    certificateIds?: string[];
    certificates?: string[];
    trainingIds?: string[];
    trainings?: string[];
  },
>(input: Input) {
  const termResolution = emptyTermReport();
  const { certificates, trainings, ...rest } = input;
  const output: Record<string, unknown> = { ...rest };
  if (rest.serviceRecord) {
    const { specialties, ...record } = rest.serviceRecord;
    const found = resolveTyped(
      'serviceRecord.specialties',
      specialties,
      ['specialty', 'role'],
      termResolution,
    );
    output['serviceRecord'] = {
      ...record,
      specialtyIds: mergeIds(record.specialtyIds, found.get('specialty')),
      specialtyTexts: keptTexts(termResolution, 'serviceRecord.specialties'),
      roleIds: mergeIds(record.roleIds, found.get('role')),
    };
  }
  if (rest.preferences) {
    const { desiredOccupations, ...preferences } = rest.preferences;
    const found = resolveTyped(
      'preferences.desiredOccupations',
      desiredOccupations,
      ['occupation'],
      termResolution,
    );
    output['preferences'] = {
      ...preferences,
      desiredOccupationIds: mergeIds(preferences.desiredOccupationIds, found.get('occupation')),
      desiredOccupationTexts: keptTexts(termResolution, 'preferences.desiredOccupations'),
    };
  }
  if (certificates !== undefined) {
    output['certificateIds'] = mergeIds(
      rest.certificateIds ?? [],
      resolveTypedCertificates(certificates, termResolution),
    );
  }
  if (trainings !== undefined || rest.trainingIds !== undefined) {
    const found = resolveTyped('trainings', trainings ?? [], ['training'], termResolution);
    output['trainingIds'] = mergeIds(rest.trainingIds ?? [], found.get('training'));
    output['trainingTexts'] = keptTexts(termResolution, 'trainings');
  }
  return { ...(output as Omit<Input, 'certificates' | 'trainings'>), termResolution };
}

/** PUT: the whole profile; sections left out are emptied, except status and notifications, which are kept. */
export const saveProfileSchema = z
  .strictObject({
    identity: identitySchema,
    residence: residenceSchema.nullable().default(null),
    serviceRecord: serviceRecordSchema.nullable().default(null),
    skills: skillsSchema.default([]),
    certificateIds: certificateIdsField.default([]),
    /** Certificates held, typed ("A2驾驶证", "叉车证"). */
    certificates: typedTerms(30),
    trainingIds: trainingIdsField.default([]),
    /** Courses taken, typed. */
    trainings: typedTerms(30),
    education: educationSchema.nullable().default(null),
    preferences: preferencesSchema.prefault({}),
    jobSeekingStatus: jobSeekingStatusField.optional(),
    notificationPreferences: notificationPreferencesSchema.optional(),
  })
  .transform(resolveTypedProfile);

/** PATCH: the sections given replace the stored ones (identity field by field); null empties a section. */
export const patchProfileSchema = z
  .strictObject({
    identity: identitySchema.partial().optional(),
    residence: residenceSchema.nullable().optional(),
    serviceRecord: serviceRecordSchema.nullable().optional(),
    skills: skillsSchema.optional(),
    certificateIds: certificateIdsField.optional(),
    trainingIds: trainingIdsField.optional(),
    education: educationSchema.nullable().optional(),
    preferences: preferencesSchema.optional(),
    jobSeekingStatus: jobSeekingStatusField.optional(),
    notificationPreferences: notificationPreferencesSchema.optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'name at least one section to change')
  .transform(resolveTypedProfile);

export class SaveProfileBody extends createZodDto(saveProfileSchema) {}
export class PatchProfileBody extends createZodDto(patchProfileSchema) {}

export class JobSeekingStatusBody extends createZodDto(z.strictObject({ status: jobSeekingStatusField })) {}

export class NotificationPreferencesBody extends createZodDto(
  notificationPreferencesSchema
    .partial()
    .refine((changes) => Object.keys(changes).length > 0, 'name at least one setting to change'),
) {}

export class SkillVerificationBody extends createZodDto(z.strictObject({ verified: z.boolean() })) {}

export const veteranIdField = z.string().regex(/^[\w.:-]{1,128}$/, 'must be a user id, or "me"');

export class VeteranIdParams extends createZodDto(z.strictObject({ veteranId: veteranIdField })) {}

export class SkillVerificationParams extends createZodDto(
  z.strictObject({ veteranId: veteranIdField, skillId: knownTaxonomyId(isKnownSkillId, 'skill') }),
) {}

export class ListProfilesQuery extends createZodDto(
  z.strictObject({
    cityId: knownTaxonomyId(isKnownCityId, 'Jiangsu city').optional(),
    districtId: knownTaxonomyId(isKnownDistrictId, 'district').optional(),
    jobSeekingStatus: jobSeekingStatusField.optional(),
    specialtyId: knownTaxonomyId(isKnownSpecialtyId, 'military specialty').optional(),
    skillId: knownTaxonomyId(isKnownSkillId, 'skill').optional(),
    certificateId: knownTaxonomyId(isKnownCertificateId, 'certificate').optional(),
    trainingId: knownTaxonomyId(isKnownTrainingId, 'training').optional(),
    desiredOccupationId: knownTaxonomyId(isKnownOccupationId, 'occupation').optional(),
    ...pagingFields,
  }),
) {}
