import { createZodDto, pagingFields } from '@vetlink/http';
import { z } from 'zod';

/** The same bounds as the veteran ids that events carry. */
export class VeteranIdParams extends createZodDto(
  z.strictObject({ veteranId: z.string().min(1).max(128) }),
) {}

export class WriteNoteBody extends createZodDto(
  z.strictObject({ text: z.string().trim().min(1).max(4000) }),
) {}

export class NotesQuery extends createZodDto(z.strictObject({ ...pagingFields })) {}
