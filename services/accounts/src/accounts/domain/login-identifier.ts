import { EMAIL_PATTERN } from '@vetlink/http';

/** How a person signs in: an e-mail address or a mainland mobile number, in one canonical form. */
export type LoginIdentifier = { kind: 'email'; value: string } | { kind: 'mobile'; value: string };

const MOBILE = /^1[3-9]\d{9}$/;

/**
 * The canonical form of what a person typed to sign in, or undefined when it is neither an e-mail
 * address nor a mobile number. E-mail is compared case-insensitively; a mobile number may carry +86,
 * spaces or dashes.
 */
export function parseLoginIdentifier(text: string): LoginIdentifier | undefined {
  const trimmed = text.trim();
  if (trimmed.includes('@')) {
    const email = trimmed.toLowerCase();
    return EMAIL_PATTERN.test(email) && email.length <= 254 ? { kind: 'email', value: email } : undefined;
  }
  const digits = trimmed.replace(/[\s-]/g, '').replace(/^(\+|00)86/, '');
  return MOBILE.test(digits) ? { kind: 'mobile', value: digits } : undefined;
}

/** The text a blind index is computed over: the kind is part of it, so the two kinds never collide. */
export function loginKey(identifier: LoginIdentifier): string {
  return `${identifier.kind}:${identifier.value}`;
}
