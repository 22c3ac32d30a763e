import { DynamicModule, Module } from '@nestjs/common';
import { LOAN_TOPICS } from '@vetlink/contracts';
import { platformModules } from '@vetlink/platform';
import { LoansConfig } from './config';
import { InstallmentsModule } from './installments/installments.module';
import { LoansModule } from './loans/loans.module';
import { ProductsModule } from './products/products.module';
import { ReportsModule } from './reports/reports.module';
import { SERVICE_NAME } from './service-name';
import { VeteransModule } from './veterans/veterans.module';

export interface AppOptions {
  /** The event handlers' consumer group (tests pass their own). Renaming it replays the consumed topics. */
  consumerGroup?: string;
}

@Module({})
export class AppModule {
  static register(config: LoansConfig, options: AppOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...platformModules({
          service: SERVICE_NAME,
          config,
          publishes: [LOAN_TOPICS.loans],
          consumerGroup: options.consumerGroup,
        }),
        VeteransModule,
        ProductsModule,
        LoansModule,
        InstallmentsModule.register({ intervalMs: config.service.LOAN_REVIEW_INTERVAL_MS }),
        ReportsModule,
      ],
    };
  }
}
