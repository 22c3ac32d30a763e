import { DynamicModule, Module } from '@nestjs/common';
import { Clock } from '@vetlink/clock';
import { TOPICS } from '@vetlink/contracts';
import { LoggerSettings } from '@vetlink/logging';
import { platformModules } from '@vetlink/platform';
import { NotificationsConfig, processRoleOf } from './config';
import { ContactsModule } from './contacts/contacts.module';
import { InboxModule } from './inbox/inbox.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PreferencesModule } from './preferences/preferences.module';
import { ProgrammeNoticesModule } from './programme-notices/programme-notices.module';
import { SERVICE_NAME } from './service-name';
import { SettingsModule } from './shared/settings.module';
import { UnsubscribeModule } from './unsubscribe/unsubscribe.module';

export interface AppOptions {
  /** Where the service reads the time (tests set it to just before quiet hours end). */
  clock?: Clock;
  /** Where logs go (default stdout); tests capture them to prove no contact point is logged. */
  logDestination?: LoggerSettings['destination'];
  /** The event handlers' consumer group (tests pass their own). Renaming it replays the consumed topics. */
  consumerGroup?: string;
}

@Module({})
export class AppModule {
  static register(config: NotificationsConfig, options: AppOptions = {}): DynamicModule {
    const { service } = config;
    return {
      module: AppModule,
      imports: [
        ...platformModules({
          service: SERVICE_NAME,
          config,
          // Topics it publishes to; consumed ones follow from its @HandleEvent handlers.
          publishes: [TOPICS.notifications],
          // `notifications.notify`: offsets and the processed-event ledger are keyed by it, never rename.
          consumerGroup: options.consumerGroup ?? 'notify',
          clock: options.clock,
          logDestination: options.logDestination,
          queues: {
            redisUrl: service.REDIS_URL,
            prefix: service.QUEUE_PREFIX,
            role: processRoleOf(service),
            service: SERVICE_NAME,
          },
        }),
        SettingsModule.register(config),
        PreferencesModule,
        ContactsModule,
        InboxModule,
        NotificationsModule,
        ProgrammeNoticesModule,
        UnsubscribeModule,
      ],
    };
  }
}
