import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isDuplicateKeyError } from '@vetlink/persistence';
import { Model } from 'mongoose';
import { NOTIFICATION_CATEGORIES } from '../templates/domain/template';
import { NotificationPreferences } from './domain/preferences';
import { PREFERENCES_MODEL, PreferencesRecord } from './preferences.schema';

/** Preferences by user id (`_id`: the only filter FerretDB 1.x answers from an index). */
@Injectable()
export class PreferencesRepository {
  constructor(@InjectModel(PREFERENCES_MODEL) private readonly preferences: Model<PreferencesRecord>) {}

  async find(userId: string): Promise<NotificationPreferences | null> {
    const record = await this.preferences.findById(userId).lean<PreferencesRecord>().exec();
    return record && toPreferences(record);
  }

  /** Writes the whole document: an insert the first time (false if another writer got there first), then updates. */
  async save(preferences: NotificationPreferences, existed: boolean): Promise<boolean> {
    const { _id, ...fields } = toRecord(preferences);
    if (existed) {
      await this.preferences.updateOne({ _id }, { $set: fields }).exec();
      return true;
    }
    try {
      await this.preferences.create({ _id, ...fields });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }
}

function toRecord(preferences: NotificationPreferences): PreferencesRecord {
  const { userId, ...fields } = preferences;
  return { _id: userId, ...fields };
}

function toPreferences(record: PreferencesRecord): NotificationPreferences {
  return {
    userId: record._id,
    language: record.language,
    optedOut: record.optedOut,
    channels: record.channels,
    // Categories added after a document was written start enabled with the default channels.
    categories: Object.fromEntries(
      NOTIFICATION_CATEGORIES.map((category) => [
        category,
        {
          enabled: record.categories[category]?.enabled ?? true,
          channels: record.categories[category]?.channels ?? null,
        },
      ]),
    ) as NotificationPreferences['categories'],
    quietHours: record.quietHours && { start: record.quietHours.start, end: record.quietHours.end },
    jobPushDailyCap: record.jobPushDailyCap,
    profileRevision: record.profileRevision,
    updatedAt: record.updatedAt,
  };
}
