export { loadConfig, ConfigError } from './lib/load-config';
export {
  engineConfigSchema,
  httpConfigSchema,
  authConfigSchema,
  processRoleSchema,
} from './lib/engine-config';
export type { EngineConfig, HttpConfig, AuthConfig, ProcessRole } from './lib/engine-config';
export { kafkaConnectionConfigSchema } from './lib/kafka-connection';
export type { KafkaConnectionSecurity } from './lib/kafka-connection';
export { tracingConfigSchema } from './lib/tracing-config';
export type { TracingConfig, TracesSampler } from './lib/tracing-config';
export { shutdownConfigSchema } from './lib/shutdown-config';
export type { ShutdownConfig } from './lib/shutdown-config';
