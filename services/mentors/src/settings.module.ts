import { DynamicModule, Global, Module } from '@nestjs/common';
import type { SearchEngineEnvironment } from '@vetlink/search';
import type { MentorsConfig } from './config';

export const SETTINGS = Symbol('MENTORS_SETTINGS');

/** The booking rules and housekeeping settings the capabilities read, cut from the configuration once. */
export interface MentorsSettings {
  veteranCutOffHours: number;
  upcomingPerVeteran: number;
  reminderOffsetsMinutes: number[];
  claimSweepIntervalMs: number;
  claimGraceMs: number;
  ics: { uidDomain: string; organizerEmail: string };
  /** The search port's engine (MEILI_HOST / MEILI_MASTER_KEY, embedded without) and this service's index prefix. */
  search: { engine: SearchEngineEnvironment; indexPrefix: string };
}

@Global()
@Module({})
export class SettingsModule {
  static register(config: MentorsConfig): DynamicModule {
    const { service } = config;
    const settings: MentorsSettings = {
      veteranCutOffHours: service.VETERAN_CUT_OFF_HOURS,
      upcomingPerVeteran: service.UPCOMING_SESSIONS_PER_VETERAN,
      reminderOffsetsMinutes: service.REMINDER_OFFSETS_MINUTES,
      claimSweepIntervalMs: service.CLAIM_SWEEP_INTERVAL_MS,
      claimGraceMs: service.CLAIM_GRACE_MS,
      ics: { uidDomain: service.ICS_UID_DOMAIN, organizerEmail: service.ICS_ORGANIZER_EMAIL },
      search: {
        engine: {
          ...(service.MEILI_HOST ? { MEILI_HOST: service.MEILI_HOST } : {}),
          ...(service.MEILI_MASTER_KEY ? { MEILI_MASTER_KEY: service.MEILI_MASTER_KEY } : {}),
        },
        indexPrefix: service.SEARCH_INDEX_PREFIX,
      },
    };
    return {
      module: SettingsModule,
      providers: [{ provide: SETTINGS, useValue: settings }],
      exports: [SETTINGS],
    };
  }
}
