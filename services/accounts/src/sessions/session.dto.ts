import { createZodDto } from '@vetlink/http';
import { z } from 'zod';
import { passwordField } from '../accounts/account.dto';

export class SignInBody extends createZodDto(
  z.strictObject({
    login: z.string().trim().min(1).max(254).describe('an e-mail address or a mobile number'),
    password: passwordField,
  }),
) {}

export class RefreshTokenBody extends createZodDto(
  z.strictObject({ refreshToken: z.string().min(1).max(200) }),
) {}

export class SessionDto extends createZodDto(
  z.object({
    tokenType: z.literal('Bearer'),
    accessToken: z.string(),
    expiresIn: z.number().int().describe('seconds the access token lives'),
    refreshToken: z.string(),
    refreshExpiresAt: z.iso.datetime(),
    userId: z.string(),
    role: z.string(),
    organisationId: z.string().optional(),
  }),
) {}
