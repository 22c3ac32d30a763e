import { DynamicModule, Module } from '@nestjs/common';
import type { TopicSettings } from '@vetlink/messaging';
import { ReadModelModule } from '../read-model/read-model.module';
import { ToldModule } from '../told/told.module';
import {
  CONSUMER_GROUP,
  READ_MODEL_GROUP,
  RecommendationsRuntime,
  TOPIC_SETTINGS,
} from './recommendations-runtime';

@Module({})
export class EventsModule {
  static register(topicSettings: TopicSettings, group = READ_MODEL_GROUP): DynamicModule {
    return {
      module: EventsModule,
      imports: [ReadModelModule, ToldModule],
      providers: [
        { provide: TOPIC_SETTINGS, useValue: topicSettings },
        { provide: CONSUMER_GROUP, useValue: group },
        RecommendationsRuntime,
      ],
    };
  }
}
