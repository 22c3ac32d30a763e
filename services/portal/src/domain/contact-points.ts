import type { Schemas } from '../api/client';
import { placeIssues, type ApiIssues } from './profile-checks';
import type { Channel } from './profile-push-preferences';

export type ContactPoints = Schemas['notifications.ContactPointsDto_Output'];
export type ContactPointsChange = Schemas['notifications.ChangeContactPointsBody'];
/** The channels that reach a veteran outside the app, each only once its contact point is registered. */
export type OutsideChannel = Exclude<Channel, 'in-app'>;

/**
 * notifications' rule for an address (RFC 5321, as libs/http's EMAIL_PATTERN): a local part of at most
 * 64 characters, dot-separated domain labels, a letters-only top-level domain; 254 characters in all.
 */
const EMAIL =
  /^(?=[^@]{1,64}@)[A-Za-z0-9_'+-]+(?:\.[A-Za-z0-9_'+-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** The problem of a typed address as an i18n key, or undefined when notifications would take it. */
export function checkContactEmail(typed: string): string | undefined {
  const address = typed.trim();
  if (!address) return 'validation.required';
  return address.length <= 254 && EMAIL.test(address) ? undefined : 'contactPoints.check.email';
}

/** The PATCH body that registers (or replaces) the address, as typed without surrounding spaces. */
export function emailChangeOf(typed: string): ContactPointsChange {
  return { email: typed.trim() };
}

/** The PATCH body that removes the address (null removes a contact point). */
export const EMAIL_REMOVAL: ContactPointsChange = { email: null };

/**
 * The ticked channels that cannot reach the veteran yet because their contact point is missing:
 * the e-mail address the veteran gives here, the SMS and WeChat ids the bureau's gateways link.
 */
export function unreachableChannels(ticked: readonly Channel[], contacts: ContactPoints): OutsideChannel[] {
  return ticked.filter(
    (channel): channel is OutsideChannel => channel !== 'in-app' && contacts[channel] === null,
  );
}

/** The API's messages of a 400 answer: the address's own under its field, the rest for the alert. */
export function contactIssuesOf(body: unknown): ApiIssues<'email'> {
  return placeIssues(body, [['email', 'email']]);
}
