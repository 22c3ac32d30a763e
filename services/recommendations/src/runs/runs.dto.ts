import { createZodDto } from '@vetlink/http';
import { z } from 'zod';
import { DIGEST_OUTCOMES } from '../digests/domain/digest-window';

export class StartRunBody extends createZodDto(
  z.strictObject({
    week: z
      .string()
      .regex(/^\d{4}-W\d{2}$/, 'must be an ISO week, e.g. 2026-W48')
      .optional()
      .meta({ description: 'the ISO week (Asia/Shanghai) to run; this week when left out' }),
    dryRun: z
      .boolean()
      .default(false)
      .meta({ description: 'true computes every digest and reports counts, but stores and sends nothing' }),
  }),
) {}

export const runIdParam = z
  .string()
  .regex(/^\d{4}-W\d{2}(-dry-[0-9a-z]+)?$/, 'must be a run id, e.g. 2026-W48');

export class RunIdParams extends createZodDto(z.strictObject({ runId: runIdParam })) {}

/** A Redis scan cursor: an unsigned 64-bit number (Redis refuses a larger one with an error). */
const MAX_SCAN_CURSOR = 2n ** 64n - 1n;

export class FailedPageQuery extends createZodDto(
  z.strictObject({
    cursor: z
      .string()
      .regex(/^\d{1,20}$/, 'must be the cursor of the previous page')
      .refine(
        (cursor) => !/^\d+$/.test(cursor) || BigInt(cursor) <= MAX_SCAN_CURSOR,
        'must be the cursor of the previous page',
      )
      .default('0'),
  }),
) {}

const countsView = z.object({
  total: z
    .number()
    .int()
    .nullable()
    .meta({ description: 'veterans the run fanned out to; null while fanning out' }),
  done: z.number().int(),
  outcomes: z.object(Object.fromEntries(DIGEST_OUTCOMES.map((outcome) => [outcome, z.number().int()]))),
  failed: z.number().int(),
});

export const runView = z.object({
  runId: z.string(),
  week: z.string(),
  dryRun: z.boolean(),
  until: z.iso.datetime().meta({ description: 'jobs new up to this instant are covered' }),
  startedAt: z.iso.datetime(),
  startedBy: z.string(),
  state: z.enum(['fanning-out', 'running', 'completed', 'completed-with-failures']),
  counts: countsView,
  fannedOutAt: z.iso.datetime().nullable(),
  finishedAt: z.iso.datetime().nullable(),
});

export type RunView = z.infer<typeof runView>;

export class RunDto extends createZodDto(runView) {}

export class RunListDto extends createZodDto(z.object({ items: z.array(runView) })) {}

export class FailedPageDto extends createZodDto(
  z.object({
    items: z.array(z.object({ veteranId: z.string(), reason: z.string() })),
    next: z.string().nullable().meta({ description: 'the cursor of the next page; null on the last' }),
  }),
) {}

export class RetriedDto extends createZodDto(z.object({ retried: z.number().int() })) {}

export class ScheduleDto extends createZodDto(
  z.object({ pattern: z.string(), timeZone: z.string(), next: z.iso.datetime().nullable() }),
) {}
