import { InvalidInputError } from '@vetlink/http';
import { LoginIdentifier, parseLoginIdentifier } from './domain/login-identifier';

/** The one contact of a sign-up or invitation body (the DTO has checked that exactly one is given). */
export function contactOf(body: { email?: string; mobile?: string }): LoginIdentifier {
  const field = body.email !== undefined ? 'email' : 'mobile';
  const parsed = parseLoginIdentifier(body.email ?? body.mobile ?? '');
  if (!parsed || parsed.kind !== field)
    throw new InvalidInputError([
      {
        field,
        message: field === 'email' ? 'must be an e-mail address' : 'must be a mainland mobile number',
      },
    ]);
  return parsed;
}
