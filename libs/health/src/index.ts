export { HealthModule } from './lib/health.module';
export { HealthController } from './lib/health.controller';
export { withTimeout } from './lib/readiness-indicator';
export type { ReadinessIndicator } from './lib/readiness-indicator';
