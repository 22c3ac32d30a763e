import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { NOTIFIED_JOBS_MODEL, notifiedJobSchema } from './notified-jobs.schema';
import { NotifiedJobsRepository } from './notified-jobs.repository';
import { veteranDocumentsProvider } from '@vetlink/privacy';

@Module({
  imports: [MongooseModule.forFeature([{ name: NOTIFIED_JOBS_MODEL, schema: notifiedJobSchema }])],
  providers: [
    NotifiedJobsRepository,
    veteranDocumentsProvider({ section: 'notifiedJobs', model: NOTIFIED_JOBS_MODEL }),
  ],
  exports: [NotifiedJobsRepository],
})
export class NotifiedJobsModule {}
