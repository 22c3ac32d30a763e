import type { DynamicModule } from '@nestjs/common';
import { AuthModule } from '@vetlink/auth';
import { ClockModule } from '@vetlink/clock';
import { HealthModule } from '@vetlink/health';
import { LoggingModule } from '@vetlink/logging';
import { MessagingModule } from '@vetlink/messaging';
import { MetricsModule } from '@vetlink/metrics';
import { PersistenceModule } from '@vetlink/persistence';
import { PrivacyModule } from '@vetlink/privacy';
import { QueuesModule } from '@vetlink/queues';
import { PlatformOptions, platformSettings } from './platform-settings';

/**
 * The platform half of a service's `AppModule` imports, the same in every service: logging, `/metrics`,
 * access tokens, the clock, MongoDB, Kafka, queues, `/health`, the veteran's export and erasure. The service
 * lists its own modules after these. The order is the one every service used: MongoDB before Kafka
 * before queues, so that shutdown hooks run as they always did.
 */
export function platformModules(options: PlatformOptions): DynamicModule[] {
  const settings = platformSettings(options);
  return [
    LoggingModule.forRoot(settings.logging),
    MetricsModule.forRoot({ service: options.service }),
    settings.auth && AuthModule.forRoot(settings.auth),
    settings.clock && ClockModule.forRoot(settings.clock),
    settings.persistence && PersistenceModule.forRoot(settings.persistence),
    settings.messaging && MessagingModule.forRoot(settings.messaging),
    settings.queues && QueuesModule.forRoot(settings.queues),
    settings.readiness && HealthModule.forRoot(settings.readiness),
    settings.privacy && PrivacyModule.forRoot(settings.privacy),
  ].filter((module): module is DynamicModule => module !== undefined);
}
