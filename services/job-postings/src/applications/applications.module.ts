import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { PeriodicTasksModule } from '@vetlink/periodic-tasks';
import { PostingsModule } from '../postings/postings.module';
import { ApplicantDataHolder } from './applicant-data.holder';
import { APPLICATION_MODEL, applicationSchema } from './application.schema';
import { ApplicationsController } from './applications.controller';
import { ApplicationsRepository } from './applications.repository';
import { PendingHiresSchedule } from './pending-hires.schedule';
import { ApplicationAccess } from './use-cases/application-access';
import { ApplyToJob } from './use-cases/apply-to-job';
import { ChangeApplicationStage } from './use-cases/change-application-stage';
import { CompleteHire } from './use-cases/complete-hire';
import { FindApplications } from './use-cases/find-applications';

@Module({
  imports: [
    PostingsModule,
    PeriodicTasksModule,
    MongooseModule.forFeature([{ name: APPLICATION_MODEL, schema: applicationSchema }]),
  ],
  controllers: [ApplicationsController],
  providers: [
    ApplicationsRepository,
    ApplicationAccess,
    ApplyToJob,
    ChangeApplicationStage,
    CompleteHire,
    FindApplications,
    PendingHiresSchedule,
    ApplicantDataHolder,
  ],
})
export class ApplicationsModule {}
