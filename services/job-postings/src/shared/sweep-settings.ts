import { DynamicModule, Module } from '@nestjs/common';

/** How the service's periodic sweeps run (JOB_SWEEP_INTERVAL_MS); each also runs once at start-up. */
export interface SweepSettings {
  intervalMs: number;
}

export const SWEEP_SETTINGS = Symbol('SWEEP_SETTINGS');

@Module({})
export class SweepSettingsModule {
  static register(settings: SweepSettings): DynamicModule {
    return {
      module: SweepSettingsModule,
      global: true,
      providers: [{ provide: SWEEP_SETTINGS, useValue: settings }],
      exports: [SWEEP_SETTINGS],
    };
  }
}
