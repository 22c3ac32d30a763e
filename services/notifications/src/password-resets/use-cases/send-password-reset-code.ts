import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { EventEnvelope, passwordResetSealContext, PasswordResetRequestedPayload } from '@vetlink/contracts';
import { FieldCipher, PersonalDataCipherError } from '@vetlink/persistence';
import {
  CHANNELS,
  ChannelRegistry,
  DeliveryFailure,
  deliveryIdOf,
  ACCOUNT_MESSAGE,
} from '../../delivery/domain/channel';
import { UserPreferences } from '../../preferences/use-cases/user-preferences';
import { NotificationsSettings, SETTINGS } from '../../shared/settings.module';
import { resetCodeMessages, stillValid } from '../domain/reset-code-message';

export type ResetCodeOutcome = 'sent' | 'expired' | 'channel-not-configured' | 'unreadable' | 'refused';

/**
 * Sends a password-reset code to the address it was asked for, at once: not through the delivery
 * queues (nothing of it is stored, so the code is in no database and no Redis job), not held by quiet
 * hours, whatever the preferences say (only their language is read). A failure the channel may get
 * over (a time-out, SMTP 4xx, gateway 5xx) is thrown, so the event consumer tries again with backoff;
 * a permanent one (a rejected address) is logged and dropped. Logs name the request, never the code
 * or the address.
 */
@Injectable()
export class SendPasswordResetCode {
  private readonly logger = new Logger(SendPasswordResetCode.name);

  constructor(
    @Inject(CHANNELS) private readonly channels: ChannelRegistry,
    private readonly preferences: UserPreferences,
    private readonly cipher: FieldCipher,
    @Inject(SETTINGS) private readonly settings: NotificationsSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(event: EventEnvelope<PasswordResetRequestedPayload>): Promise<ResetCodeOutcome> {
    const { payload } = event;
    const about = { requestId: payload.requestId, channel: payload.channel };
    const now = this.clock.now();
    if (!stillValid(payload.expiresAt, now)) {
      this.logger.debug(about, 'password-reset code not sent: it expired before it was read');
      return 'expired';
    }
    const channel = this.channels.get(payload.channel);
    if (!channel.configured) {
      this.logger.warn(
        about,
        `password-reset code not sent: this deployment has no ${payload.channel} channel`,
      );
      return 'channel-not-configured';
    }
    const unsealed = this.unseal(payload);
    if (!unsealed) {
      // Sealed with a key this deployment does not hold: trying again cannot help.
      this.logger.warn(about, 'password-reset code not sent: its seal cannot be opened with our keys');
      return 'unreadable';
    }
    const content = resetCodeMessages({
      code: unsealed.code,
      expiresAt: payload.expiresAt,
      portalBaseUrl: this.settings.portalBaseUrl,
    });
    const { language } = await this.preferences.of(payload.accountId);
    const notificationId = `password-reset-${payload.requestId}`;
    try {
      await channel.send({
        deliveryId: deliveryIdOf(notificationId, payload.channel),
        notificationId,
        userId: payload.accountId,
        type: 'password-reset-code',
        category: ACCOUNT_MESSAGE,
        critical: true,
        language,
        message: content[language],
        content,
        createdAt: now,
        address: unsealed.address,
      });
    } catch (error) {
      if (!(error instanceof DeliveryFailure) || !error.permanent) throw error;
      this.logger.warn({ ...about, reason: error.message }, 'password-reset code refused by the channel');
      return 'refused';
    }
    this.logger.log(about, 'password-reset code sent');
    return 'sent';
  }

  private unseal(payload: PasswordResetRequestedPayload): { code: string; address: string } | undefined {
    const context = passwordResetSealContext(payload.requestId);
    try {
      return {
        code: this.cipher.decrypt(payload.sealedCode, context),
        address: this.cipher.decrypt(payload.sealedAddress, context),
      };
    } catch (error) {
      if (error instanceof PersonalDataCipherError) return undefined;
      throw error;
    }
  }
}
