import { SESSION_MODES, SESSION_OUTCOMES } from '@vetlink/contracts';
import { createZodDto, freeText } from '@vetlink/http';
import { z } from 'zod';
import { mentorIdField } from '../mentors/mentor.dto';

/** ISO 8601 with an offset (`2026-12-07T09:00:00+08:00` or `…Z`): a time no reader can take for another. */
export const instantInput = z.iso
  .datetime({
    offset: true,
    error: 'must be an ISO 8601 date-time with an offset, e.g. 2026-12-07T09:00:00+08:00',
  })
  .transform((text) => new Date(text));

export const sessionIdField = z.string().regex(/^[a-f0-9]{24}$/, 'must be a session id');

export class SessionIdParams extends createZodDto(z.strictObject({ sessionId: sessionIdField })) {}

export class BookSessionBody extends createZodDto(
  z.strictObject({
    mentorId: mentorIdField,
    start: instantInput,
    minutes: z.number().int().min(15).max(240).optional(),
    mode: z.enum(SESSION_MODES).optional(),
    topic: freeText({ min: 2, max: 120 }),
    note: freeText({ max: 1000, multiline: true }).optional(),
    veteranId: z.string().min(1).max(128).optional(),
  }),
) {}

export class CancelSessionBody extends createZodDto(
  z.strictObject({ reason: freeText({ min: 3, max: 500, multiline: true }).optional() }),
) {}

export class RescheduleSessionBody extends createZodDto(z.strictObject({ start: instantInput })) {}

export class OutcomeBody extends createZodDto(z.strictObject({ outcome: z.enum(SESSION_OUTCOMES) })) {}

export class PrivateNotesBody extends createZodDto(
  z.strictObject({ text: freeText({ max: 4000, multiline: true }) }),
) {}

export class RatingBody extends createZodDto(
  z.strictObject({
    stars: z.number().int().min(1).max(5),
    comment: freeText({ max: 1000, multiline: true }).optional(),
  }),
) {}

export class ListSessionsQuery extends createZodDto(
  z.strictObject({
    mentorId: mentorIdField.optional(),
    veteranId: z.string().min(1).max(128).optional(),
    status: z.enum(['booked', 'cancelled', 'held', 'no-show']).optional(),
    upcoming: z.enum(['true', 'false']).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  }),
) {}

export class VeteranIdParams extends createZodDto(
  z.strictObject({ veteranId: z.string().min(1).max(128) }),
) {}
