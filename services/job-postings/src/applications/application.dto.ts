import { APPLICATION_STAGES } from '@vetlink/contracts';
import { createZodDto, freeText, pagingFields } from '@vetlink/http';
import { z } from 'zod';
import { objectIdText } from '../shared/http-params';
import { EMPLOYER_STAGES } from './domain/application-stages';

export class ApplyBody extends createZodDto(
  z.strictObject({ coverLetter: freeText({ max: 2000, multiline: true, refuse: ['id-number'] }).optional() }),
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
