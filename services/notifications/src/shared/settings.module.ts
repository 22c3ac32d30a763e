import { DynamicModule, Global, Module } from '@nestjs/common';
import type { CalendarSettings } from '@vetlink/calendar';
import { FieldCipher } from '@vetlink/persistence';
import type { NotificationsConfig } from '../config';

export const SETTINGS = Symbol('NOTIFICATIONS_SETTINGS');
export const CHANNEL_SETTINGS = Symbol('CHANNEL_SETTINGS');
/** The key that signs unsubscribe links (a Buffer of at least 32 bytes). */
export const UNSUBSCRIBE_KEY = Symbol('UNSUBSCRIBE_KEY');

/** The settings the capabilities read, cut from the configuration once. */
export interface NotificationsSettings {
  portalBaseUrl: string;
  publicApiBaseUrl: string;
  /** Calendar invites attached to booking e-mails: the same UID domain and organiser as the mentors service. */
  calendar: CalendarSettings;
  jobPushDailyCap: number;
  jobPushMaxAgeMs: number;
  delivery: {
    concurrency: number;
    maxAttempts: number;
    backoffMs: number;
  };
  /** Prefix of the service's own keys in Redis (its queues' prefix: tests and platforms sharing a Redis differ). */
  redisKeyPrefix: string;
}

/** Settings, channel settings, the unsubscribe key and the personal-data cipher, for every module. */
@Global()
@Module({})
export class SettingsModule {
  static register(config: NotificationsConfig): DynamicModule {
    const { service } = config;
    const settings: NotificationsSettings = {
      portalBaseUrl: service.PORTAL_BASE_URL,
      publicApiBaseUrl: service.PUBLIC_API_BASE_URL,
      calendar: { uidDomain: service.ICS_UID_DOMAIN, organizerEmail: service.ICS_ORGANIZER_EMAIL },
      jobPushDailyCap: service.JOB_PUSH_DAILY_CAP,
      jobPushMaxAgeMs: service.JOB_PUSH_MAX_AGE_HOURS * 3600_000,
      delivery: {
        concurrency: service.DELIVERY_CONCURRENCY,
        maxAttempts: service.DELIVERY_MAX_ATTEMPTS,
        backoffMs: service.DELIVERY_BACKOFF_MS,
      },
      redisKeyPrefix: service.QUEUE_PREFIX,
    };
    return {
      module: SettingsModule,
      providers: [
        { provide: SETTINGS, useValue: settings },
        { provide: CHANNEL_SETTINGS, useValue: config.channels },
        { provide: UNSUBSCRIBE_KEY, useValue: config.unsubscribeKey },
        { provide: FieldCipher, useFactory: () => new FieldCipher(config.personalData.keyring) },
      ],
      exports: [SETTINGS, CHANNEL_SETTINGS, UNSUBSCRIBE_KEY, FieldCipher],
    };
  }
}
