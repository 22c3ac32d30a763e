import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { veteranDocumentsProvider } from '@vetlink/privacy';
import { ApplyJobEvents } from './apply-job-events';
import { ApplyProfileEvents } from './apply-profile-events';
import { JobEventsHandler } from './job-events.handler';
import { ProfileEventsHandler } from './profile-events.handler';
import { ReadModelRepository } from './read-model.repository';
import { JOB_MODEL, jobSchema, VETERAN_MODEL, veteranSchema } from './read-model.schema';

/** The digest's read model of jobs and veterans, for the runs that read it. */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: JOB_MODEL, schema: jobSchema },
      { name: VETERAN_MODEL, schema: veteranSchema },
    ]),
  ],
  providers: [
    ReadModelRepository,
    veteranDocumentsProvider({ section: 'veteran', model: VETERAN_MODEL, field: '_id' }),
  ],
  exports: [ReadModelRepository],
})
export class ReadModelModule {}

/** Keeps the read model from jobs.* and profiles.* events: only in processes that consume events (not `worker`). */
@Module({
  imports: [ReadModelModule],
  controllers: [JobEventsHandler, ProfileEventsHandler],
  providers: [ApplyJobEvents, ApplyProfileEvents],
})
export class ReadModelHandlersModule {}
