import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { TOLD_JOBS_MODEL, toldJobSchema } from './told-jobs.schema';
import { ToldJobsRepository } from './told-jobs.repository';

@Module({
  imports: [MongooseModule.forFeature([{ name: TOLD_JOBS_MODEL, schema: toldJobSchema }])],
  providers: [ToldJobsRepository],
  exports: [ToldJobsRepository],
})
export class ToldModule {}
