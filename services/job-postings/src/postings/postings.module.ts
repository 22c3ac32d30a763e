import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { EmployersModule } from '../employers/employers.module';
import { JOB_MODEL, jobSchema } from './job.schema';
import { JobsController } from './jobs.controller';
import { JobsRepository } from './jobs.repository';
import { ChangeJobStatus } from './use-cases/change-job-status';
import { CreateJobDraft } from './use-cases/create-job-draft';
import { FindJobs } from './use-cases/find-jobs';
import { JobAccess } from './use-cases/job-access';
import { PublishJob } from './use-cases/publish-job';
import { RecordHireOnJob } from './use-cases/record-hire-on-job';
import { UpdateJob } from './use-cases/update-job';

@Module({
  imports: [EmployersModule, MongooseModule.forFeature([{ name: JOB_MODEL, schema: jobSchema }])],
  controllers: [JobsController],
  providers: [
    JobsRepository,
    JobAccess,
    CreateJobDraft,
    UpdateJob,
    PublishJob,
    ChangeJobStatus,
    FindJobs,
    RecordHireOnJob,
  ],
  exports: [JobsRepository, JobAccess, RecordHireOnJob],
})
export class PostingsModule {}
