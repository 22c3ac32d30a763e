import { DynamicModule, Global, Module } from '@nestjs/common';
import type { DigestSettings, RecommendationsConfig } from './config';

export const SETTINGS = Symbol('RECOMMENDATIONS_SETTINGS');

/** The settings the capabilities read, cut from the configuration once. */
export interface RecommendationsSettings {
  digest: DigestSettings;
  queuePrefix: string;
}

/** Where Redis keys of this service live, beside BullMQ's under the same prefix. */
export function stateKey(settings: Pick<RecommendationsSettings, 'queuePrefix'>, ...parts: string[]): string {
  return [settings.queuePrefix, 'recommendations', ...parts].join(':');
}

@Global()
@Module({})
export class SettingsModule {
  static register(config: RecommendationsConfig): DynamicModule {
    const settings: RecommendationsSettings = {
      digest: config.digest,
      queuePrefix: config.service.QUEUE_PREFIX,
    };
    return {
      module: SettingsModule,
      providers: [{ provide: SETTINGS, useValue: settings }],
      exports: [SETTINGS],
    };
  }
}
