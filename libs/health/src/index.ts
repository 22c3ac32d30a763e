export { HealthModule } from './lib/health.module';
export { withTimeout } from './lib/readiness-indicator';
export type { ReadinessIndicator } from './lib/readiness-indicator';
