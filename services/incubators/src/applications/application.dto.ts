import { createZodDto, freeText, objectIdText } from '@vetlink/http';
import { INDUSTRIES } from '@vetlink/taxonomy';
import { z } from 'zod';
import { SPACE_TYPES } from '../bases/domain/base';
import { MAX_SCORE, MIN_SCORE } from '../bases/domain/programme';
import { MILESTONE_STATUSES, REVENUE_BANDS, STAGES } from './domain/application';
import { creditCodeProblem } from './domain/credit-code';

const MAX_FEN = 1_000_000_000_000;
const fen = z.number().int('must be a whole number of fen (1 CNY = 100 fen)').min(0).max(MAX_FEN);
const userId = z.string().trim().min(1).max(128);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a calendar day written YYYY-MM-DD');

const creditCode = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine((code, context) => {
    const problem = creditCodeProblem(code);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

const ventureFields = {
  ventureName: freeText({ max: 120 }),
  summary: freeText({ max: 4000, multiline: true }),
  industry: z.enum(INDUSTRIES),
  stage: z.enum(STAGES),
  registration: z.discriminatedUnion('registered', [
    z.strictObject({ registered: z.literal(false) }),
    z.strictObject({ registered: z.literal(true), creditCode }),
  ]),
  fundingNeedFen: fen,
  spaceNeed: z.strictObject({ type: z.enum(SPACE_TYPES), units: z.number().int().min(1).max(50) }).nullable(),
  team: z
    .array(
      z.strictObject({
        name: freeText({ max: 60 }),
        role: freeText({ max: 60 }),
        veteran: z.boolean(),
        veteranId: userId.optional(),
      }),
    )
    .min(1)
    .max(50),
};

const ventureSchema = z.strictObject(ventureFields);
export class DraftApplicationBody extends createZodDto(ventureSchema) {}
export class EditApplicationBody extends createZodDto(z.strictObject(ventureFields).partial()) {}
export type VentureInput = z.infer<typeof ventureSchema>;

export class ApplicationIdParams extends createZodDto(z.strictObject({ applicationId: objectIdText })) {}
export class ProgrammeApplicationsParams extends createZodDto(
  z.strictObject({ programmeId: objectIdText }),
) {}
export class MilestoneParams extends createZodDto(
  z.strictObject({ applicationId: objectIdText, milestoneId: objectIdText }),
) {}

const reason = freeText({ max: 2000, multiline: true });

export class ReasonBody extends createZodDto(z.strictObject({ reason })) {}

export class ReviewersBody extends createZodDto(
  z.strictObject({ reviewerIds: z.array(userId).min(1).max(10), reason: reason.optional() }),
) {}

export class ScoreBody extends createZodDto(
  z.strictObject({
    scores: z.record(z.string().max(40), z.number().int().min(MIN_SCORE).max(MAX_SCORE)),
    comment: freeText({ max: 4000, min: 0, multiline: true }).default(''),
  }),
) {}

export class DecisionBody extends createZodDto(
  z.strictObject({ outcome: z.enum(['accept', 'reject', 'waitlist']), reason }),
) {}

export class MilestoneBody extends createZodDto(
  z.strictObject({
    goal: freeText({ max: 200 }),
    measure: freeText({ max: 100 }),
    target: z.number().min(0).max(1e12),
    dueOn: day,
    mentorIds: z.array(userId).max(10).default([]),
  }),
) {}

export class CheckInBody extends createZodDto(
  z.strictObject({
    note: freeText({ max: 2000, multiline: true }),
    progress: z.number().min(0).max(1e12).optional(),
    status: z.enum(MILESTONE_STATUSES).optional(),
  }),
) {}

export class EndResidenceBody extends createZodDto(
  z.strictObject({
    ending: z.enum(['graduated', 'exited']),
    reason,
    outcomes: z.strictObject({
      companyRegistered: z.boolean(),
      jobsCreated: z.number().int().min(0).max(1_000_000),
      jobsForVeterans: z.number().int().min(0).max(1_000_000),
      revenueBand: z.enum(REVENUE_BANDS),
      fundingRaisedFen: fen,
      loansTaken: z.number().int().min(0).max(1000),
    }),
  }),
) {}
