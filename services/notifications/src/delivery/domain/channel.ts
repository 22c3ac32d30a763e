import type { NotificationChannel } from '@vetlink/contracts';
import type {
  Language,
  LocalisedMessage,
  NotificationCategory,
  RenderedMessage,
} from '../../templates/domain/template';

/**
 * Messages about the account itself (a password-reset code): no category anyone switches off, sent by
 * e-mail or SMS only, never to the inbox.
 */
export const ACCOUNT_MESSAGE = 'account';

/** Everything a channel needs to send one notification to one user. */
export interface OutgoingMessage {
  /** `${notificationId}-${channel}`: the gateway's idempotency key, and the BullMQ job id. */
  deliveryId: string;
  notificationId: string;
  userId: string;
  type: string;
  category: NotificationCategory | typeof ACCOUNT_MESSAGE;
  critical: boolean;
  language: Language;
  /** In the user's language. */
  message: RenderedMessage;
  /** In every language (the inbox keeps both). */
  content: LocalisedMessage;
  createdAt: Date;
  /** The jobs it tells about (the inbox keeps them for its read announcement). */
  jobIds?: string[];
  /** Where the figures count it, when known (the inbox keeps it for its announcements). */
  cityId?: string;
  districtId?: string;
  /** The user's address on this channel (an e-mail address, a gateway recipient id); null for in-app. */
  address: string | null;
}

/** What a channel tells about a delivery it made (stored with the attempt; never personal data). */
export interface DeliveryReceipt {
  /** The gateway's id for the message, if it gave one (SMTP message id, gateway reference). */
  reference?: string;
}

/**
 * A delivery that did not succeed. `permanent` means trying again cannot help (a rejected address, a
 * 4xx from a gateway): no more retries. Messages must not carry personal data.
 */
export class DeliveryFailure extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'DeliveryFailure';
  }
}

/**
 * The one port every delivery channel implements. Adapters (SMTP, webhook gateways, the inbox) live in
 * delivery/channels; the worker knows only this.
 */
export interface DeliveryChannel {
  readonly channel: NotificationChannel;
  /** False when this deployment has no gateway for the channel (its settings are absent). */
  readonly configured: boolean;
  send(message: OutgoingMessage): Promise<DeliveryReceipt>;
}

/** The BullMQ job id of a delivery: notification and channel, without ':' (BullMQ forbids it). */
export function deliveryIdOf(notificationId: string, channel: NotificationChannel): string {
  const id = `${notificationId}-${channel}`;
  if (id.includes(':')) throw new Error(`a delivery id may not contain ':' (${id})`);
  return id;
}

/** Injection token of the ChannelRegistry. */
export const CHANNELS = Symbol('CHANNELS');

/** Refuses to start unless every channel has exactly one adapter. */
export class ChannelRegistry {
  private readonly byChannel = new Map<NotificationChannel, DeliveryChannel>();

  constructor(adapters: readonly DeliveryChannel[], channels: readonly NotificationChannel[]) {
    for (const adapter of adapters) {
      if (this.byChannel.has(adapter.channel))
        throw new Error(`two adapters for the ${adapter.channel} channel`);
      this.byChannel.set(adapter.channel, adapter);
    }
    const missing = channels.filter((channel) => !this.byChannel.has(channel));
    if (missing.length > 0) throw new Error(`no adapter for the channel(s): ${missing.join(', ')}`);
  }

  get(channel: NotificationChannel): DeliveryChannel {
    return this.byChannel.get(channel) as DeliveryChannel;
  }

  configured(): Set<NotificationChannel> {
    return new Set(
      [...this.byChannel.values()].filter((adapter) => adapter.configured).map((adapter) => adapter.channel),
    );
  }
}
