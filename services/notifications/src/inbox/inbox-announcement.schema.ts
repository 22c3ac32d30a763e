import { PENDING_EVENTS_FIELD, PendingEvent } from '@vetlink/messaging';
import { Schema } from 'mongoose';
import type { AnnouncementKind } from './domain/inbox-announcements';

export const INBOX_ANNOUNCEMENT_MODEL = 'InboxAnnouncement';
export const INBOX_ANNOUNCEMENTS_COLLECTION = 'inbox_announcements';

/**
 * One per announced fact (`_id` = `<kind>|<notificationId>`): inserting it is the claim that makes the
 * announcement once-only, and it carries the event through the outbox. A small collection of its own, so
 * that the outbox relay's sweeps (a scan on FerretDB) do not read the whole inbox.
 */
export interface InboxAnnouncementRecord {
  _id: string;
  kind: AnnouncementKind;
  notificationId: string;
  userId: string;
  at: Date;
  [PENDING_EVENTS_FIELD]?: PendingEvent[];
}

// minimize: false keeps empty objects inside pending events, whose payloads must arrive as validated.
export const inboxAnnouncementSchema = new Schema<InboxAnnouncementRecord>(
  {
    _id: { type: String, required: true },
    kind: { type: String, required: true },
    notificationId: { type: String, required: true },
    userId: { type: String, required: true },
    at: { type: Date, required: true },
    [PENDING_EVENTS_FIELD]: { type: [Schema.Types.Mixed], default: undefined, select: false },
  },
  { collection: INBOX_ANNOUNCEMENTS_COLLECTION, versionKey: false, minimize: false },
);
