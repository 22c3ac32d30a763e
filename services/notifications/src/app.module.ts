import { DynamicModule, Module } from '@nestjs/common';
import { Clock } from '@vetlink/clock';
import { TOPICS } from '@vetlink/contracts';
import { LoggerSettings } from '@vetlink/logging';
import { platformModules } from '@vetlink/platform';
import type { NotificationsConfig } from './config';
import { ContactsModule } from './contacts/contacts.module';
import { InboxModule } from './inbox/inbox.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OneTimeCodesModule } from './one-time-codes/one-time-codes.module';
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

/**
 * One code base, three roles (PROCESS_ROLE): `api` serves HTTP and turns events into notifications and
 * queued deliveries; `worker` only runs the delivery jobs (as many processes as wanted, sharing Redis and
 * MongoDB); `all` does both. A worker has no auth config, so no token guard and no API (on its PORT only
 * the probes and /metrics, libs/http's worker listener), and bootstrapService never connects its event
 * server, so it consumes nothing. The controllers and handlers declared in the modules the delivery job
 * needs (notifications, preferences, contacts, inbox, unsubscribe) are instantiated there but nothing
 * routes to them or connects them; programme notices and one-time codes (handlers only) and the
 * veteran's export and erasure (privacy) are left out of a worker altogether.
 */
@Module({})
export class AppModule {
  static register(config: NotificationsConfig, options: AppOptions = {}): DynamicModule {
    const { service, auth } = config;
    const servesApi = service.PROCESS_ROLE !== 'worker';
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
            role: service.PROCESS_ROLE,
            service: SERVICE_NAME,
          },
          privacy: { handlesRequests: servesApi && auth !== null },
        }),
        SettingsModule.register(config),
        PreferencesModule,
        ContactsModule,
        InboxModule,
        NotificationsModule,
        ...(servesApi ? [ProgrammeNoticesModule, OneTimeCodesModule] : []),
        UnsubscribeModule,
      ],
    };
  }
}
