import { createZodDto, freeText, objectIdText } from '@vetlink/http';
import { z } from 'zod';

export class EnrolmentIdParams extends createZodDto(z.strictObject({ enrolmentId: objectIdText })) {}

export class RecordCompletionBody extends createZodDto(
  z.strictObject({
    outcome: z.enum(['completed', 'not-completed']),
    /** Share of the run's days attended, as the register shows it. */
    attendancePercent: z.number().int().min(0).max(100),
  }),
) {}

export class CancelRunBody extends createZodDto(
  z.strictObject({
    /** Why, as the officer gives it (kept with the run, shown on it). */
    reason: freeText({ max: 500, multiline: true }),
  }),
) {}

export class ChangeCapacityBody extends createZodDto(
  z.strictObject({ capacity: z.number().int().min(1).max(10_000) }),
) {}
