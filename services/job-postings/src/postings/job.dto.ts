import { JOB_EDUCATION_LEVELS, JOB_EMPLOYMENT_TYPES, JOB_STATUSES } from '@vetlink/contracts';
import { booleanText, createZodDto, freeText, pagingFields, PUBLIC_TEXT_REFUSES } from '@vetlink/http';
import { getDistrict, isKnownDistrictId, isKnownOccupationId, isKnownSkillId } from '@vetlink/taxonomy';
import { z } from 'zod';
import { cityIdField, knownTaxonomyId } from '../shared/taxonomy-fields';
import { detailProblems } from './domain/job-changes';
import { inferOccupation, resolveCertificates, resolveSkills, type TermReport } from './domain/typed-terms';

const DAY_MS = 24 * 3600_000;
const MAX_DEADLINE_AHEAD_MS = 366 * DAY_MS;

/** Jiangsu's extent with a small margin: a point outside it is a swapped or mistyped pair. */
const JIANGSU = { lat: { min: 30.5, max: 35.3 }, lng: { min: 116.2, max: 122 } };

function unique<Item>(keyOf: (item: Item) => string, what: string) {
  return (items: Item[], context: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const key = keyOf(item);
      if (seen.has(key))
        context.addIssue({ code: 'custom', path: [index], message: `${what} ${key} is listed twice` });
      seen.add(key);
    });
  };
}

const skillRequirement = z.strictObject({
  skillId: knownTaxonomyId(isKnownSkillId, 'skill'),
  level: z.number().int().min(1).max(5),
});

const skillList = z
  .array(skillRequirement)
  .max(20)
  .superRefine(unique((skill) => skill.skillId, 'skill'));

/** Taxonomy ids or names as people write them ("A2驾驶证"); resolved (or kept as text) by typed-terms. */
const certificateList = z
  .array(freeText({ max: 60, refuse: PUBLIC_TEXT_REFUSES }))
  .max(10)
  .superRefine(unique((id) => id, 'certificate'));

/** Skills in the employer's own words ("牵引车驾驶", "门岗值守"), besides or instead of picked ones. */
const typedSkillList = z
  .array(freeText({ max: 40, refuse: PUBLIC_TEXT_REFUSES }))
  .max(20)
  .superRefine(unique((text) => text, 'skill'));

const latitude = z
  .number()
  .min(JIANGSU.lat.min, 'must lie in Jiangsu (latitude 30.5 to 35.3)')
  .max(JIANGSU.lat.max, 'must lie in Jiangsu (latitude 30.5 to 35.3)');
const longitude = z
  .number()
  .min(JIANGSU.lng.min, 'must lie in Jiangsu (longitude 116.2 to 122)')
  .max(JIANGSU.lng.max, 'must lie in Jiangsu (longitude 116.2 to 122)');

/** Coordinates may be left out: the district's centre stands in, close enough for distance scoring. */
const locationField = z
  .strictObject({
    cityId: cityIdField,
    districtId: knownTaxonomyId(isKnownDistrictId, 'district'),
    address: freeText({ max: 200, refuse: PUBLIC_TEXT_REFUSES }),
    lat: latitude.optional(),
    lng: longitude.optional(),
  })
  .superRefine((location, context) => {
    const district = getDistrict(location.districtId);
    if (district && district.cityId !== location.cityId) {
      context.addIssue({
        code: 'custom',
        path: ['districtId'],
        message: `district ${location.districtId} is not in ${location.cityId}`,
      });
    }
    if ((location.lat === undefined) !== (location.lng === undefined)) {
      context.addIssue({
        code: 'custom',
        path: [location.lat === undefined ? 'lat' : 'lng'],
        message: 'give both lat and lng, or neither',
      });
    }
  })
  .transform((location) => {
    const district = getDistrict(location.districtId);
    return { ...location, lat: location.lat ?? district?.lat ?? 0, lng: location.lng ?? district?.lng ?? 0 };
  });

/** Monthly pay in CNY, whole yuan. */
const salaryField = z
  .strictObject({
    min: z.number().int().min(500).max(300_000),
    max: z.number().int().min(500).max(300_000),
  })
  .refine((salary) => salary.min <= salary.max, { path: ['min'], message: 'must not exceed salary.max' });

const deadlineField = z.iso
  .datetime({ offset: true })
  .transform((text) => new Date(text))
  .refine((deadline) => deadline.getTime() > Date.now(), 'must be in the future')
  .refine(
    (deadline) => deadline.getTime() <= Date.now() + MAX_DEADLINE_AHEAD_MS,
    'must be within a year from now',
  );

