import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ApplyJobEvents } from './apply-job-events';
import { ApplyProfileEvents } from './apply-profile-events';
import { ReadModelRepository } from './read-model.repository';
import { JOB_MODEL, jobSchema, VETERAN_MODEL, veteranSchema } from './read-model.schema';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: JOB_MODEL, schema: jobSchema },
      { name: VETERAN_MODEL, schema: veteranSchema },
    ]),
  ],
  providers: [ReadModelRepository, ApplyJobEvents, ApplyProfileEvents],
  exports: [ReadModelRepository, ApplyJobEvents, ApplyProfileEvents],
})
export class ReadModelModule {}
