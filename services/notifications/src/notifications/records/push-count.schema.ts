import { Schema } from 'mongoose';

export const PUSH_COUNT_MODEL = 'DailyPushCount';
export const PUSH_COUNTS_COLLECTION = 'push_counts';

/** `_id` = `${userId}|${YYYY-MM-DD}` (Shanghai day). */
export interface PushCountRecord {
  _id: string;
  userId: string;
  day: string;
  notificationIds: string[];
}

export const pushCountSchema = new Schema<PushCountRecord>(
  { _id: { type: String, required: true }, userId: String, day: String, notificationIds: [String] },
  { collection: PUSH_COUNTS_COLLECTION, versionKey: false, minimize: false },
);
