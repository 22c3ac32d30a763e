import { Module } from '@nestjs/common';
import { PushesModule } from '../pushes/pushes.module';
import { ReadModelModule } from '../read-model/read-model.module';
import { ApplyProfileEvents } from './apply-profile-events';
import { ProfileEventsHandler } from './profile-events.handler';

@Module({
  imports: [ReadModelModule, PushesModule],
  controllers: [ProfileEventsHandler],
  providers: [ApplyProfileEvents],
})
export class ProfileEventsModule {}
