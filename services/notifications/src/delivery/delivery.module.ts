import { Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { NOTIFICATION_CHANNELS } from '@vetlink/contracts';
import type { NotificationsConfig } from '../config';
import { InboxModule } from '../inbox/inbox.module';
import { CHANNEL_SETTINGS, NotificationsSettings, SETTINGS } from '../shared/settings.module';
import { UnsubscribeTokens } from '../unsubscribe/domain/unsubscribe-token';
import { UnsubscribeModule } from '../unsubscribe/unsubscribe.module';
import { EmailChannel } from './channels/email.channel';
import { InAppChannel } from './channels/in-app.channel';
import { WebhookChannel } from './channels/webhook.channel';
import { DeliveryQueues, registerDeliveryQueues } from './delivery-queues';
import { CHANNELS, ChannelRegistry } from './domain/channel';

/** The channels behind their one port, and the channels' queues. */
@Module({
  imports: [InboxModule, UnsubscribeModule, ...registerDeliveryQueues()],
  providers: [
    InAppChannel,
    {
      provide: EmailChannel,
      useFactory: (
        channels: NotificationsConfig['channels'],
        tokens: UnsubscribeTokens,
        settings: NotificationsSettings,
      ) => new EmailChannel(channels.email, tokens, settings),
      inject: [CHANNEL_SETTINGS, UnsubscribeTokens, SETTINGS],
    },
    {
      provide: CHANNELS,
      useFactory: (
        inApp: InAppChannel,
        email: EmailChannel,
        channels: NotificationsConfig['channels'],
        clock: Clock,
      ) =>
        new ChannelRegistry(
          [
            inApp,
            email,
            new WebhookChannel('sms', channels.sms, clock),
            new WebhookChannel('wechat', channels.wechat, clock),
          ],
          NOTIFICATION_CHANNELS,
        ),
      inject: [InAppChannel, EmailChannel, CHANNEL_SETTINGS, CLOCK],
    },
    DeliveryQueues,
  ],
  exports: [DeliveryQueues, CHANNELS],
})
export class DeliveryModule implements OnApplicationShutdown {
  constructor(@Inject(EmailChannel) private readonly email: EmailChannel) {}

  onApplicationShutdown() {
    this.email.close();
  }
}
