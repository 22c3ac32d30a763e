import type { NotificationChannel } from '@vetlink/contracts';
import type { MessageNature } from '../../templates/domain/template';
import { channelsFor, NotificationPreferences } from './preferences';
import { quietUntil } from './quiet-hours';

export type SuppressionReason = 'opted-out' | 'category-off' | 'daily-cap' | 'already-told';
export type SkipReason = 'no-contact' | 'channel-not-configured';

export type DeliveryDecision =
  | { kind: 'suppress'; reason: SuppressionReason }
  | {
      kind: 'deliver';
      /** The channels it goes to, in-app always among them. */
      channels: NotificationChannel[];
      /** Chosen channels it cannot go to, and why. */
      skipped: { channel: NotificationChannel; reason: SkipReason }[];
      /** Held by quiet hours until then; null to send now. */
      notBefore: Date | null;
    };

export interface Reachability {
  /** Channels whose gateway is configured in this deployment. */
  configured: ReadonlySet<NotificationChannel>;
  /** Channels the user registered a contact point for (in-app needs none). */
  contactable: ReadonlySet<NotificationChannel>;
}

/**
 * Whether, where and when a message goes out, by the user's preferences. Critical messages ignore the
 * opt-out and the category switch; urgent ones ignore quiet hours. (The daily cap of job pushes is
 * counted apart, where the counts are kept: `PushCap`.)
 */
export function decideDelivery(
  nature: MessageNature,
  preferences: NotificationPreferences,
  reachability: Reachability,
  now: Date,
): DeliveryDecision {
  if (!nature.critical && preferences.optedOut) return { kind: 'suppress', reason: 'opted-out' };
  if (!nature.critical && !preferences.categories[nature.category].enabled)
    return { kind: 'suppress', reason: 'category-off' };
  const channels: NotificationChannel[] = [];
  const skipped: { channel: NotificationChannel; reason: SkipReason }[] = [];
  for (const channel of channelsFor(preferences, nature.category)) {
    if (channel === 'in-app') channels.push(channel);
    else if (!reachability.configured.has(channel))
      skipped.push({ channel, reason: 'channel-not-configured' });
    else if (!reachability.contactable.has(channel)) skipped.push({ channel, reason: 'no-contact' });
    else channels.push(channel);
  }
  return {
    kind: 'deliver',
    channels,
    skipped,
    notBefore: nature.urgent ? null : quietUntil(preferences.quietHours, now),
  };
}

export type DeliveryGate =
  | { kind: 'send' }
  | { kind: 'hold'; until: Date }
  | { kind: 'cancel'; reason: Exclude<SuppressionReason, 'daily-cap' | 'already-told'> };

/**
 * Asked again when a held or retried delivery is about to go out, with the preferences as they are
 * then: a user who opted out or moved their quiet hours meanwhile is obeyed.
 */
export function gateAtDelivery(
  nature: MessageNature,
  preferences: NotificationPreferences,
  now: Date,
): DeliveryGate {
  if (!nature.critical && preferences.optedOut) return { kind: 'cancel', reason: 'opted-out' };
  if (!nature.critical && !preferences.categories[nature.category].enabled)
    return { kind: 'cancel', reason: 'category-off' };
  const until = nature.urgent ? null : quietUntil(preferences.quietHours, now);
  return until ? { kind: 'hold', until } : { kind: 'send' };
}
