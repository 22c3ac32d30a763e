import { Inject, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { NotificationChannel } from '@vetlink/contracts';
import { FieldCipher, isDuplicateKeyError, maskEmailAddress } from '@vetlink/persistence';
import { Model } from 'mongoose';
import { Clock, CLOCK } from '@vetlink/clock';
import { PerKeyQueue } from '@vetlink/persistence';
import { maskRecipientId } from '../shared/personal-data-text';
import { CONTACT_POINTS_MODEL, ContactPointsRecord, StoredContact } from './contact-points.schema';

export const CONTACT_CHANNELS = ['email', 'sms', 'wechat'] as const satisfies readonly NotificationChannel[];
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export type ContactChanges = Partial<Record<ContactChannel, string | null>>;
export type MaskedContacts = Record<ContactChannel, string | null>;

/**
 * Where to reach a user outside the app. The values are personal data: encrypted at rest (AES-256-GCM,
 * bound to the user and channel), masked in every view, never logged, and decrypted only to send.
 */
@Injectable()
export class ContactPointsRepository {
  private readonly perUser = new PerKeyQueue();

  constructor(
    @InjectModel(CONTACT_POINTS_MODEL) private readonly contacts: Model<ContactPointsRecord>,
    private readonly cipher: FieldCipher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async masked(userId: string): Promise<MaskedContacts> {
    const record = await this.find(userId);
    return Object.fromEntries(
      CONTACT_CHANNELS.map((channel) => [channel, record?.[channel]?.masked ?? null]),
    ) as MaskedContacts;
  }

  /** The channels the user can be reached on (in-app always, needing no contact point). */
  async reachable(userId: string): Promise<Set<NotificationChannel>> {
    const record = await this.find(userId);
    return new Set<NotificationChannel>(CONTACT_CHANNELS.filter((channel) => record?.[channel]));
  }

  /** The address to send to, decrypted; null when the user has none for the channel. */
  async addressFor(userId: string, channel: ContactChannel): Promise<string | null> {
    const stored = (await this.find(userId))?.[channel];
    return stored ? this.cipher.decrypt(stored.encrypted, contactContext(userId, channel)) : null;
  }

  /** Sets (a value) or removes (null) contact points; channels left out stay. */
  change(userId: string, changes: ContactChanges): Promise<MaskedContacts> {
    return this.perUser.run(userId, async () => {
      for (;;) {
        const held = await this.find(userId);
        const next: ContactPointsRecord = held ?? {
          _id: userId,
          email: null,
          sms: null,
          wechat: null,
          updatedAt: this.clock.now(),
        };
        for (const channel of CONTACT_CHANNELS) {
          const value = changes[channel];
          if (value === undefined) continue;
          next[channel] = value === null ? null : this.protect(userId, channel, value);
        }
        next.updatedAt = this.clock.now();
        if (held) {
          const { _id, ...fields } = next;
          await this.contacts.updateOne({ _id }, { $set: fields }).exec();
          return this.masked(userId);
        }
        try {
          await this.contacts.create(next);
          return this.masked(userId);
        } catch (error) {
          if (!isDuplicateKeyError(error)) throw error;
        }
      }
    });
  }

  private find(userId: string): Promise<ContactPointsRecord | null> {
    return this.contacts.findById(userId).lean<ContactPointsRecord>().exec();
  }

  private protect(userId: string, channel: ContactChannel, value: string): StoredContact {
    return {
      encrypted: this.cipher.encrypt(value, contactContext(userId, channel)),
      masked: channel === 'email' ? maskEmailAddress(value) : maskRecipientId(value),
    };
  }
}

/** What each ciphertext is bound to: its user and channel (also used by the re-encryption command). */
export function contactContext(userId: string, channel: ContactChannel): string {
  return `notifications.contact-points.${channel}:${userId}`;
}
