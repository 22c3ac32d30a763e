import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { PreferencesModule } from '../preferences/preferences.module';
import { InboxAnnouncements } from './inbox-announcements.repository';
import { INBOX_ANNOUNCEMENT_MODEL, inboxAnnouncementSchema } from './inbox-announcement.schema';
import { InboxController } from './inbox.controller';
import { InboxRepository } from './inbox.repository';
import { INBOX_MODEL, INBOX_STATE_MODEL, inboxItemSchema, inboxStateSchema } from './inbox.schema';
import { UnreadCountCache } from './unread-count-cache';
import { veteranDocumentsProvider } from '@vetlink/privacy';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: INBOX_MODEL, schema: inboxItemSchema },
      { name: INBOX_STATE_MODEL, schema: inboxStateSchema },
      { name: INBOX_ANNOUNCEMENT_MODEL, schema: inboxAnnouncementSchema },
    ]),
    PreferencesModule,
  ],
  controllers: [InboxController],
  providers: [
    InboxRepository,
    InboxAnnouncements,
    UnreadCountCache,
    veteranDocumentsProvider({ section: 'inbox', model: INBOX_MODEL, field: 'userId' }),
    veteranDocumentsProvider({ section: 'inboxUnread', model: INBOX_STATE_MODEL, field: '_id' }),
    veteranDocumentsProvider({
      section: 'inboxAnnouncements',
      model: INBOX_ANNOUNCEMENT_MODEL,
      field: 'userId',
    }),
  ],
  exports: [InboxRepository],
})
export class InboxModule {}
