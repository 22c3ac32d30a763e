import type { NotificationChannel } from '@vetlink/contracts';
import { Schema } from 'mongoose';
import type { Language, NotificationCategory } from '../templates/domain/template';
import type { CategoryPreference } from './domain/preferences';
import type { QuietHours } from './domain/quiet-hours';

export const PREFERENCES_MODEL = 'NotificationPreferences';
export const PREFERENCES_COLLECTION = 'preferences';

export interface PreferencesRecord {
  /** The user id. */
  _id: string;
  language: Language;
  optedOut: boolean;
  channels: NotificationChannel[];
  categories: Record<NotificationCategory, CategoryPreference>;
  quietHours: QuietHours | null;
  jobPushDailyCap: number;
  profileRevision: number | null;
  updatedAt: Date;
}

export const preferencesSchema = new Schema<PreferencesRecord>(
  {
    _id: { type: String, required: true },
    language: { type: String, required: true },
    optedOut: { type: Boolean, required: true },
    channels: [String],
    categories: { type: Schema.Types.Mixed, required: true },
    quietHours: { type: Schema.Types.Mixed, default: null },
    jobPushDailyCap: { type: Number, required: true },
    profileRevision: { type: Number, default: null },
    updatedAt: { type: Date, required: true },
  },
  { collection: PREFERENCES_COLLECTION, versionKey: false, minimize: false },
);
