import { DynamicModule, Module } from '@nestjs/common';
import { TOPICS } from '@vetlink/contracts';
import { IdempotencyModule } from '@vetlink/http';
import { PersonalDataModule } from '@vetlink/persistence';
import { platformModules } from '@vetlink/platform';
import { ApplicationsModule } from './applications/applications.module';
import { JobPostingsConfig } from './config';
import { EmployersModule } from './employers/employers.module';
import { ExpiryModule } from './expiry/expiry.module';
import { PostingsModule } from './postings/postings.module';
import { SERVICE_NAME } from './service-name';
import { SweepSettingsModule } from './shared/sweep-settings';

export { SERVICE_NAME } from './service-name';

export interface AppOptions {
  /** The event handlers' consumer group (tests pass their own). Renaming it replays the consumed topics. */
  consumerGroup?: string;
}

@Module({})
export class AppModule {
  static register(config: JobPostingsConfig, options: AppOptions = {}): DynamicModule {
    const { service } = config;
    return {
      module: AppModule,
      imports: [
        ...platformModules({
          service: SERVICE_NAME,
          config,
          publishes: [TOPICS.jobPostings, TOPICS.jobApplications, TOPICS.employers],
          consumerGroup: options.consumerGroup,
          queues: { redisUrl: service.REDIS_URL },
        }),
        IdempotencyModule,
        PersonalDataModule.forRoot(config.personalData.keyring),
        SweepSettingsModule.register({ intervalMs: service.JOB_SWEEP_INTERVAL_MS }),
        EmployersModule,
        PostingsModule,
        ApplicationsModule,
        ExpiryModule,
      ],
    };
  }
}
