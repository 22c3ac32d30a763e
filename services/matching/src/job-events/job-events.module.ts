import { Module } from '@nestjs/common';
import { PushesModule } from '../pushes/pushes.module';
import { ReadModelModule } from '../read-model/read-model.module';
import { ApplyJobEvents } from './apply-job-events';
import { JobEventsHandler } from './job-events.handler';

@Module({
  imports: [ReadModelModule, PushesModule],
  controllers: [JobEventsHandler],
  providers: [ApplyJobEvents],
})
export class JobEventsModule {}
