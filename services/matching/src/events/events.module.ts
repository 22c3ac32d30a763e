import { DynamicModule, Module } from '@nestjs/common';
import type { TopicSettings } from '@vetlink/messaging';
import { PushesModule } from '../pushes/pushes.module';
import { ReadModelModule } from '../read-model/read-model.module';
import { ApplyJobEvents } from './apply-job-events';
import { ApplyProfileEvents } from './apply-profile-events';
import { CONSUMER_GROUP, MatchingRuntime, READ_MODEL_GROUP, TOPIC_SETTINGS } from './matching-runtime';

/** The consumer of jobs.* and profiles.* events, and the start-up that precedes it. */
@Module({})
export class EventsModule {
  static register(topicSettings: TopicSettings, group = READ_MODEL_GROUP): DynamicModule {
    return {
      module: EventsModule,
      imports: [ReadModelModule, PushesModule],
      providers: [
        { provide: TOPIC_SETTINGS, useValue: topicSettings },
        { provide: CONSUMER_GROUP, useValue: group },
        ApplyJobEvents,
        ApplyProfileEvents,
        MatchingRuntime,
      ],
    };
  }
}