const benefitList = z
  .array(freeText({ max: 30, refuse: PUBLIC_TEXT_REFUSES }))
  .max(20)
  .superRefine(unique((benefit) => benefit, 'benefit'));

/** Each field of a job's details, as an employer may send it. */
const detailFields = {
  title: freeText({ max: 80, refuse: PUBLIC_TEXT_REFUSES }),
  // Published to every veteran: contact details go in the employer's contact fields, never here.
  description: freeText({ max: 5000, multiline: true, refuse: PUBLIC_TEXT_REFUSES }),
  occupationId: knownTaxonomyId(isKnownOccupationId, 'occupation'),
  requiredSkills: skillList,
  skills: typedSkillList,
  preferredSkills: skillList,
  requiredCertificates: certificateList,
  education: z.enum(JOB_EDUCATION_LEVELS),
  experienceYears: z.number().int().min(0).max(40),
  location: locationField,
  salary: salaryField,
  employmentType: z.enum(JOB_EMPLOYMENT_TYPES),
  headcount: z.number().int().min(1).max(1000),
  benefits: benefitList,
  veteransOnly: z.boolean(),
  veteranPriority: z.boolean(),
  deadline: deadlineField,
};

export const createJobSchema = z
  .strictObject({
    ...detailFields,
    occupationId: detailFields.occupationId.optional(),
    skills: detailFields.skills.default([]),
    requiredSkills: detailFields.requiredSkills.default([]),
    preferredSkills: detailFields.preferredSkills.default([]),
    requiredCertificates: detailFields.requiredCertificates.default([]),
    education: detailFields.education.default('none'),
    experienceYears: detailFields.experienceYears.default(0),
    benefits: detailFields.benefits.default([]),
    veteransOnly: detailFields.veteransOnly.default(false),
    veteranPriority: detailFields.veteranPriority.default(false),
  })
  .superRefine((details, context) => {
    for (const problem of detailProblems(details)) {
      context.addIssue({ code: 'custom', path: problem.field.split('.'), message: problem.message });
    }
  })
  .transform((details, context) => {
    const termResolution: TermReport = { resolved: [], kept: [] };
    const { skills, ...rest } = details;
    const typed = resolveSkills(skills, [...rest.requiredSkills, ...rest.preferredSkills], termResolution);
    const requiredSkills = [...rest.requiredSkills, ...typed.requirements];
    const requiredCertificates = resolveCertificates(rest.requiredCertificates, termResolution);
    const occupationId =
      rest.occupationId ??
      inferOccupation(rest.title, requiredSkills, termResolution, [...typed.skillTexts, rest.description]);
    if (!occupationId) {
      context.addIssue({
        code: 'custom',
        path: ['occupationId'],
        message: 'pick an occupation: neither the title nor the skills say which one this job is',
      });
      return z.NEVER;
    }
    return {
      ...rest,
      occupationId,
      requiredSkills,
      requiredCertificates,
      skillTexts: typed.skillTexts,
      termResolution,
    };
  });

/**
 * Any subset of the details; lists and nested objects are replaced whole. `skills` replaces the skills
 * typed before: those the taxonomy knows join the required skills (withTypedSkills).
 */
export const updateJobSchema = z
  .strictObject(detailFields)
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, 'name at least one field to change')
  .transform(({ requiredCertificates, ...changes }) => ({
    ...changes,
    requiredCertificates:
      requiredCertificates && resolveCertificates(requiredCertificates, { resolved: [], kept: [] }),
  }));

export type CreateJobCommand = z.output<typeof createJobSchema>;
export type UpdateJobCommand = z.output<typeof updateJobSchema>;

export class CreateJobBody extends createZodDto(createJobSchema) {}
export class UpdateJobBody extends createZodDto(updateJobSchema) {}

export const listJobsSchema = z.strictObject({
  status: z.enum(JOB_STATUSES).optional(),
  cityId: cityIdField.optional(),
  occupationId: knownTaxonomyId(isKnownOccupationId, 'occupation').optional(),
  employmentType: z.enum(JOB_EMPLOYMENT_TYPES).optional(),
  veteranPriority: booleanText.optional(),
  employerId: z
    .string()
    .regex(/^[\w.:-]{1,128}$/, 'must be an organisation id')
    .optional(),
  ...pagingFields,
});

export class ListJobsQuery extends createZodDto(listJobsSchema) {}
