export { loadConfig, ConfigError } from './lib/load-config';
export { engineConfigSchema, httpConfigSchema, authConfigSchema } from './lib/engine-config';
export type { EngineConfig, HttpConfig, AuthConfig } from './lib/engine-config';
