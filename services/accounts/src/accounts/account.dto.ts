import { createZodDto } from '@vetlink/http';
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './domain/password-policy';

/** The policy's length, documented; its other rules (repeats, the login inside) answer 400 naming the field. */
export const newPasswordField = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`);
/** A password being checked: bounded so that nobody makes the server hash megabytes. */
export const passwordField = z
  .string()
  .min(1)
  .max(PASSWORD_MAX_LENGTH * 4);
/** 11 digits, optionally after +86 (spaces and dashes are for people: `parseLoginIdentifier` drops them). */
export const mobileNumber = z
  .string()
  .trim()
  .min(11)
  .max(20)
  .regex(/^[+\d][\d\s-]+$/, 'must be a mainland mobile number (11 digits)');

/**
 * Shaped loosely here (a strict pattern with look-aheads makes example generators crawl); the strict
 * check is `parseLoginIdentifier`, answering 400 naming the field.
 */
export const emailText = z
  .string()
  .trim()
  .min(3)
  .max(254)
  .regex(/^[^@\s]+@[^@\s]+$/, 'must be an e-mail address');
const contact = { email: emailText.optional(), mobile: mobileNumber.optional() };
const oneContact = (value: { email?: string; mobile?: string }) =>
  (value.email === undefined) !== (value.mobile === undefined);
const ONE_CONTACT = { message: 'give either email or mobile, not both', path: ['email'] };

export class SignUpBody extends createZodDto(
  z.strictObject({ ...contact, password: newPasswordField }).refine(oneContact, ONE_CONTACT),
) {}

export class RegisterOrganisationBody extends createZodDto(
  z
    .strictObject({
      organisationName: z.string().trim().min(2).max(120),
      ...contact,
      password: newPasswordField,
    })
    .refine(oneContact, ONE_CONTACT),
) {}

export class InviteMemberBody extends createZodDto(z.strictObject(contact).refine(oneContact, ONE_CONTACT)) {}

export class AcceptInvitationBody extends createZodDto(
  z.strictObject({ invitationCode: z.string().min(1).max(200), password: newPasswordField }),
) {}

export class ChangePasswordBody extends createZodDto(
  z.strictObject({ currentPassword: passwordField, newPassword: newPasswordField }),
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

export class InvitationListDto extends createZodDto(
  z.object({
    items: z.array(
      z.object({
        invitationId: z.string(),
        kind: z.enum(['email', 'mobile']),
        contact: z
          .string()
          .meta({ description: 'the address invited, masked: z***@example.cn, 138****5678' }),
        status: z.enum(['pending', 'accepted', 'expired']),
        createdAt: z.iso.datetime(),
        expiresAt: z.iso.datetime(),
        acceptedAt: z.iso.datetime().optional(),
      }),
    ),
  }),
) {}

/** A login as its owner sees it (`loginView`). */
export const loginViewSchema = z.object({
  kind: z.enum(['email', 'mobile']),
  value: z
    .string()
    .meta({ description: 'the e-mail address or mobile number, as the account signs in with it' }),
  verified: z.boolean().meta({ description: 'whether the owner proved the address is theirs with a code' }),
  verifiedAt: z.iso.datetime().optional().meta({ description: 'when it was verified' }),
});

export class LoginViewDto extends createZodDto(loginViewSchema) {}

export class MyAccountDto extends createZodDto(
  z.object({
    userId: z.string(),
    role: z.string(),
    organisationId: z.string().optional(),
    organisationAdmin: z.boolean(),
    logins: z.array(loginViewSchema),
    createdAt: z.iso.datetime(),
    passwordChangedAt: z.iso.datetime(),
  }),
) {}
