import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { NOTIFIED_JOBS_MODEL, notifiedJobSchema } from './notified-jobs.schema';
import { NotifiedJobsRepository } from './notified-jobs.repository';

@Module({
  imports: [MongooseModule.forFeature([{ name: NOTIFIED_JOBS_MODEL, schema: notifiedJobSchema }])],
  providers: [NotifiedJobsRepository],
  exports: [NotifiedJobsRepository],
})
export class NotifiedJobsModule {}
