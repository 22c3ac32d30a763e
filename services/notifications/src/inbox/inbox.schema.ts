import { Schema } from 'mongoose';
import type { LocalisedMessage, NotificationCategory } from '../templates/domain/template';

export const INBOX_MODEL = 'InboxItem';
export const INBOX_COLLECTION = 'inbox';
export const INBOX_STATE_MODEL = 'InboxState';
export const INBOX_STATE_COLLECTION = 'inbox_state';

export interface InboxItemRecord {
  /** The notification id. */
  _id: string;
  userId: string;
  type: string;
  category: NotificationCategory;
  /** Both languages, so that the inbox follows a change of language. */
  content: LocalisedMessage;
  /** When the notification was made; `deliveredAt` is when it reached the inbox (later when held). */
  createdAt: Date;
  deliveredAt: Date;
  readAt: Date | null;
  /** The jobs it tells about (a push's one, a digest's several), for the read announcement; absent in older items. */
  jobIds?: string[];
  /** Where the figures count it, when the notification knew it (announced for figures by city and district). */
  cityId?: string;
  districtId?: string;
}

/**
 * One per user: the ids of their unread items, so that the unread count (asked on every screen) is a
 * read by `_id`, not a scan. Changed only by idempotent set operations ($addToSet, $pullAll).
 */
export interface InboxStateRecord {
  _id: string;
  unread: string[];
}

export const inboxItemSchema = new Schema<InboxItemRecord>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true },
    type: { type: String, required: true },
    category: { type: String, required: true },
    content: { type: Schema.Types.Mixed, required: true },
    createdAt: { type: Date, required: true },
    deliveredAt: { type: Date, required: true },
    readAt: { type: Date, default: null },
    jobIds: { type: [String], default: undefined },
    cityId: { type: String },
    districtId: { type: String },
  },
  { collection: INBOX_COLLECTION, versionKey: false, minimize: false },
);
// What MongoDB answers listings from (FerretDB 1.x scans whatever the index).
inboxItemSchema.index({ userId: 1, deliveredAt: -1, _id: -1 }, { name: 'inbox_newest_first' });

export const inboxStateSchema = new Schema<InboxStateRecord>(
  { _id: { type: String, required: true }, unread: [String] },
  { collection: INBOX_STATE_COLLECTION, versionKey: false, minimize: false },
);
