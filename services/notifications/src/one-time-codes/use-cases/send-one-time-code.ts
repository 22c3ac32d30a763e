import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import {
  EventEnvelope,
  LoginVerificationRequestedPayload,
  loginVerificationSealContext,
  passwordResetSealContext,
  PasswordResetRequestedPayload,
} from '@vetlink/contracts';
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
import { codeMessages, CodePurpose, stillValid } from '../domain/code-message';

export type CodeOutcome = 'sent' | 'expired' | 'channel-not-configured' | 'unreadable' | 'refused';

/** Every code event carries the same fields (accounts' `oneTimeCodePayload`). */
export type CodePayload = PasswordResetRequestedPayload | LoginVerificationRequestedPayload;

/** Per purpose: the context accounts sealed the address and the code under, and the message's type. */
const PURPOSES: Record<CodePurpose, { sealContext: (requestId: string) => string; type: string }> = {
  'password-reset': { sealContext: passwordResetSealContext, type: 'password-reset-code' },
  'login-verification': { sealContext: loginVerificationSealContext, type: 'login-verification-code' },
};

/**
 * Sends a one-time code (a password reset, a login verification) to the address it was asked for, at
 * once: not through the delivery queues (nothing of it is stored, so the code is in no database and no
 * Redis job), not held by quiet hours, whatever the preferences say (only their language is read). A
 * failure the channel may get over (a time-out, SMTP 4xx, gateway 5xx) is thrown, so the event consumer
 * tries again with backoff; a permanent one (a rejected address) is logged and dropped. Logs name the
 * request, never the code or the address.
 */
@Injectable()
export class SendOneTimeCode {
  private readonly logger = new Logger(SendOneTimeCode.name);

  constructor(
    @Inject(CHANNELS) private readonly channels: ChannelRegistry,
    private readonly preferences: UserPreferences,
    private readonly cipher: FieldCipher,
    @Inject(SETTINGS) private readonly settings: NotificationsSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(purpose: CodePurpose, event: EventEnvelope<CodePayload>): Promise<CodeOutcome> {
    const { payload } = event;
    const about = { requestId: payload.requestId, channel: payload.channel, purpose };
    const now = this.clock.now();
    if (!stillValid(payload.expiresAt, now)) {
      this.logger.debug(about, `${purpose} code not sent: it expired before it was read`);
      return 'expired';
    }
    const channel = this.channels.get(payload.channel);
    if (!channel.configured) {
      this.logger.warn(about, `${purpose} code not sent: this deployment has no ${payload.channel} channel`);
      return 'channel-not-configured';
    }
    const unsealed = this.unseal(payload, PURPOSES[purpose].sealContext(payload.requestId));
    if (!unsealed) {
      // Sealed with a key this deployment does not hold: trying again cannot help.
      this.logger.warn(about, `${purpose} code not sent: its seal cannot be opened with our keys`);
      return 'unreadable';
    }
    const content = codeMessages(purpose, {
      code: unsealed.code,
      expiresAt: payload.expiresAt,
      channel: payload.channel,
      portalBaseUrl: this.settings.portalBaseUrl,
    });
    const { language } = await this.preferences.of(payload.accountId);
    const notificationId = `${purpose}-${payload.requestId}`;
    try {
      await channel.send({
        deliveryId: deliveryIdOf(notificationId, payload.channel),
        notificationId,
        userId: payload.accountId,
        type: PURPOSES[purpose].type,
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
      this.logger.warn({ ...about, reason: error.message }, `${purpose} code refused by the channel`);
      return 'refused';
    }
    this.logger.log(about, `${purpose} code sent`);
    return 'sent';
  }

  private unseal(payload: CodePayload, context: string): { code: string; address: string } | undefined {
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
