import type { JobToldVia, NotificationChannel } from '@vetlink/contracts';
import { Schema } from 'mongoose';
import type { SkipReason, SuppressionReason } from '../../preferences/domain/delivery-decision';
import type { LocalisedMessage, NotificationCategory } from '../../templates/domain/template';

export const NOTIFICATION_MODEL = 'Notification';
export const NOTIFICATIONS_COLLECTION = 'notifications';

/** What was decided when the notification was made; never changed afterwards. */
export type StoredDecision =
  | { kind: 'suppress'; reason: SuppressionReason }
  | {
      kind: 'deliver';
      channels: NotificationChannel[];
      skipped: { channel: NotificationChannel; reason: SkipReason }[];
      notBefore: Date | null;
    };

/**
 * One notification to one user, made once per cause (`_id` derives from the template type and the
 * cause's identity, e.g. matching's matchId, so a redelivered or re-sent event finds it).
 */
export interface NotificationRecord {
  _id: string;
  userId: string;
  type: string;
  category: NotificationCategory;
  critical: boolean;
  urgent: boolean;
  /** The event it came from. */
  source: { eventId: string; eventType: string };
  /** The jobs it tells about (one for a push, several for a digest), for the "already told" ledger. */
  subjects: { jobId: string; jobFingerprint: string; via: JobToldVia }[];
  /** Where the figures count it (shared/figures-place.ts), when the cause said (absent otherwise and in older records). */
  cityId?: string;
  districtId?: string;
  content: LocalisedMessage;
  decision: StoredDecision;
  createdAt: Date;
}

export const notificationSchema = new Schema<NotificationRecord>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true },
    type: { type: String, required: true },
    category: { type: String, required: true },
    critical: { type: Boolean, required: true },
    urgent: { type: Boolean, required: true },
    source: { type: Schema.Types.Mixed, required: true },
    subjects: { type: Schema.Types.Mixed, default: [] },
    cityId: { type: String },
    districtId: { type: String },
    content: { type: Schema.Types.Mixed, required: true },
    decision: { type: Schema.Types.Mixed, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: NOTIFICATIONS_COLLECTION, versionKey: false, minimize: false },
);
