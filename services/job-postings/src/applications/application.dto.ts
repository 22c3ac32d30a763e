import { APPLICATION_STAGES } from '@vetlink/contracts';
import { createZodDto } from '@vetlink/http';
import { z } from 'zod';
import { objectIdText } from '../shared/http-params';
import { pagingFields } from '@vetlink/http';
import { EMPLOYER_STAGES } from './domain/application-stages';

export class ApplyBody extends createZodDto(
  z.strictObject({ coverLetter: z.string().trim().min(1).max(2000).optional() }),
) {}

export class ChangeStageBody extends createZodDto(z.strictObject({ stage: z.enum(EMPLOYER_STAGES) })) {}

export class ListApplicationsQuery extends createZodDto(
  z.strictObject({
    jobId: objectIdText.optional(),
    stage: z.enum(APPLICATION_STAGES).optional(),
    ...pagingFields,
  }),
) {}

export class ApplicantsQuery extends createZodDto(
  z.strictObject({ stage: z.enum(APPLICATION_STAGES).optional(), ...pagingFields }),
) {}
