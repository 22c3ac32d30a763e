import { createZodDto, freeText, objectIdText } from '@vetlink/http';
import { z } from 'zod';

export class EnrolmentIdParams extends createZodDto(z.strictObject({ enrolmentId: objectIdText })) {}

const completionOutcome = z.strictObject({
  outcome: z.enum(['completed', 'not-completed']),
  /** Share of the run's days attended, as the register shows it. */
  attendancePercent: z.number().int().min(0).max(100),
});

export class RecordCompletionBody extends createZodDto(completionOutcome) {}

export class CancelRunBody extends createZodDto(
  z.strictObject({
    /** Why, as the officer gives it (kept with the run, shown on it). */
    reason: freeText({ max: 500, multiline: true }),
  }),
) {}

export class ChangeCapacityBody extends createZodDto(
  z.strictObject({ capacity: z.number().int().min(1).max(10_000) }),
) {}

/** Veterans' ids as accounts make them (and the demo's `demo-vet-000084`). */
const veteranId = z
  .string()
  .regex(/^[A-Za-z0-9_.:@-]{1,128}$/, 'must be 1–128 letters, digits, _, ., :, @ or -');

export class RecordHeldRunBody extends createZodDto(
  z.strictObject({
    /**
     * The bureau's own reference for the run (its register's number): a repeat with the same reference
     * names the same run and changes nothing.
     */
    reference: z
      .string()
      .regex(/^[A-Za-z0-9_.:/-]{1,64}$/, 'must be 1–64 letters, digits, _, ., :, / or -')
      .meta({ description: 'the bureau’s reference for the run; a repeat with it changes nothing' }),
    startsOn: z.iso.date().meta({ description: 'today or an earlier day (Asia/Shanghai)' }),
    endsOn: z.iso.date(),
    capacity: z.number().int().min(1).max(10_000),
    roster: z
      .array(
        z.strictObject({
          veteranId,
          /** Once the run has ended: attendance and outcome (or later, through the completion route). */
          completion: completionOutcome.optional(),
        }),
      )
      .max(1000)
      .meta({
        description:
          'the veterans seated, at most the capacity, each once (1,000 a request; more by repeating the reference)',
      }),
  }),
) {}
