import { createZodDto } from '@vetlink/http';
import { z } from 'zod';

const kindField = z
  .enum(['email', 'mobile'])
  .describe('which of the account’s logins: its e-mail address or its mobile number');

export class LoginVerificationRequestBody extends createZodDto(z.strictObject({ kind: kindField })) {}

export class LoginVerificationConfirmBody extends createZodDto(
  z.strictObject({
    kind: kindField,
    code: z.string().trim().min(1).max(20).describe('the six digits that were sent'),
  }),
) {}

export class LoginVerificationSentDto extends createZodDto(
  z.object({
    kind: z.enum(['email', 'mobile']),
    expiresAt: z.iso.datetime().meta({ description: 'the code works until then (15 minutes)' }),
  }),
) {}
