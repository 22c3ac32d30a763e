import { createZodDto } from '@vetlink/http';
import { z } from 'zod';
import { JOBS_SHOWN_BY_DEFAULT } from './domain/course-suggestions';

export class VeteranIdParams extends createZodDto(
  z.strictObject({ veteranId: z.string().min(1).max(128) }),
) {}

export class SkillGapsQuery extends createZodDto(
  z.strictObject({
    jobs: z.coerce
      .number()
      .int()
      .min(1)
      .max(100)
      .default(JOBS_SHOWN_BY_DEFAULT)
      .meta({ description: 'how many of each course’s unlocked jobs to list ("why this course"), 1–100' }),
  }),
) {}
