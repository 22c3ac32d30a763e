import { createZodDto } from '@vetlink/http';
import { z } from 'zod';

export class VeteranIdParams extends createZodDto(
  z.strictObject({ veteranId: z.string().min(1).max(128) }),
) {}
