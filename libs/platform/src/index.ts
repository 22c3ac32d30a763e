export { platformModules } from './lib/platform-modules';
export { platformSettings, DEFAULT_CONSUMER_GROUP } from './lib/platform-settings';
export type {
  EdgePlatformOptions,
  EngineEnv,
  PlatformEnv,
  PlatformOptions,
  PlatformSettings,
  Readiness,
  ServicePlatformOptions,
} from './lib/platform-settings';
