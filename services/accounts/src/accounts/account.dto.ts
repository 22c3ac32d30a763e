import { createZodDto, emailAddress } from '@vetlink/http';
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from './domain/password-policy';

/** Bounded here so that nobody makes the server hash megabytes; the policy's own rules come after. */
export const passwordField = z
  .string()
  .min(1)
  .max(PASSWORD_MAX_LENGTH * 4);
export const mobileNumber = z
  .string()
  .trim()
  .regex(/^(\+86|0086)?[\s-]?1[3-9]\d(?:[\s-]?\d){8}$/, 'must be a mainland mobile number (11 digits)');

const contact = { email: emailAddress().optional(), mobile: mobileNumber.optional() };
const oneContact = (value: { email?: string; mobile?: string }) =>
  (value.email === undefined) !== (value.mobile === undefined);
const ONE_CONTACT = { message: 'give either email or mobile, not both', path: ['email'] };

export class SignUpBody extends createZodDto(
  z.strictObject({ ...contact, password: passwordField }).refine(oneContact, ONE_CONTACT),
) {}

export class RegisterOrganisationBody extends createZodDto(
  z
    .strictObject({
      organisationName: z.string().trim().min(2).max(120),
      ...contact,
      password: passwordField,
    })
    .refine(oneContact, ONE_CONTACT),
) {}

export class InviteMemberBody extends createZodDto(z.strictObject(contact).refine(oneContact, ONE_CONTACT)) {}

export class AcceptInvitationBody extends createZodDto(
  z.strictObject({ invitationCode: z.string().min(1).max(200), password: passwordField }),
) {}

export class ChangePasswordBody extends createZodDto(
  z.strictObject({ currentPassword: passwordField, newPassword: passwordField }),
) {}

export class OrganisationIdParams extends createZodDto(
  z.strictObject({ organisationId: z.string().min(1).max(128) }),
) {}

export class CreatedAccountDto extends createZodDto(
  z.object({
    userId: z.string(),
    role: z.string(),
    organisationId: z.string().optional(),
  }),
) {}

export class OrganisationDto extends createZodDto(
  z.object({ organisationId: z.string(), admin: CreatedAccountDto.schema }),
) {}

export class InvitationDto extends createZodDto(
  z.object({
    invitationId: z.string(),
    organisationId: z.string(),
    invitationCode: z.string(),
    expiresAt: z.iso.datetime(),
  }),
) {}

export class MyAccountDto extends createZodDto(
  z.object({
    userId: z.string(),
    role: z.string(),
    organisationId: z.string().optional(),
    organisationAdmin: z.boolean(),
    logins: z.array(z.object({ kind: z.enum(['email', 'mobile']), value: z.string() })),
    createdAt: z.iso.datetime(),
    passwordChangedAt: z.iso.datetime(),
  }),
) {}
