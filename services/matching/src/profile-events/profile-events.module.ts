import { Module } from '@nestjs/common';
import { PushesModule } from '../pushes/pushes.module';
import { ReadModelModule } from '../read-model/read-model.module';
import { ApplyProfileEvents } from './apply-profile-events';
import { ProfileEventsHandler } from './profile-events.handler';
import { VeteranErasureHolder } from './veteran-erasure.holder';

@Module({
  imports: [ReadModelModule, PushesModule],
  controllers: [ProfileEventsHandler],
  providers: [ApplyProfileEvents, VeteranErasureHolder],
})
export class ProfileEventsModule {}
