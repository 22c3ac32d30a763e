import { DynamicModule, Module } from '@nestjs/common';
import { TOPICS } from '@vetlink/contracts';
import { IdempotencyModule } from '@vetlink/http';
import { LoggerSettings } from '@vetlink/logging';
import { PersonalDataModule } from '@vetlink/persistence';
import { platformModules } from '@vetlink/platform';
import { CivilianViewModule } from './civilian-view/civilian-view.module';
import { CompletenessModule } from './completeness/completeness.module';
import { CourseCompletionsModule } from './course-completions/course-completions.module';
import { ConsentsModule } from './consents/consents.module';
import { ErasureModule } from './erasure/erasure.module';
import { IdentityDisclosuresModule } from './identity-disclosures/identity-disclosures.module';
import { SkillsProfilesConfig } from './config';
import { IdentityProtectionModule } from './personal-data/identity-protection.module';
import { ProfilesModule } from './profiles/profiles.module';
import { SERVICE_NAME } from './service-name';

export interface AppOptions {
  /** Where logs go (default stdout); tests capture them to prove no personal data is logged. */
  logDestination?: LoggerSettings['destination'];
  /** The event handlers' consumer group (tests pass their own). Renaming it replays the consumed topics. */
  consumerGroup?: string;
}

@Module({})
export class AppModule {
  static register(config: SkillsProfilesConfig, options: AppOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...platformModules({
          service: SERVICE_NAME,
          config,
          publishes: [TOPICS.veteranProfiles],
          consumerGroup: options.consumerGroup,
          logDestination: options.logDestination,
        }),
        IdempotencyModule,
        PersonalDataModule.forRoot(config.personalData.keyring),
        IdentityProtectionModule,
        ProfilesModule,
        CivilianViewModule,
        CompletenessModule,
        ConsentsModule,
        CourseCompletionsModule,
        IdentityDisclosuresModule,
        ErasureModule,
      ],
    };
  }
}
