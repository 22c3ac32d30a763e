import { DynamicModule, Global, Module } from '@nestjs/common';
import { FieldCipher } from '@vetlink/persistence';
import type { NotificationsConfig } from '../config';
import { createTemplateRegistry } from '../templates/domain/catalogue';
import { TemplateRegistry } from '../templates/domain/template-registry';
import { UnsubscribeTokens } from '../unsubscribe/domain/unsubscribe-token';

export const SETTINGS = Symbol('NOTIFICATIONS_SETTINGS');
export const CHANNEL_SETTINGS = Symbol('CHANNEL_SETTINGS');

/** The settings the capabilities read, cut from the configuration once. */
export interface NotificationsSettings {
  portalBaseUrl: string;
  publicApiBaseUrl: string;
  jobPushDailyCap: number;
  jobPushMaxAgeMs: number;
  delivery: {
    concurrency: number;
    maxAttempts: number;
    backoffMs: number;
  };
}

/** Settings, templates, the personal-data cipher and the unsubscribe signer, for every module. */
@Global()
@Module({})
export class SettingsModule {
  static register(config: NotificationsConfig): DynamicModule {
    const { service } = config;
    const settings: NotificationsSettings = {
      portalBaseUrl: service.PORTAL_BASE_URL,
      publicApiBaseUrl: service.PUBLIC_API_BASE_URL,
      jobPushDailyCap: service.JOB_PUSH_DAILY_CAP,
      jobPushMaxAgeMs: service.JOB_PUSH_MAX_AGE_HOURS * 3600_000,
      delivery: {
        concurrency: service.DELIVERY_CONCURRENCY,
        maxAttempts: service.DELIVERY_MAX_ATTEMPTS,
        backoffMs: service.DELIVERY_BACKOFF_MS,
      },
    };
    return {
      module: SettingsModule,
      providers: [
        { provide: SETTINGS, useValue: settings },
        { provide: CHANNEL_SETTINGS, useValue: config.channels },
        { provide: TemplateRegistry, useFactory: createTemplateRegistry },
        { provide: FieldCipher, useFactory: () => new FieldCipher(config.personalData.keyring) },
        { provide: UnsubscribeTokens, useFactory: () => new UnsubscribeTokens(config.unsubscribeKey) },
      ],
      exports: [SETTINGS, CHANNEL_SETTINGS, TemplateRegistry, FieldCipher, UnsubscribeTokens],
    };
  }
}
