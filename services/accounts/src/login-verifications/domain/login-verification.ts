import type { OneTimeCodeChannel } from '@vetlink/contracts';
import { LoginIdentifier } from '../../accounts/domain/login-identifier';

/**
 * What a verification code is for: one login of one account. A login's `id` is the blind index of its
 * address, so a code asked for one address never verifies another the account might sign in with later.
 */
export function verificationSubject(accountId: string, loginId: string): string {
  return `${accountId}|${loginId}`;
}

/** The context of a code's HMAC: bound to its request, so equal codes of two requests differ when stored. */
export function verificationDigestContext(requestId: string): string {
  return `accounts.login-verification-code:${requestId}`;
}

/** E-mail goes by e-mail, a mobile number by SMS. */
export function channelOf(kind: LoginIdentifier['kind']): OneTimeCodeChannel {
  return kind === 'email' ? 'email' : 'sms';
}

/** The 400 of an account without a login of the kind asked for. */
export function noLoginOfKind(kind: LoginIdentifier['kind']): string {
  return kind === 'email'
    ? 'this account does not sign in with an e-mail address'
    : 'this account does not sign in with a mobile number';
}
