import { Module, OnApplicationShutdown, Inject } from '@nestjs/common';
import { NOTIFICATION_CHANNELS } from '@vetlink/contracts';
import type { NotificationsConfig } from '../config';
import { ContactsModule } from '../contacts/contacts.module';
import { InboxModule } from '../inbox/inbox.module';
import { RecordsModule } from '../notifications/records/records.module';
import { PreferencesModule } from '../preferences/preferences.module';
import { Clock, CLOCK } from '@vetlink/clock';
import { CHANNEL_SETTINGS, NotificationsSettings, SETTINGS } from '../shared/settings.module';
import { UnsubscribeTokens } from '../unsubscribe/domain/unsubscribe-token';
import { EmailChannel } from './channels/email.channel';
import { InAppChannel } from './channels/in-app.channel';
import { WebhookChannel } from './channels/webhook.channel';
import { CHANNELS, DeliverNotification } from './deliver-notification';
import { DeliveryJobHandler } from './delivery-job-handler';
import { DeliveryQueues, registerDeliveryQueues } from './delivery-queues';
import { ChannelRegistry } from './domain/channel';

/** The channels behind their one port, the worker's use case, the queues and their job handler. */
@Module({
  imports: [RecordsModule, PreferencesModule, ContactsModule, InboxModule, ...registerDeliveryQueues()],
  providers: [
    InAppChannel,
    {
      provide: EmailChannel,
      useFactory: (channels: NotificationsConfig['channels'], tokens: UnsubscribeTokens, settings: NotificationsSettings) =>
        new EmailChannel(channels.email, tokens, settings.publicApiBaseUrl),
      inject: [CHANNEL_SETTINGS, UnsubscribeTokens, SETTINGS],
    },
    {
      provide: CHANNELS,
      useFactory: (inApp: InAppChannel, email: EmailChannel, channels: NotificationsConfig['channels'], clock: Clock) =>
        new ChannelRegistry(
          [inApp, email, new WebhookChannel('sms', channels.sms, clock), new WebhookChannel('wechat', channels.wechat, clock)],
          NOTIFICATION_CHANNELS,
        ),
      inject: [InAppChannel, EmailChannel, CHANNEL_SETTINGS, CLOCK],
    },
    DeliverNotification,
    DeliveryQueues,
    DeliveryJobHandler,
  ],
  exports: [DeliveryQueues, CHANNELS],
})
export class DeliveryModule implements OnApplicationShutdown {
  constructor(@Inject(EmailChannel) private readonly email: EmailChannel) {}

  onApplicationShutdown() {
    this.email.close();
  }
}
