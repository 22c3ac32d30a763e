import { createZodDto } from '@vetlink/http';
import { z } from 'zod';
import { newPasswordField } from '../accounts/account.dto';

const loginField = z
  .string()
  .trim()
  .min(1)
  .max(254)
  .describe('the e-mail address or mobile number the account signs in with');

export class PasswordResetRequestBody extends createZodDto(z.strictObject({ login: loginField })) {}

export class PasswordResetBody extends createZodDto(
  z.strictObject({
    login: loginField,
    code: z.string().trim().min(1).max(20).describe('the six digits that were sent'),
    newPassword: newPasswordField,
  }),
) {}
