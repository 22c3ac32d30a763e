export { bootstrapService, configureService } from './lib/bootstrap-service';
export type { ServiceHttpSettings } from './lib/bootstrap-service';
