import { DynamicModule, Module } from '@nestjs/common';
import type { TopicSettings } from '@vetlink/messaging';
import { NotificationsModule } from '../notifications/notifications.module';
import { PreferencesModule } from '../preferences/preferences.module';
import { CONSUMER_GROUP, NOTIFY_GROUP, NotificationsRuntime, TOPIC_SETTINGS } from './notifications-runtime';

@Module({})
export class EventsModule {
  static register(topicSettings: TopicSettings, group = NOTIFY_GROUP): DynamicModule {
    return {
      module: EventsModule,
      imports: [NotificationsModule, PreferencesModule],
      providers: [
        { provide: TOPIC_SETTINGS, useValue: topicSettings },
        { provide: CONSUMER_GROUP, useValue: group },
        NotificationsRuntime,
      ],
    };
  }
}
