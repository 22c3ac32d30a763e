import { z } from 'zod';
import { defineEvent, EventDefinition } from '../lib/define-event';
import { aggregateIdField, instantField } from '../lib/payload-fields';

/** Topic names are forever (see TOPICS). Accounts' own stream, keyed by the account. */
export const ACCOUNT_TOPICS = {
  passwordResets: 'accounts.password-resets',
  loginVerifications: 'accounts.login-verifications',
} as const;

/** Where a one-time code goes: the kind of login the person asked with (their e-mail or their mobile). */
export const ONE_TIME_CODE_CHANNELS = ['email', 'sms'] as const;
export type OneTimeCodeChannel = (typeof ONE_TIME_CODE_CHANNELS)[number];

/**
 * The context the sealed fields are encrypted under (AES-GCM of `@vetlink/persistence`'s `FieldCipher`
 * with the platform's personal-data key): bound to the request, so a sealed value cannot be moved to
 * another request's event.
 */
export function passwordResetSealContext(requestId: string): string {
  return `accounts.password-reset:${requestId}`;
}

/**
 * A one-time code on its way to a person: the fields every code event carries, whatever the code is
 * for. The address and the code are sealed under the event's own seal context (below).
 */
const oneTimeCodePayload = z.object({
  /** One request: a new request replaces the code of the one before. */
  requestId: aggregateIdField,
  accountId: aggregateIdField,
  channel: z.enum(ONE_TIME_CODE_CHANNELS),
  /** The e-mail address or the 11-digit mobile number, sealed. */
  sealedAddress: z.string().min(1).max(2000),
  /** The six digits, sealed. */
  sealedCode: z.string().min(1).max(500),
  requestedAt: instantField,
  expiresAt: instantField,
});

export const passwordResetRequested = defineEvent({
  type: 'accounts.password-reset-requested',
  version: 1,
  topic: ACCOUNT_TOPICS.passwordResets,
  description:
    'Someone asked for a code to reset the password of an account, giving the e-mail address or mobile ' +
    'number it signs in with; notifications sends the code there at once (e-mail over SMTP, a mobile ' +
    'through the SMS gateway), never to the inbox and never held by quiet hours. The address and the code ' +
    'travel sealed (`sealedAddress`, `sealedCode`: AES-GCM with the platform personal-data key, context ' +
    '`accounts.password-reset:<requestId>`), so the topic, its dead letters and any log of envelopes ' +
    'carry neither. A code is good until `expiresAt`; a consumer that reads the event later sends ' +
    'nothing. One event per request; keyed by the account.',
  payload: oneTimeCodePayload,
  keyOf: (payload) => payload.accountId,
});

export type PasswordResetRequestedPayload = z.infer<typeof passwordResetRequested.payload>;

/** The seal context of a login-verification code: bound to its request, like the reset code's. */
export function loginVerificationSealContext(requestId: string): string {
  return `accounts.login-verification:${requestId}`;
}

export const loginVerificationRequested = defineEvent({
  type: 'accounts.login-verification-requested',
  version: 1,
  topic: ACCOUNT_TOPICS.loginVerifications,
  description:
    'A signed-in person asked to prove that they own the e-mail address or mobile number their account ' +
    'signs in with; notifications sends the code to that address at once (e-mail over SMTP, a mobile ' +
    'through the SMS gateway), never to the inbox and never held by quiet hours. The address and the code ' +
    'travel sealed as in `accounts.password-reset-requested` (context ' +
    '`accounts.login-verification:<requestId>`). A code is good until `expiresAt`; a consumer that reads ' +
    'the event later sends nothing. One event per request; keyed by the account.',
  payload: oneTimeCodePayload,
  keyOf: (payload) => payload.accountId,
});

export type LoginVerificationRequestedPayload = z.infer<typeof loginVerificationRequested.payload>;

export const ACCOUNT_EVENTS: readonly EventDefinition[] = [
  passwordResetRequested,
  loginVerificationRequested,
];
