import { COURSE_MODES } from '@vetlink/contracts';
import { createZodDto, freeText, objectIdText, pagingFields } from '@vetlink/http';
import {
  isKnownCertificateId,
  isKnownCityId,
  isKnownSkillId,
  isKnownTrainingId,
  taxonomyIdField,
} from '@vetlink/taxonomy';
import { z } from 'zod';

/** Money in integer fen; a course costs at most 1,000,000 yuan. */
const fen = z.number().int().min(0).max(100_000_000);
const skillId = taxonomyIdField(isKnownSkillId, 'skill');
const certificateId = taxonomyIdField(isKnownCertificateId, 'certificate');
const cityId = taxonomyIdField(isKnownCityId, 'Jiangsu city');
const uniqueIds = (ids: string[]) => new Set(ids).size === ids.length;

export class PublishCourseBody extends createZodDto(
  z.strictObject({
    title: freeText({ max: 120 }),
    trainingId: taxonomyIdField(isKnownTrainingId, 'training').optional(),
    description: freeText({ max: 2000, multiline: true }).optional(),
    skillIds: z.array(skillId).max(30).refine(uniqueIds, 'must not repeat an id').default([]),
    certificateIds: z.array(certificateId).max(10).refine(uniqueIds, 'must not repeat an id').default([]),
    durationDays: z.number().int().min(1).max(365),
    costFen: fen,
    veteranSubsidyFen: fen.default(0),
    provider: freeText({ max: 120 }),
    /** The training provider whose staff (`training-provider` accounts scoped to it) keep the runs. */
    providerId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 letters, digits, _ or -')
      .optional(),
    cityId,
    venue: freeText({ max: 200 }).optional(),
    mode: z.enum(COURSE_MODES),
  }),
) {}

export class CoursesQuery extends createZodDto(
  z.strictObject({
    cityId: cityId.optional(),
    skillId: skillId.optional(),
    certificateId: certificateId.optional(),
    ...pagingFields,
  }),
) {}

export class CourseIdParams extends createZodDto(z.strictObject({ courseId: objectIdText })) {}

export class RunIdParams extends createZodDto(z.strictObject({ runId: objectIdText })) {}

const day = z.iso.date();
const instant = z.iso.datetime({ offset: true }).transform((text) => new Date(text));

export class PublishRunBody extends createZodDto(
  z.strictObject({
    startsOn: day,
    endsOn: day,
    capacity: z.number().int().min(1).max(10_000),
    enrolmentOpensAt: instant,
    enrolmentClosesAt: instant,
  }),
) {}
